"""The demo programme of events, around the day the demo is built."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.booking import booking_state
from events.models import Booking, EventPage

pytestmark = pytest.mark.django_db


def test_demo_events_cover_every_booking_state_and_a_waitlist(client):
    call_command("load_demo_content", stdout=io.StringIO())
    events = EventPage.objects.live()
    assert events.filter(event_type="introductory").count() == 4
    assert events.filter(event_type="workshop").count() == 2
    now = timezone.now()
    phases = {booking_state(event, None, now).phase for event in events}
    assert {"open", "full", "closed", "not-open", "not-eligible"} <= phases
    assert any(booking_state(e, None, now).priority_window_open for e in events)
    assert Booking.objects.filter(status="waitlisted").exists()
    assert client.get("/events/").status_code == 200
    count = Booking.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Booking.objects.count() == count
