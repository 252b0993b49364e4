"""The booking rules, enforced on the server: who may book, when, and how many.

- Cancelled or postponed events, and events whose booking has closed, take no bookings.
- "Who may book" limits an event to network members or Chairs (staff who see all network
  content always may).
- Network members (and those staff) may book from `priority_booking_opens`; everyone else from
  `general_booking_opens`.
- Confirmed bookings never exceed capacity plus the overbooking allowance; during the priority
  window the places held back for general booking are not available.
- Priority places, and places at members-only or Chairs-only events, belong to the person who
  holds the right to them: a signed-in member books them with their own verified address.
  Booking a colleague (another address) waits for general booking, where anyone may book.
- One email address holds at most one active booking (confirmed, waitlisted or offered) per
  event: booking again returns it.
- When the event is full, people can join the waitlist. A freed place is offered to the first
  person on it, with a claim link that expires (48 hours, less close to the event); an
  unclaimed offer passes to the next person. Offered places count against capacity.
The event row is locked while a booking is made, so parallel requests cannot overbook.

This module sits below events.models (whose EventPage calls it): callers pass the event.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import dateformat, timezone

from events.notifications import send_cancellation, send_confirmation, send_offer, send_waitlisted
from events.records import Booking, EventStatus
from home.page_cache import invalidate
from network.access import is_network_member, may_access, may_see_all_network_content
from network.audience import Audience


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
    return is_network_member(user) or may_see_all_network_content(user)


def confirmed_count(event):
    """Places taken: confirmed bookings and places offered to the waitlist."""
    return Booking.objects.filter(event_id=event.pk, status__in=Booking.HOLDING_A_PLACE).count()


def waiting_count(event):
    """People on the waitlist who have not been offered a place yet."""
    return Booking.objects.filter(event_id=event.pk, status=Booking.Status.WAITLISTED).count()


def with_places_taken(events):
    """Events annotated with `booked` (as confirmed_count counts) and `waiting` (as
    waiting_count counts), for booking_state(..., booked=..., waiting=...) over a list
    without a query per event."""

    # A subquery per event rather than a join: no GROUP BY over every column of the page.
    def counted(statuses):
        rows = Booking.objects.filter(event=OuterRef("pk"), status__in=statuses)
        return Coalesce(Subquery(rows.values("event").annotate(n=Count("pk")).values("n")), 0)

    return events.annotate(
        booked=counted(Booking.HOLDING_A_PLACE), waiting=counted([Booking.Status.WAITLISTED])
    )


def places_left_for_new_bookings(event, booked, waiting):
    """Places someone new can still book: each person waiting holds one (booking_state)."""
    return max(0, event.capacity + event.overbooking_allowance - booked - waiting)


def in_priority_window(event, now):
    return bool(event.priority_booking_opens) and (
        event.priority_booking_opens <= now < event.general_booking_opens
    )


def books_only_for_themselves(event, now):
    """Whether a place now can only be booked by the person whose right it is: during the
    priority window, and at events for members or Chairs only."""
    return event.who_may_book != Audience.PUBLIC or in_priority_window(event, now)


def own_address_refusal(event, user, email, now):
    """Why booking this address is refused (another person's address where only one's own
    will do), or None when it may be booked."""
    if not books_only_for_themselves(event, now):
        return None
    own = getattr(user, "verified_email", None)
    if own is not None and email == own:
        return None
    if event.who_may_book != Audience.PUBLIC:
        return (
            f"Places at this event are booked by each person for themselves. Use your own "
            f"email address ({own}); a colleague who may attend signs in and books their own."
        )
    opens = dateformat.format(timezone.localtime(event.general_booking_opens), "j F Y, H:i")
    return (
        f"Priority places are for the member who books them: use your own email address "
        f"({own}). A colleague can book from {opens}, when general "
        f"booking opens, or sign in and book their own priority place if their area is in "
        f"the network."
    )


def place_limit(event, now):
    limit = event.capacity + event.overbooking_allowance
    if in_priority_window(event, now):
        limit -= event.places_held_for_general_booking
    return limit


def booking_openings(event, now):
    """(who, when) for each booking window still to open, soonest first: what the event
    page counts down to. Nothing for an event that is not going ahead or has closed."""
    if event.status != EventStatus.SCHEDULED or now >= event.closes_at:
        return []
    windows = [
        ("Priority booking for network members", event.priority_booking_opens),
        ("General booking", event.general_booking_opens),
    ]
    return [(who, when) for who, when in windows if when and now < when]


def booking_state(event, user, now=None, booked=None, waiting=None):
    """What this person can do about this event now.

    People already waiting come first: a freed place is theirs until it has been offered and
    the offer has lapsed, so for anyone new each person waiting holds a place.
    """
    now = now or timezone.now()
    booked = confirmed_count(event) if booked is None else booked
    waiting = waiting_count(event) if waiting is None else waiting
    places_left = places_left_for_new_bookings(event, booked, waiting)
    if event.status == EventStatus.CANCELLED:
        return BookingState("cancelled", "This event has been cancelled.", places_left)
    if event.status == EventStatus.POSTPONED:
        return BookingState("postponed", "This event has been postponed.", places_left)
    if now >= event.closes_at:
        return BookingState("closed", "Booking has closed.", places_left)
    if not may_access(user, event.who_may_book):
        audience = (
            "ROTH conference Chairs"
            if event.who_may_book == Audience.CHAIRS
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
    if booked + waiting >= place_limit(event, now):
        return BookingState("full", "This event is fully booked.", 0)
    if in_priority_window(event, now):
        return BookingState(
            "priority",
            "Priority booking is open for network members.",
            places_left,
            priority_window_open=True,
        )
    return BookingState("open", "Booking is open.", places_left)


def lock(event):
    """The event read again with its row locked until the transaction ends, so that parallel
    requests take their places one after another."""
    return type(event).objects.select_for_update().get(pk=event.pk)


def book_place(event, user, details, now=None):
    """Book a place, or return the person's existing booking. Returns (booking, created)."""
    return _take(event, user, details, now, waitlist=False)


def join_waitlist(event, user, details, now=None):
    """Join the waitlist of a full event, or return the person's existing entry or booking."""
    return _take(event, user, details, now, waitlist=True)


def _take(event, user, details, now, waitlist):
    email = details["email"].strip().lower()
    try:
        with transaction.atomic():
            locked = lock(event)
            existing = active_booking(locked, email)
            if existing is not None:
                return existing, False
            state = booking_state(locked, user, now)
            if waitlist and state.phase != "full":
                raise BookingRefused(
                    "Places are available: book one." if state.can_book else state.message
                )
            if not waitlist and not state.can_book:
                raise BookingRefused(state.message)
            refusal = own_address_refusal(locked, user, email, now or timezone.now())
            if refusal is not None:
                raise BookingRefused(refusal)
            booking = Booking.objects.create(
                event=locked,
                user=user if user is not None and user.is_authenticated else None,
                email=email,
                consented_at=timezone.now(),
                network_member=is_network_member(user),
                status=Booking.Status.WAITLISTED if waitlist else Booking.Status.CONFIRMED,
                waitlist_position=next_waitlist_position(locked) if waitlist else None,
                **{key: value for key, value in details.items() if key != "email"},
            )
    except IntegrityError:  # the same person submitted in a parallel request
        return active_booking(event, email), False
    (send_waitlisted if waitlist else send_confirmation)(booking)
    return booking, True


def active_booking(event, email):
    return Booking.objects.filter(event=event, email=email, status__in=Booking.ACTIVE).first()


def next_waitlist_position(event):
    highest = Booking.objects.filter(event=event).aggregate(top=Max("waitlist_position"))["top"]
    return (highest or 0) + 1


def offer_expiry(event, now):
    """WAITLIST_OFFER_MINUTES (48 hours) to claim, but never past halfway to the event's start."""
    window = timedelta(minutes=settings.WAITLIST_OFFER_MINUTES)
    return min(now + window, now + (event.start - now) / 2)


def offer_freed_places(event, now=None):
    """Offer every free place to the next people on the waitlist. Returns the offers made."""
    now = now or timezone.now()
    offers = []
    with transaction.atomic():
        locked = lock(event)
        if locked.status != EventStatus.SCHEDULED or now >= locked.closes_at:
            return offers
        free = place_limit(locked, now) - confirmed_count(locked)
        queue = Booking.objects.filter(event=locked, status=Booking.Status.WAITLISTED).order_by(
            "waitlist_position", "created_at"
        )
        for booking in queue[: max(free, 0)]:
            offers.append(make_offer(booking, locked, now))
    return offers


def make_offer(booking, event, now):
    booking.status = Booking.Status.OFFERED
    booking.offer_expires_at = offer_expiry(event, now)
    booking.save(update_fields=["status", "offer_expires_at"])
    send_offer(booking)
    return booking


def offer_place_by_hand(booking, now=None):
    """Staff offer a place to someone on the waitlist, ahead of the queue if they choose."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = lock(booking.event)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status != Booking.Status.WAITLISTED:
            raise BookingRefused("Only people on the waitlist can be offered a place.")
        return make_offer(booking, locked, now)


def claim_offer(booking, now=None):
    """The person takes up their offered place, if the offer has not expired."""
    now = now or timezone.now()
    with transaction.atomic():
        booking = Booking.objects.select_for_update().select_related("event").get(pk=booking.pk)
        if booking.status == Booking.Status.CONFIRMED:
            return booking
        if booking.status != Booking.Status.OFFERED or now >= booking.offer_expires_at:
            raise BookingRefused("This offer has expired or been withdrawn.")
        booking.status = Booking.Status.CONFIRMED
        booking.save(update_fields=["status"])
    send_confirmation(booking)
    return booking


def expire_offers(now=None):
    """Lapse unclaimed offers and pass their places on. Safe to run as often as you like."""
    now = now or timezone.now()
    lapsed = Booking.objects.filter(status=Booking.Status.OFFERED, offer_expires_at__lte=now)
    events = set()
    for booking in lapsed.select_related("event"):
        with transaction.atomic():
            updated = Booking.objects.filter(pk=booking.pk, status=Booking.Status.OFFERED).update(
                status=Booking.Status.EXPIRED
            )
        if updated:
            events.add(booking.event)
    if events:
        invalidate()  # update() sends no signal: places left change on kept pages
    return sum(len(offer_freed_places(event, now)) for event in events)


def offer_places_to_waiting_lists(now=None):
    """Offer free places at every open event with people waiting: places held for general
    booking are released when it opens, with no change to the event that could say so."""
    now = now or timezone.now()
    waitlisted = Booking.objects.filter(
        status=Booking.Status.WAITLISTED,
        event__status=EventStatus.SCHEDULED,
        event__start__gt=now,
    ).select_related("event")
    waiting = {booking.event_id: booking.event for booking in waitlisted}
    return sum(len(offer_freed_places(event, now)) for event in waiting.values())


def cancel_booking(booking, reason="by the attendee"):
    """Cancel a booking or waitlist entry; a freed place goes to the waitlist."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status not in Booking.ACTIVE:
            return booking, False
        held_a_place = booking.status in Booking.HOLDING_A_PLACE
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
    send_cancellation(booking, reason)
    if held_a_place:
        offer_freed_places(booking.event)
    return booking, True


BOOKING_DETAILS = (
    "name",
    "organisation",
    "job_role",
    "local_area",
    "access_requirements",
    "dietary_needs",
)


def move_booking(booking, target, now=None):
    """Staff move a confirmed booking to another event with a free place.

    The new booking keeps the person's details; the old one is cancelled, which offers its
    place to that event's waitlist. Rules about who may book and when are the staff's call.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = lock(target)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status != Booking.Status.CONFIRMED:
            raise BookingRefused("Only confirmed bookings can be moved.")
        if locked.pk == booking.event_id:
            raise BookingRefused("Choose a different event.")
        if active_booking(locked, booking.email) is not None:
            raise BookingRefused("This person already has a booking for that event.")
        if confirmed_count(locked) >= locked.capacity + locked.overbooking_allowance:
            raise BookingRefused("That event is full.")
        moved = Booking.objects.create(
            event=locked,
            user=booking.user,
            email=booking.email,
            consented_at=booking.consented_at,
            network_member=booking.network_member,
            **{name: getattr(booking, name) for name in BOOKING_DETAILS},
        )
    cancel_booking(booking, reason=f"moved to {locked.title}")
    send_confirmation(moved)
    return moved
