"""Booking through the site: the form, the emails, the signed link and the calendar files."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from events.booking import book_place, booking_openings
from events.links import booking_token
from events.models import Booking
from search.service import run_search
from tests.events.helpers import NOW, booking_details, make_event
from tests.factories import UserFactory
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    return {**booking_details(), "consent": "on", **overrides}


def test_booking_through_the_form_emails_a_confirmation_with_a_calendar_file(
    client, events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url + "book/", form_data())
    booking = Booking.objects.get()
    assert response.status_code == 302 and response.url.endswith(
        f"booking/{booking_token(booking)}/"
    )
    [message] = mailoutbox
    assert message.to == ["attendee@example.org"]
    assert "Joining instructions" in message.body and "SECRET-JOINING-LINK" in message.body
    assert booking_token(booking) in message.body
    filename, content, mimetype = message.attachments[0]
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    assert "SECRET-JOINING-LINK" in content


def test_booking_with_an_address_that_already_booked_never_shows_that_booking(
    client, events_index, mailoutbox, django_capture_on_commit_callbacks
):
    """Typing someone's address must not hand over their booking link, joining details or
    notes: the link goes to the address, as it did when they booked."""
    event = make_event(events_index)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.url + "book/", form_data(access_requirements="Hearing loop"))
    booking = Booking.objects.get()
    mailoutbox.clear()
    stranger = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = stranger.post(event.url + "book/", form_data(name="Someone Else"), follow=True)
    page = response.content.decode()
    assert booking_token(booking) not in page and "SECRET-JOINING-LINK" not in page
    assert "already has a booking or waitlist place" in page
    [again] = mailoutbox
    assert again.to == ["attendee@example.org"] and booking_token(booking) in again.body
    assert Booking.objects.count() == 1


def test_the_person_signed_in_with_the_address_goes_to_their_booking(client, events_index):
    event = make_event(events_index)
    person = UserFactory(email="attendee@example.org")
    client.force_login(person)
    client.post(event.url + "book/", form_data())
    response = client.post(event.url + "book/", form_data())
    assert response.url.endswith(f"booking/{booking_token(Booking.objects.get())}/")


def test_form_errors_sit_next_to_their_fields_and_book_nothing(client, events_index):
    event = make_event(events_index)
    response = client.post(event.url + "book/", form_data(email="nope", consent=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_email_error"' in html and 'id="id_consent_error"' in html
    assert not Booking.objects.exists()


def test_signed_in_people_get_the_form_prefilled(client, events_index):
    event = make_event(events_index)
    client.force_login(UserFactory(email="jo@example.org", first_name="Jo", last_name="Bell"))
    form = client.get(event.url + "book/").context["form"]
    assert form.initial["email"] == "jo@example.org" and form.initial["name"] == "Jo Bell"


def test_a_member_booking_a_colleague_in_the_priority_window_gets_an_error_by_the_email_field(
    client, events_index
):
    from tests.network.helpers import make_area, make_member

    event = make_event(
        events_index,
        priority_booking_opens=NOW - datetime.timedelta(hours=1),
        general_booking_opens=NOW + datetime.timedelta(days=1),
    )
    member = make_member(make_area("Harrowfield Council"), email="jo@example.org")
    client.force_login(member)
    response = client.post(event.url + "book/", form_data(email="colleague@example.org"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_email_error"' in html and "use your own email address (jo@example.org)" in html
    assert not Booking.objects.exists()
    response = client.post(event.url + "book/", form_data(email="jo@example.org"))
    assert response.status_code == 302 and Booking.objects.get().email == "jo@example.org"


def test_dietary_needs_are_asked_only_for_in_person_events(client, events_index):
    online = make_event(events_index)
    in_person = make_event(
        events_index, slug="in-person", event_format="in-person", venue_name="Civic Centre"
    )
    assert "dietary_needs" not in client.get(online.url + "book/").context["form"].fields
    assert "dietary_needs" in client.get(in_person.url + "book/").context["form"].fields


def test_refused_bookings_say_why(client, events_index):
    event = make_event(events_index, general_booking_opens=NOW + datetime.timedelta(days=2))
    response = client.post(event.url + "book/", form_data(), follow=True)
    assert "Booking has not opened yet" in response.content.decode()
    assert not Booking.objects.exists()


def test_joining_details_are_shown_only_to_confirmed_attendees(client, events_index):
    event = make_event(events_index)
    assert "SECRET-JOINING-LINK" not in client.get(event.url).content.decode()
    assert b"SECRET-JOINING-LINK" not in client.get(event.url + "calendar/").content
    booking, _ = book_place(event, None, booking_details())
    page = client.get(event.url + f"booking/{booking_token(booking)}/").content.decode()
    assert "SECRET-JOINING-LINK" in page
    personal = client.get(event.url + f"booking/{booking_token(booking)}/calendar/").content
    assert b"SECRET-JOINING-LINK" in personal


def test_joining_details_are_not_searchable(events_index):
    make_event(events_index)
    index_everything()
    for query in ("SECRET-JOINING-LINK", "Joining details"):
        assert run_search(AnonymousUser(), QueryDict(urlencode({"q": query}))).total == 0


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("0" if token[-1] != "0" else "1"),
        lambda token: "f" * 32 + token[32:],
        lambda token: token[:40],
        lambda token: "not-a-token",
    ],
)
def test_tampered_booking_links_are_refused(client, events_index, tamper):
    event = make_event(events_index)
    booking, _ = book_place(event, None, booking_details())
    response = client.get(event.url + f"booking/{tamper(booking_token(booking))}/")
    assert response.status_code == 404
    assert "SECRET-JOINING-LINK" not in response.content.decode()


def test_a_booking_link_for_another_event_is_refused(client, events_index):
    event = make_event(events_index)
    other = make_event(events_index, slug="other", title="Other")
    booking, _ = book_place(event, None, booking_details())
    assert client.get(other.url + f"booking/{booking_token(booking)}/").status_code == 404


def test_attendees_cancel_through_the_signed_link(
    client, events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index)
    booking, _ = book_place(event, None, booking_details())
    link = event.url + f"booking/{booking_token(booking)}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, {"action": "cancel"})
    booking.refresh_from_db()
    assert booking.status == "cancelled"
    assert "cancelled" in mailoutbox[-1].subject.lower()
    assert "SECRET-JOINING-LINK" not in client.get(link).content.decode()


def parse(content):
    return Calendar.from_ical(content)


@pytest.mark.parametrize(
    ("day", "utc_hour", "offset"),
    [(datetime.date(2027, 7, 14), 9, "+0100"), (datetime.date(2027, 1, 14), 10, "+0000")],
)
def test_ics_uses_uk_time_with_a_europe_london_timezone(
    client, events_index, day, utc_hour, offset
):
    start = datetime.datetime.combine(day, datetime.time(utc_hour), tzinfo=datetime.UTC)
    event = make_event(
        events_index, start=start, general_booking_opens=start - datetime.timedelta(days=60)
    )
    content = client.get(event.url + "calendar/").content
    calendar = parse(content)
    [vevent] = calendar.walk("VEVENT")
    assert b"DTSTART;TZID=Europe/London:" + day.strftime("%Y%m%d").encode() + b"T100000" in content
    assert vevent.decoded("dtstart").hour == 10
    assert str(vevent.decoded("dtstart").tzinfo) in ("Europe/London", "GMT", "BST")
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/London"
    assert vevent["UID"] == f"event-{event.pk}@planningforsafety"
    assert vevent.decoded("dtstamp") is not None
    assert vevent["SUMMARY"] == event.title


def test_event_page_shows_uk_time_and_booking_state(client, events_index):
    start = datetime.datetime(2027, 7, 14, 9, 0, tzinfo=datetime.UTC)
    event = make_event(
        events_index, start=start, general_booking_opens=NOW - datetime.timedelta(days=1)
    )
    html = client.get(event.url).content.decode()
    assert "10:00" in html and "(UK time)" in html
    assert "Booking open" in html and re.search(r"10 places? left", html)


def test_signed_in_people_see_their_bookings(client, events_index):
    from tests.network.helpers import make_area, make_member

    event = make_event(events_index)
    person = make_member(make_area("Harrowfield Council"), email="me@example.org")
    book_place(event, None, booking_details("me@example.org"))
    book_place(event, None, booking_details("someone.else@example.org"))
    from network.models import NetworkHomePage
    from tests.factories import publish

    publish(
        events_index.get_parent(),
        NetworkHomePage(title="The network", slug="network", intro="<p>x</p>"),
    )
    client.force_login(person)
    page = client.get("/accounts/bookings/").content.decode()
    assert event.title in page
    dashboard = client.get("/network/").content.decode()
    assert "All my bookings" in dashboard and event.title in dashboard
    assert "someone.else" not in page


def test_an_over_long_email_address_is_a_form_error_not_a_database_error(client, events_index):
    event = make_event(events_index)
    long_email = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    response = client.post(event.url + "book/", form_data(email=long_email))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not Booking.objects.exists()


def test_the_event_page_counts_down_to_each_booking_window_still_to_open(client, events_index):
    priority, general = NOW + datetime.timedelta(hours=5), NOW + datetime.timedelta(days=3)
    event = make_event(events_index, priority_booking_opens=priority, general_booking_opens=general)
    html = client.get(event.url).content.decode()
    for when in (priority, general):
        iso = timezone.localtime(when).isoformat()
        assert re.search(rf'<time datetime="{re.escape(iso)}" data-countdown>in \d', html)
    assert "Priority booking for network members opens" in html
    assert "General booking opens" in html
    # Once a window has opened it is no longer counted down to; nothing for a cancelled event.
    assert [who for who, _ in booking_openings(event, priority)] == ["General booking"]
    event.status = "cancelled"
    assert booking_openings(event, NOW) == []
