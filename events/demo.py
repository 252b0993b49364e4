"""Demo content for the events section, built by `manage.py load_demo_content`."""

import datetime
import zoneinfo

from django.utils import timezone

from events.models import Booking, EventIndexPage, EventPage
from home.demo.builder import ensure_child, ensure_section
from home.demo.data import load
from home.models import Audience, Topic
from network.models import User

CONTENT = load(__file__)
LONDON = zoneinfo.ZoneInfo("Europe/London")


def build_demo_content(home, report):
    """The events listing, the programme's events around today, and demo bookings."""
    section = CONTENT["section"]
    index = ensure_section(
        home, EventIndexPage, "events", section["title"], section["intro"], report
    )
    today = timezone.localdate()
    for number, spec in enumerate(CONTENT["events"], start=1):
        event = ensure_child(
            index, spec["slug"], lambda s=spec, n=number: new_event(s, n, today), report
        )
        if spec.get("fully_booked"):
            fill_with_bookings(event)
        for email in spec.get("booked_by", []):
            add_booking(event, email)


def at(day, hour):
    whole = int(hour)
    minutes = round((hour - whole) * 60)
    return datetime.datetime.combine(day, datetime.time(whole, minutes), tzinfo=LONDON)


def new_event(spec, number, today):
    day = today + datetime.timedelta(days=spec["starts_in_days"])
    start = at(day, spec["start_hour"])
    every_event = CONTENT["every_event"]
    in_person = spec["format"] != "online"
    venue = CONTENT["in_person"] if in_person else {}
    event = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        event_type=spec["type"],
        event_format=spec["format"],
        region=spec.get("region", ""),
        summary=spec["summary"],
        search_description=spec["summary"],
        body=[("paragraph", every_event["body"].format(summary=spec["summary"]))],
        start=start,
        end=start + datetime.timedelta(hours=spec["hours"]),
        capacity=spec["capacity"],
        who_may_book=spec["who_may_book"],
        priority_booking_opens=at(
            today + datetime.timedelta(days=spec["priority_booking_opens_in_days"]), 9
        ),
        general_booking_opens=at(
            today + datetime.timedelta(days=spec["general_booking_opens_in_days"]), 9
        ),
        venue_name=venue.get("venue_name", ""),
        venue_address=venue.get("venue_address", ""),
        venue_postcode=venue.get("venue_postcode", ""),
        venue_access=venue.get("venue_access", ""),
        joining_details=""
        if in_person
        else CONTENT["online"]["joining_details"].format(slug=spec["slug"], number=number),
        organiser_name=every_event["organiser_name"],
        organiser_email=every_event["organiser_email"],
    )
    event.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    event.audiences = list(Audience.objects.all()[:3])
    return event


def add_booking(event, email, status=Booking.Status.CONFIRMED, position=None):

    person = User.objects.filter(email=email).first()
    if person is None or Booking.objects.filter(event=event, email=email).exists():
        return
    Booking.objects.create(
        event=event,
        user=person,
        name=person.get_full_name(),
        email=email,
        organisation="Demo area",
        job_role=person.job_title or "Practitioner",
        consented_at=timezone.now(),
        status=status,
        waitlist_position=position,
    )


def fill_with_bookings(event):
    """Book every place, and put one more person on the waitlist."""
    full = CONTENT["full_bookings"]
    for email in full["bookers"][: event.capacity]:
        add_booking(event, email)
    add_booking(event, full["waitlisted"], status=Booking.Status.WAITLISTED, position=1)
