"""Send reminder emails for events starting soon. Run it every hour (cron or a scheduler)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from events.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Email a reminder to everyone booked on an event starting within EVENT_REMINDER_DAYS. "
        "Nobody gets the same reminder twice, however often this runs."
    )

    def handle(self, *args, **options):
        sent, due = send_due_reminders()
        self.stdout.write(
            f"Reminders: {sent} of {due} due sent "
            f"(events starting in the next {settings.EVENT_REMINDER_DAYS} days)."
        )
