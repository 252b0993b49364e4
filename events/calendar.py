"""iCalendar (RFC 5545) files for events, with a Europe/London VTIMEZONE.

Every file names the event by one UID, so a calendar that holds it updates the entry rather
than adding another: a new time or place comes with a higher SEQUENCE (METHOD:PUBLISH), and a
cancellation of the event or of someone's booking is METHOD:CANCEL with STATUS:CANCELLED and a
higher SEQUENCE still, naming the programme as ORGANIZER and the person as ATTENDEE, as
iTIP (RFC 5546) asks of a cancellation and Outlook requires.
"""

from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from events.records import EventStatus

PRODUCT_ID = "-//Planning for Safety//Events//EN"


def event_uid(event):
    """Stable per event, so calendars update an event instead of duplicating it."""
    return f"event-{event.pk}@planningforsafety"


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


def calendar_bytes(events, booking=None):
    calendar = new_calendar()
    for event in events:
        calendar.add_component(event_component(event, booking))
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
