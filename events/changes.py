"""Telling attendees when staff change an event: a new time or place, or a cancellation.

Runs when an event is published. Each change is announced once: the email keys include the
new SEQUENCE, and the cancellation is flagged as sent.
"""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from events.models import Booking, EventChangeLog, EventPage, EventStatus
from events.notifications import send_event_cancelled, send_event_updated


@receiver(page_published, sender=EventPage)
def announce_event_changes(sender, instance, **kwargs):
    with transaction.atomic():
        log, created = EventChangeLog.objects.select_for_update().get_or_create(
            event=instance, defaults={"fingerprint": instance.schedule_fingerprint()}
        )
        booked = list(Booking.objects.filter(event=instance, status=Booking.Status.CONFIRMED))
        if instance.status == EventStatus.CANCELLED:
            if not log.cancellation_sent:
                log.cancellation_sent = True
                log.save(update_fields=["cancellation_sent"])
                for booking in booked:
                    send_event_cancelled(booking)
            return
        fingerprint = instance.schedule_fingerprint()
        if created or fingerprint == log.fingerprint:
            return
        log.sequence += 1
        log.fingerprint = fingerprint
        log.save(update_fields=["sequence", "fingerprint"])
        for booking in booked:
            send_event_updated(booking, log.sequence)
