"""Ask attendees for feedback after an event, once each (the send_feedback_requests job)."""

from django.core.management.base import BaseCommand

from events.after_event import request_feedback


class Command(BaseCommand):
    help = "Email attendees of events that ended in the last 30 days for feedback, once each."

    def handle(self, *args, **options):
        sent, due = request_feedback()
        self.stdout.write(f"Feedback requests: {sent} sent of {due} due.")
