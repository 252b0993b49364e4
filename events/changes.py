"""What follows when staff change an event: attendees are told of a new time or place, or a
cancellation, or sent its materials, and places the change frees are offered to the waitlist.

Runs when an event is published. Each change is announced once: the email keys include the
new SEQUENCE, and the cancellation is flagged as sent.
"""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from events.after_event import send_materials_to_attendees
from events.booking import offer_freed_places
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
                log.sequence += 1
                log.save(update_fields=["cancellation_sent", "sequence"])
                for booking in booked:
                    send_event_cancelled(booking, log.sequence)
            return
        fingerprint = instance.schedule_fingerprint()
        if created or fingerprint == log.fingerprint:
            return
        log.sequence += 1
        log.fingerprint = fingerprint
        log.save(update_fields=["sequence", "fingerprint"])
        # Reminders go again before the new time (their email key names the new SEQUENCE).
        Booking.objects.filter(pk__in=[booking.pk for booking in booked]).update(
            reminder_sent_at=None
        )
        for booking in booked:
            send_event_updated(booking, log.sequence)


@receiver(page_published, sender=EventPage)
def share_materials(sender, instance, **kwargs):
    """Attendees are emailed once, when the event first has materials."""
    send_materials_to_attendees(instance)


@receiver(page_published, sender=EventPage)
def offer_places_freed_by_the_change(sender, instance, **kwargs):
    """More capacity, a larger overbooking allowance or fewer held places go to the waitlist
    first (in its order) before anyone new can book."""
    offer_freed_places(instance)
