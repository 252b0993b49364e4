"""Deleting personal data once it is no longer needed: the `apply_retention` command.

Each app says what it deletes through the `apply_retention` hook: a function of `now` that
returns (what, how many) pairs. This module answers for home's own tables.
"""

from datetime import timedelta

from django.conf import settings

from home import limits
from home.models import OutgoingEmail


def expire_home_data(now):
    """Sent or failed outbox emails after OUTBOX_RETENTION_DAYS; ended abuse-limit windows."""
    cutoff = now - timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    finished = OutgoingEmail.objects.filter(created_at__lt=cutoff).exclude(
        sent_at__isnull=True, failed_at__isnull=True
    )
    emails, _ = finished.delete()
    return [
        ("outbox emails deleted", emails),
        ("abuse-limit windows deleted", limits.purge_expired(now.timestamp())),
    ]
