"""Personal data in bookings and feedback: notes kept only until shortly after the event, and
a person's bookings and named feedback found, exported and erased for subject access requests."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from events.booking import cancel_booking
from events.models import Booking, Feedback


def clear_event_notes(now):
    """Blank both notes on bookings of events that ended EVENT_NOTES_RETENTION_DAYS ago."""
    ended_before = now - timedelta(days=settings.EVENT_NOTES_RETENTION_DAYS)
    with_notes = Booking.objects.filter(event__end__lt=ended_before).filter(
        ~Q(access_requirements="") | ~Q(dietary_needs="")
    )
    cleared = with_notes.update(access_requirements="", dietary_needs="")
    return [("bookings' access and dietary notes cleared", cleared)]


def bookings_of(person):
    """Bookings in the person's email address, whoever made them."""
    return Booking.objects.filter(email__iexact=person.email)


def bookings_made_for_others(person):
    """Bookings the person's account made in another address: places booked for colleagues
    (or in an address the account had before). The place and the details are the attendee's."""
    if person.user is None:
        return Booking.objects.none()
    return Booking.objects.filter(user=person.user).exclude(email__iexact=person.email)


def named_feedback_of(person):
    """Feedback the person gave with their name: through a booking in their (verified) address.

    Only the booking's address counts, not the account that made it: a member may book a
    colleague's place, and the colleague, who gets the booking's link at their address, gives
    the feedback. Anonymous feedback has no booking, so it is never found: linking it back to
    its author (by event and day) would undo the anonymity they chose, so no export holds it.
    """
    return Feedback.objects.filter(booking__email__iexact=person.email)


def erase_event_records(person):
    """The `erase_personal_data` answer: named feedback first, as it is found through the
    bookings' address, which erasing the bookings removes."""
    return {
        **erase_named_feedback(person),
        **erase_bookings(person),
        "bookings made for others (no longer linked)": bookings_made_for_others(person).update(
            user=None
        ),
    }


def erase_named_feedback(person):
    """Named feedback keeps its rating and day (the event's ratings still count, as a booking's
    place does) but loses its link to the booking and the comments the person wrote."""
    return {"named feedback": named_feedback_of(person).update(booking=None, comments="")}


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
