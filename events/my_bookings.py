"""A signed-in person's bookings: linked to their account or made with their email address."""

from django.db.models import Q
from django.utils import timezone

from events.links import booking_path
from events.models import Booking


def bookings_for(user, upcoming_only=True):
    if user is None or not user.is_authenticated:
        return []
    bookings = Booking.objects.filter(
        Q(user=user) | Q(email__iexact=user.email), status__in=Booking.ACTIVE
    ).select_related("event")
    if upcoming_only:
        bookings = bookings.filter(event__end__gte=timezone.now())
    bookings = list(bookings.order_by("event__start"))
    for booking in bookings:
        booking.manage_path = booking_path(booking)
    return bookings
