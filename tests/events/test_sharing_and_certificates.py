"""The upcoming-events feed, structured data, and certificates of attendance."""

import datetime
import json
import re

import pytest
from icalendar import Calendar

from events.booking import book_place
from events.certificates import certificate_pdf
from events.links import booking_token
from events.models import Booking
from tests.events.helpers import NOW, booking_details, make_event
from tests.pdf import pdf_text

pytestmark = pytest.mark.django_db


def test_feed_lists_upcoming_public_events_as_valid_icalendar(client, events_index):
    make_event(events_index, slug="next", title="Next webinar")
    make_event(
        events_index, slug="gone", title="Old webinar", start=NOW - datetime.timedelta(days=3)
    )
    response = client.get("/events/feed.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Next webinar"]
    assert all(event.get("UID") and event.get("DTSTAMP") for event in events)
    assert calendar.walk("VTIMEZONE")
    assert Calendar.from_ical(calendar.to_ical()).to_ical() == calendar.to_ical()
    assert b"SECRET-JOINING-LINK" not in response.content


def test_event_pages_carry_schema_org_json_ld_and_open_graph(client, events_index):
    event = make_event(events_index, title="Guardianship </script> webinar")
    html = client.get(event.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Event" and data["name"] == "Guardianship </script> webinar"
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert "SECRET-JOINING-LINK" not in raw
    assert '<meta property="og:title"' in html


def test_certificates_only_for_attended_bookings(client, events_index):
    event = make_event(events_index, start=NOW + datetime.timedelta(days=2))
    booking, _ = book_place(event, None, booking_details())
    url = event.url + f"booking/{booking_token(booking)}/certificate/"
    assert client.get(url).status_code == 404
    Booking.objects.filter(pk=booking.pk).update(attended=True)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "Duration: 2 hours" in pdf_text(response.content)
    assert (
        "certificate of attendance"
        in client.get(event.url + f"booking/{booking_token(booking)}/").content.decode().lower()
    )


def test_feed_queries_do_not_grow_with_the_number_of_events(client, events_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_event(events_index, slug="one", title="One")
    client.get("/events/feed.ics")
    with CaptureQueriesContext(connection) as few:
        client.get("/events/feed.ics")
    for number in range(5):
        make_event(events_index, slug=f"more-{number}", title=f"More {number}")
    client.get("/events/feed.ics")  # publishing emptied the kept site and restrictions
    with CaptureQueriesContext(connection) as many:
        client.get("/events/feed.ics")
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "name",
    [
        "Łucja Wróblewska-Şahin",  # Latin with Polish and Turkish letters
        "Zoë O'Brien-Søren",
        "Αλέξανδρος Παπαδόπουλος",  # Greek
        "Анна Каренина",  # Cyrillic
        "Nguyễn Thị Minh Khai",  # Vietnamese
        "محمد بن سلمان",  # Arabic, joined and right to left
    ],
)
def test_a_certificate_prints_any_name_exactly_as_written(events_index, name):
    event = make_event(events_index, title="Webinar: planning with schools")
    booking, _ = book_place(event, None, booking_details(name=name))
    text = pdf_text(certificate_pdf(booking)).splitlines()
    assert name in text
    assert "attended Webinar: planning with schools, run by the Planning for Safety" in " ".join(
        text
    )


def test_a_certificate_is_the_same_file_each_time_it_is_made(events_index):
    booking, _ = book_place(make_event(events_index), None, booking_details())
    assert certificate_pdf(booking) == certificate_pdf(booking)
