"""Attendees hear once about a new time or place, a cancellation, and before the event."""

import datetime
import io

import pytest
from django.core.management import call_command
from icalendar import Calendar

from events.booking import book_place, cancel_booking
from events.calendar import event_uid
from events.models import Booking, EventPage
from home.models import OutgoingEmail
from tests.events.helpers import NOW, booking_details, make_event

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def booked_event(events_index):
    event = make_event(events_index)
    book_place(event, None, booking_details("one@example.org"))
    book_place(event, None, booking_details("two@example.org"))
    return EventPage.objects.get(pk=event.pk)


def republish(event, **changes):
    for name, value in changes.items():
        setattr(event, name, value)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def sequence_in(message):
    calendar = Calendar.from_ical(message.attachments[0][1])
    return int(calendar.walk("VEVENT")[0]["SEQUENCE"])


def test_a_new_time_emails_everyone_booked_once_with_a_higher_sequence(
    booked_event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = republish(booked_event, start=booked_event.start + DAY, end=booked_event.end + DAY)
    updates = [m for m in mailoutbox if m.subject.startswith("Event updated")]
    assert sorted(m.to[0] for m in updates) == ["one@example.org", "two@example.org"]
    assert {sequence_in(m) for m in updates} == {1}
    assert event.sequence == 1
    with django_capture_on_commit_callbacks(execute=True):
        republish(event, summary="A new summary only.")
    assert len([m for m in mailoutbox if m.subject.startswith("Event updated")]) == 2


def test_calendar_uid_stays_the_same_across_updates(booked_event, client):
    before = Calendar.from_ical(client.get(booked_event.url + "calendar/").content)
    event = republish(booked_event, venue_name="New venue", event_format="hybrid")
    after = Calendar.from_ical(client.get(event.url + "calendar/").content)
    first, second = before.walk("VEVENT")[0], after.walk("VEVENT")[0]
    assert first["UID"] == second["UID"]
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


def test_cancelling_an_event_emails_everyone_once(
    booked_event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = republish(booked_event, status="cancelled", status_message="The venue closed.")
        republish(event, status_message="The venue closed. Sorry.")
    cancelled = [m for m in mailoutbox if m.subject.startswith("Event cancelled")]
    assert len(cancelled) == 2
    assert "The venue closed." in cancelled[0].body


def test_reminders_go_once_to_bookings_within_the_window(
    events_index, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.EVENT_REMINDER_DAYS = 2
    soon = make_event(events_index, slug="soon", start=NOW + DAY)
    later = make_event(events_index, slug="later", start=NOW + 5 * DAY)
    book_place(soon, None, booking_details("soon@example.org"))
    book_place(later, None, booking_details("later@example.org"))
    mailoutbox.clear()
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_event_reminders", stdout=io.StringIO())
    reminders = [m for m in mailoutbox if m.subject.startswith("Reminder")]
    assert [m.to for m in reminders] == [["soon@example.org"]]
    assert "SECRET-JOINING-LINK" in reminders[0].body


def test_no_reminders_for_cancelled_bookings_or_events(
    events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index, start=NOW + DAY)
    booking, _ = book_place(event, None, booking_details())
    cancel_booking(booking)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=io.StringIO())
    assert mailoutbox == []


def test_a_retried_email_task_never_sends_twice(mailoutbox, django_capture_on_commit_callbacks):
    from home.emails import deliver_email, queue_email

    with django_capture_on_commit_callbacks(execute=True):
        queue_email("same-key", ["a@example.org"], "Subject", "Body")
        queue_email("same-key", ["a@example.org"], "Subject", "Body")
    email_id = OutgoingEmail.objects.get().pk
    deliver_email.call(email_id)
    deliver_email.call(email_id)
    assert len(mailoutbox) == 1


def cancellation_in(message):
    """The VEVENT of a message's METHOD:CANCEL attachment, parsed."""
    (attachment,) = [a for a in message.attachments if "method=CANCEL" in a[2]]
    calendar = Calendar.from_ical(attachment[1])
    assert str(calendar["METHOD"]) == "CANCEL"
    (entry,) = calendar.walk("VEVENT")
    return entry


def test_a_cancelled_booking_removes_the_event_from_the_persons_calendar(
    booked_event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        cancel_booking(Booking.objects.get(email="one@example.org"))
    message = next(m for m in mailoutbox if m.subject.startswith("Booking cancelled"))
    entry = cancellation_in(message)
    assert str(entry["UID"]) == event_uid(booked_event)
    assert str(entry["STATUS"]) == "CANCELLED"
    assert int(entry["SEQUENCE"]) > booked_event.sequence  # what the confirmation carried
    assert str(entry["ATTENDEE"]) == "mailto:one@example.org"
    assert str(entry["ORGANIZER"]).startswith("mailto:")


def test_a_cancelled_event_is_removed_from_every_attendees_calendar_past_every_update(
    booked_event, mailoutbox, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        moved = republish(booked_event, start=booked_event.start + DAY, end=booked_event.end + DAY)
        republish(moved, status="cancelled", status_message="The venue closed.")
    update = next(m for m in mailoutbox if m.subject.startswith("Event updated"))
    cancelled = [m for m in mailoutbox if m.subject.startswith("Event cancelled")]
    entries = [cancellation_in(m) for m in cancelled]
    assert sorted(str(e["ATTENDEE"]) for e in entries) == [
        "mailto:one@example.org",
        "mailto:two@example.org",
    ]
    assert {int(e["SEQUENCE"]) for e in entries} == {sequence_in(update) + 1}
    public = Calendar.from_ical(client.get(booked_event.url + "calendar/").content)
    (entry,) = public.walk("VEVENT")
    assert (str(entry["STATUS"]), int(entry["SEQUENCE"])) == ("CANCELLED", sequence_in(update) + 1)


def test_a_moved_event_is_reminded_of_again_before_its_new_time(
    events_index, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.EVENT_REMINDER_DAYS = 2
    event = make_event(events_index, start=NOW + DAY)
    book_place(event, None, booking_details("one@example.org"))

    def run_reminders():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_event_reminders", stdout=io.StringIO())

    def reminders():
        return [m for m in mailoutbox if m.subject.startswith("Reminder")]

    run_reminders()
    assert len(reminders()) == 1
    with django_capture_on_commit_callbacks(execute=True):
        republish(
            EventPage.objects.get(pk=event.pk),
            start=event.start + DAY / 2,
            end=event.end + DAY / 2,
        )
    run_reminders()
    run_reminders()
    assert len(reminders()) == 2
    assert sequence_in(reminders()[1]) == 1
