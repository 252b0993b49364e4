"""A signed-in person's bookings: linked to their account or made with their verified address."""

from django.db.models import Q
from django.utils import timezone

from events.links import booking_path
from events.models import Booking


def bookings_for(user, upcoming_only=True):
    if user is None or not user.is_authenticated:
        return []
    by_address = Q(email__iexact=user.verified_email) if user.verified_email else Q()
    bookings = Booking.objects.filter(
        Q(user=user) | by_address, status__in=Booking.ACTIVE
    ).select_related("event")
    if upcoming_only:
        bookings = bookings.filter(event__end__gte=timezone.now())
    bookings = list(bookings.order_by("event__start"))
    for booking in bookings:
        booking.manage_path = booking_path(booking)
    return bookings
