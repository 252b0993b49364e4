"""Events for tests: an event with sensible defaults and a booking form's details."""

import datetime

from django.utils import timezone

from events.models import EventPage
from tests.factories import publish

NOW = timezone.now().replace(microsecond=0)


def make_event(index, **overrides):
    start = overrides.pop("start", NOW + datetime.timedelta(days=30))
    fields = {
        "title": "Introduction to ROTH pathways",
        "slug": "introduction",
        "event_type": "introductory",
        "event_format": "online",
        "summary": "An introduction.",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "capacity": 10,
        "general_booking_opens": NOW - datetime.timedelta(days=1),
        "joining_details": "SECRET-JOINING-LINK https://meet.example.org/abc",
        **overrides,
    }
    return publish(index, EventPage(**fields))


def booking_details(email="attendee@example.org", **overrides):
    return {
        "name": "Ash Patel",
        "email": email,
        "organisation": "Harrowfield Council",
        "job_role": "Social worker",
        "local_area": "Harrowfield",
        "access_requirements": "",
        "dietary_needs": "",
        **overrides,
    }
