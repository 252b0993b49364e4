"""Reminder emails before events: safe to run as often as you like."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from events.claims import claim_and_send
from events.models import Booking, EventStatus
from events.notifications import send_reminder


def due_reminders(now=None):
    """Confirmed bookings for events starting within the reminder window, not yet reminded."""
    now = now or timezone.now()
    window = timedelta(days=settings.EVENT_REMINDER_DAYS)
    return Booking.objects.filter(
        status=Booking.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__status=EventStatus.SCHEDULED,
        event__live=True,
        event__start__gt=now,
        event__start__lte=now + window,
    ).select_related("event")


def send_due_reminders(now=None):
    """Returns (sent, total). Each booking is claimed in its own transaction before sending."""
    now = now or timezone.now()
    return claim_and_send(due_reminders(now), "reminder_sent_at", now, send_reminder)
