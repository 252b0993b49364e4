"""Personal data in bookings: notes kept only until shortly after the event, and a person's
bookings found, exported and erased for subject access requests."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from events.booking import cancel_booking
from events.models import Booking


def clear_event_notes(now):
    """Blank both notes on bookings of events that ended EVENT_NOTES_RETENTION_DAYS ago."""
    ended_before = now - timedelta(days=settings.EVENT_NOTES_RETENTION_DAYS)
    with_notes = Booking.objects.filter(event__end__lt=ended_before).filter(
        ~Q(access_requirements="") | ~Q(dietary_needs="")
    )
    cleared = with_notes.update(access_requirements="", dietary_needs="")
    return [("bookings' access and dietary notes cleared", cleared)]


def bookings_of(person):
    """Bookings made by the person's account or with their email address."""
    by_email = Q(email__iexact=person.email)
    return Booking.objects.filter(Q(user=person.user) | by_email if person.user else by_email)


def erase_bookings(person):
    """Keep each booking (places and attendance still count) without anything personal.

    Places still held are given up first, so the waitlist moves on."""
    erased = 0
    for booking in bookings_of(person):
        if booking.status in Booking.ACTIVE:
            booking, _ = cancel_booking(booking, reason="because your data was erased")
        booking.user = None
        booking.name = "Erased"
        booking.email = f"erased-booking-{booking.pk}@erased.invalid"
        booking.organisation = booking.job_role = booking.local_area = ""
        booking.access_requirements = booking.dietary_needs = ""
        booking.save()
        erased += 1
    return {"bookings": erased}
