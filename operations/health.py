"""What /healthz tells operators about background work: heartbeats, the outbox and failures.

Counts only, never an address, a subject or an error text.
"""

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from home.models import OutgoingEmail
from newsletters.models import Delivery
from operations.heartbeats import last_beats


def worker_expected():
    """A worker and a scheduler are part of the deployment when tasks go through the queue."""
    return settings.TASKS["default"]["BACKEND"] == settings.TASKS_BACKENDS["database"]


def outbox_report():
    waiting = OutgoingEmail.objects.filter(sent_at__isnull=True, failed_at__isnull=True)
    summary = waiting.aggregate(oldest=Min("created_at"))
    oldest = summary["oldest"]
    return {
        "waiting": waiting.count(),
        "oldest_waiting_seconds": int((timezone.now() - oldest).total_seconds()) if oldest else 0,
        "failed": OutgoingEmail.objects.failed().count(),
        "newsletter_deliveries_failed": Delivery.objects.failed().count(),
    }


def background_report():
    """(healthy, report): healthy is False when an expected process has stopped beating."""
    beats = last_beats()
    healthy = not worker_expected() or all(beat["state"] == "up" for beat in beats.values())
    return healthy, {**beats, "outbox": outbox_report()}
