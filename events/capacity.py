"""Places at upcoming events, for staff: the capacity report and the dashboard both list
events with this, so their numbers agree."""

from datetime import timedelta

from django.db.models import Count, Q

from events.booking import places_left_for_new_bookings, with_places_taken
from events.models import Booking, EventPage, EventStatus


def upcoming_events(now, within_days=None):
    """Published events not over yet and not cancelled (starting within `within_days` days,
    if given), soonest first, annotated with bookings counted for capacity (see
    `capacity_rows`).

    Postponed events stay: postponing keeps every booking and waitlist place (it only stops
    new bookings), so staff still plan for those people. Drafts are left out because no one
    can book them, cancelled events because no one will come."""
    events = EventPage.objects.live().filter(end__gte=now).exclude(status=EventStatus.CANCELLED)
    if within_days is not None:
        events = events.filter(start__lt=now + timedelta(days=within_days))
    confirmed = Q(bookings__status=Booking.Status.CONFIRMED)
    return (
        with_places_taken(events)
        .annotate(
            confirmed=Count("bookings", filter=confirmed),
            members=Count("bookings", filter=confirmed & Q(bookings__network_member=True)),
        )
        .order_by("start")
    )


def share(part, places):
    return min(100, round(100 * part / places)) if places else 0


def capacity_rows(events):
    """One row per event: places, confirmed bookings, the network members among them, the
    places left for new bookings and the people on the waitlist."""
    rows = []
    for event in events:
        places = event.capacity + event.overbooking_allowance
        rows.append(
            {
                "event": event,
                "places": places,
                "booked": event.confirmed,
                "members": event.members,
                "places_left": places_left_for_new_bookings(event, event.booked, event.waiting),
                "waiting": event.waiting,
                "booked_percent": share(event.confirmed, places),
                "members_percent": share(event.members, places),
            }
        )
    return rows
