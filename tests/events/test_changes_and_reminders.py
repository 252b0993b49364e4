"""Attendees hear once about a new time or place, a cancellation, and before the event."""

import datetime
import importlib
import io

import pytest
from django.core.management import call_command
from icalendar import Calendar

from events.booking import book_place, cancel_booking
from events.calendar import event_uid
from events.links import booking_token
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
    update = next(m for m in mailoutbox if m.subject.startswith("Event updated"))
    # The new time's version, above every file the person was sent before (next_sequence).
    assert sequence_in(reminders()[0]) < sequence_in(update) < sequence_in(reminders()[1])


def calendar_entry(message):
    """(UID, SEQUENCE, METHOD) of the calendar file a message carries."""
    (attachment,) = [a for a in message.attachments if a[2].startswith("text/calendar")]
    calendar = Calendar.from_ical(attachment[1])
    (entry,) = calendar.walk("VEVENT")
    return str(entry["UID"]), int(entry["SEQUENCE"]), str(calendar["METHOD"])


def test_booking_again_after_cancelling_puts_the_event_back_in_the_persons_calendar(
    events_index, mailoutbox, django_capture_on_commit_callbacks, client
):
    """The calendar keeps one entry per UID and ignores a lower SEQUENCE than it holds
    (RFC 5545 3.8.7.4), so the new confirmation must go above the cancellation."""
    event = make_event(events_index)
    with django_capture_on_commit_callbacks(execute=True):
        booking, _ = book_place(event, None, booking_details("one@example.org"))
        cancel_booking(booking)
        rebooked, created = book_place(event, None, booking_details("one@example.org"))
    assert created and rebooked.pk != booking.pk  # booking again is a new Booking row
    confirmed, cancelled, confirmed_again = [calendar_entry(m) for m in mailoutbox]
    assert [method for _, _, method in (confirmed, cancelled, confirmed_again)] == [
        "PUBLISH",
        "CANCEL",
        "PUBLISH",
    ]
    assert confirmed[0] == cancelled[0] == confirmed_again[0] == event_uid(event)
    assert confirmed[1] < cancelled[1] < confirmed_again[1]
    download = client.get(event.url + f"booking/{booking_token(rebooked)}/calendar/")
    (entry,) = Calendar.from_ical(download.content).walk("VEVENT")
    assert int(entry["SEQUENCE"]) >= confirmed_again[1]  # never below the cancellation


def test_after_booking_again_every_update_goes_above_what_the_person_was_sent(
    events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index)
    with django_capture_on_commit_callbacks(execute=True):
        booking, _ = book_place(event, None, booking_details("one@example.org"))
        book_place(event, None, booking_details("two@example.org"))
        cancel_booking(booking)
        book_place(event, None, booking_details("one@example.org"))
        event = EventPage.objects.get(pk=event.pk)
        moved = republish(event, start=event.start + DAY, end=event.end + DAY)
        republish(moved, status="cancelled", status_message="The venue closed.")
    sent = [calendar_entry(m) for m in mailoutbox if m.to == ["one@example.org"]]
    assert [method for _, _, method in sent] == [
        "PUBLISH",
        "CANCEL",
        "PUBLISH",
        "PUBLISH",
        "CANCEL",
    ]
    assert {uid for uid, _, _ in sent} == {event_uid(event)}
    sequences = [sequence for _, sequence, _ in sent]
    assert sequences == sorted(set(sequences)), sequences  # each strictly above the last
    # Someone who never cancelled is told the event's own SEQUENCE, as before.
    others = [calendar_entry(m)[1] for m in mailoutbox if m.to == ["two@example.org"]]
    assert others == [0, 1, 2]


def test_a_reminder_after_booking_again_is_not_shadowed_by_the_cancellation(
    events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index, start=NOW + DAY)
    with django_capture_on_commit_callbacks(execute=True):
        booking, _ = book_place(event, None, booking_details("one@example.org"))
        cancel_booking(booking)
        book_place(event, None, booking_details("one@example.org"))
        call_command("send_event_reminders", stdout=io.StringIO())
    assert mailoutbox[-1].subject.startswith("Reminder")
    sequences = [calendar_entry(m)[1] for m in mailoutbox]
    assert sequences == sorted(set(sequences)), sequences


def test_bookings_made_before_the_sequence_was_recorded_count_what_they_were_sent(
    booked_event, mailoutbox, django_capture_on_commit_callbacks
):
    """The migration that added Booking.calendar_sequence fills it in, so someone who
    cancelled before it still gets a confirmation above their cancellation."""
    from django.apps import apps

    migration = importlib.import_module("events.migrations.0011_booking_calendar_sequence")
    moved = republish(booked_event, start=booked_event.start + DAY, end=booked_event.end + DAY)
    cancel_booking(Booking.objects.get(email="one@example.org"))
    Booking.objects.update(calendar_sequence=None)  # as the rows were before the migration
    migration.record_what_was_sent(apps, None)
    told = dict(Booking.objects.values_list("email", "calendar_sequence"))
    assert told == {"one@example.org": moved.sequence + 1, "two@example.org": moved.sequence}
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        book_place(moved, None, booking_details("one@example.org"))
    assert calendar_entry(mailoutbox[0])[1] == moved.sequence + 2
