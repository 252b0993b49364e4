"""Emails sent once per booking by a periodic job: each booking is claimed, then emailed.

The claim (a timestamp set only while it is still empty) and the email's queuing share one
transaction, so jobs running at once, or a job run again, never email a booking twice.
"""

from django.db import transaction

from events.records import Booking


def claim_and_send(due, marker, now, send):
    """Claim each booking of the `due` queryset by setting `marker` to `now`, and `send` it.

    Returns (sent, due)."""
    pks = list(due.values_list("pk", flat=True))
    sent = 0
    for pk in pks:
        with transaction.atomic():
            unclaimed = Booking.objects.filter(pk=pk, **{f"{marker}__isnull": True})
            if unclaimed.update(**{marker: now}):
                send(Booking.objects.select_related("event").get(pk=pk))
                sent += 1
    return sent, len(pks)
