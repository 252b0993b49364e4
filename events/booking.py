"""The booking rules, enforced on the server: who may book, when, and how many.

- Cancelled or postponed events, and events whose booking has closed, take no bookings.
- "Who may book" limits an event to network members or Chairs (staff always may).
- Network members (and staff) may book from `priority_booking_opens`; everyone else from
  `general_booking_opens`.
- Confirmed bookings never exceed capacity plus the overbooking allowance; during the priority
  window the places held back for general booking are not available.
- One email address holds at most one confirmed booking per event: booking again returns it.
The event row is locked while a booking is made, so parallel requests cannot overbook.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import Booking, EventPage, EventStatus, WhoMayBook
from network.access import is_chair, is_network_member, is_staff


class BookingRefused(Exception):
    """The booking cannot be made; the message says why, in plain words."""


@dataclass(frozen=True)
class BookingState:
    phase: str  # cancelled, postponed, closed, not-eligible, not-open, full, priority, open
    message: str
    places_left: int
    opens_at: object = None  # when booking opens for this person, if it has not yet
    priority_window_open: bool = False  # network members can book now, others later

    @property
    def can_book(self):
        return self.phase in ("priority", "open")


def has_priority(user):
    return is_network_member(user) or is_staff(user)


def may_book_this_event(event, user):
    if event.who_may_book == WhoMayBook.MEMBERS:
        return has_priority(user)
    if event.who_may_book == WhoMayBook.CHAIRS:
        return is_chair(user) or is_staff(user)
    return True


def confirmed_count(event):
    return Booking.objects.filter(event_id=event.pk, status=Booking.Status.CONFIRMED).count()


def in_priority_window(event, now):
    return bool(event.priority_booking_opens) and (
        event.priority_booking_opens <= now < event.general_booking_opens
    )


def place_limit(event, now):
    limit = event.capacity + event.overbooking_allowance
    if in_priority_window(event, now):
        limit -= event.places_held_for_general_booking
    return limit


def booking_state(event, user, now=None, booked=None):
    """What this person can do about this event now."""
    now = now or timezone.now()
    booked = confirmed_count(event) if booked is None else booked
    places_left = max(0, event.capacity + event.overbooking_allowance - booked)
    if event.status == EventStatus.CANCELLED:
        return BookingState("cancelled", "This event has been cancelled.", places_left)
    if event.status == EventStatus.POSTPONED:
        return BookingState("postponed", "This event has been postponed.", places_left)
    if now >= event.closes_at:
        return BookingState("closed", "Booking has closed.", places_left)
    if not may_book_this_event(event, user):
        audience = (
            "ROTH conference Chairs"
            if event.who_may_book == WhoMayBook.CHAIRS
            else ("network members")
        )
        return BookingState("not-eligible", f"This event is for {audience} only.", places_left)
    priority = has_priority(user) and event.priority_booking_opens is not None
    opens_at = event.priority_booking_opens if priority else event.general_booking_opens
    if now < opens_at:
        return BookingState(
            "not-open",
            "Booking has not opened yet.",
            places_left,
            opens_at,
            priority_window_open=in_priority_window(event, now),
        )
    if booked >= place_limit(event, now):
        return BookingState("full", "This event is fully booked.", 0)
    if in_priority_window(event, now):
        return BookingState(
            "priority",
            "Priority booking is open for network members.",
            places_left,
            priority_window_open=True,
        )
    return BookingState("open", "Booking is open.", places_left)


def book_place(event, user, details, now=None):
    """Book a place, or return the person's existing booking. Returns (booking, created)."""
    email = details["email"].strip().lower()
    try:
        with transaction.atomic():
            locked = EventPage.objects.select_for_update().get(pk=event.pk)
            existing = Booking.objects.filter(
                event=locked, email=email, status=Booking.Status.CONFIRMED
            ).first()
            if existing is not None:
                return existing, False
            state = booking_state(locked, user, now)
            if not state.can_book:
                raise BookingRefused(state.message)
            booking = Booking.objects.create(
                event=locked,
                user=user if user is not None and user.is_authenticated else None,
                email=email,
                consented_at=timezone.now(),
                network_member=is_network_member(user),
                **{key: value for key, value in details.items() if key != "email"},
            )
    except IntegrityError:  # the same person booked in a parallel request
        existing = Booking.objects.get(event=event, email=email, status=Booking.Status.CONFIRMED)
        return existing, False
    from events.notifications import send_confirmation

    send_confirmation(booking)
    return booking, True


def cancel_booking(booking, reason="by the attendee"):
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status == Booking.Status.CANCELLED:
            return booking, False
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
    from events.notifications import send_cancellation

    send_cancellation(booking, reason)
    return booking, True
