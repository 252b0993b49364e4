"""iCalendar (RFC 5545) files for events, with a Europe/London VTIMEZONE.

Every file names the event by one UID, so a calendar that holds it updates the entry rather
than adding another: a new time or place comes with a higher SEQUENCE (METHOD:PUBLISH), and a
cancellation of the event or of someone's booking is METHOD:CANCEL with STATUS:CANCELLED and a
higher SEQUENCE still, naming the programme as ORGANIZER and the person as ATTENDEE, as
iTIP (RFC 5546) asks of a cancellation and Outlook requires.

The UID is the event's, not the booking's, so what one person was sent about an event is one
run of SEQUENCEs across all their bookings of it: `next_sequence` keeps each message above the
last one (booking again after cancelling, and every update after that).
"""

from email.utils import parseaddr

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from events.records import Booking, EventStatus

PRODUCT_ID = "-//Planning for Safety//Events//EN"


def event_uid(event):
    """Stable per event, so calendars update an event instead of duplicating it."""
    return f"event-{event.pk}@planningforsafety"


def next_sequence(booking, at_least):
    """The SEQUENCE for the next calendar message emailed about this booking, recorded on it.

    A calendar keeps one entry per UID and ignores a message with a lower SEQUENCE than the
    one it holds (RFC 5545 3.8.7.4). The event's SEQUENCE alone is not enough, because the UID
    is the event's: a cancelled booking's METHOD:CANCEL goes one above the event's SEQUENCE,
    and booking the same event again makes a new Booking, whose confirmation at the event's
    SEQUENCE would be ignored and leave the event cancelled in the person's calendar.

    So each message takes the higher of `at_least` (what the event's own change calls for)
    and one more than the highest `calendar_sequence` of any booking of this event by this
    address. The person's rows are locked while it is decided, so two messages at once take
    different numbers. A message whose email key was already queued leaves a gap, which is
    harmless: SEQUENCE must only grow, not count.
    """
    with transaction.atomic():
        person = Booking.objects.select_for_update().filter(
            event_id=booking.event_id, email=booking.email
        )
        sent = [n for n in person.values_list("calendar_sequence", flat=True) if n is not None]
        highest = max(sent, default=None)
        sequence = at_least if highest is None else max(at_least, highest + 1)
        Booking.objects.filter(pk=booking.pk).update(calendar_sequence=sequence)
    booking.calendar_sequence = sequence
    return sequence


def sequence_sent(booking):
    """The SEQUENCE of the version the person holds: for their booking page's .ics, which is
    fetched (as often as they like), not sent, so it repeats the last number rather than
    taking a new one; never below the event's own."""
    return max(booking.event.sequence, booking.calendar_sequence or 0)


def new_calendar(method="PUBLISH"):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    return calendar


def event_component(event, booking=None, sequence=None):
    """A VEVENT. Joining details appear only when built for a confirmed booking."""
    london = timezone.get_default_timezone()
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", timezone.now())
    component.add("sequence", event.sequence if sequence is None else sequence)
    component.add("dtstart", timezone.localtime(event.start, london))
    component.add("dtend", timezone.localtime(event.end, london))
    component.add("summary", event.title)
    component.add("url", settings.BASE_URL + event.url)
    component.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    description = [event.summary]
    if booking is not None and event.joining_details:
        description += ["", "Joining instructions:", event.joining_details]
    component.add("description", "\n".join(description))
    if event.is_in_person and event.venue_name:
        location = ", ".join(
            part for part in (event.venue_name, event.venue_address, event.venue_postcode) if part
        )
        component.add("location", vText(location.replace("\n", ", ")))
    elif event.is_online:
        component.add("location", "Online")
    return component


def calendar_bytes(events, booking=None, sequence=None):
    """PUBLISH for these events; with a booking (one event), at that person's `sequence`."""
    calendar = new_calendar()
    for event in events:
        calendar.add_component(event_component(event, booking, sequence))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def cancellation_bytes(event, email, sequence):
    """METHOD:CANCEL for one person's copy of the event: their booking or the event is off."""
    calendar = new_calendar("CANCEL")
    component = event_component(event, sequence=sequence)
    component["status"] = "CANCELLED"
    organiser = vCalAddress(f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}")
    organiser.params["cn"] = vText("Planning for Safety")
    component.add("organizer", organiser)
    component.add("attendee", vCalAddress(f"mailto:{email}"))
    calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar.to_ical()
