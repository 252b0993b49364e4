from django.core.management.base import BaseCommand

from home.emails import due_emails, send_due


class Command(BaseCommand):
    help = (
        "Send emails waiting in the outbox: those whose wait after a failure is over, and those "
        "whose task was lost (e.g. by a worker restart). Run every few minutes."
    )

    def handle(self, *args, **options):
        due = due_emails().count()
        self.stdout.write(f"{due} emails due.")
        outcomes = send_due()
        for outcome, count in sorted(outcomes.items()):
            self.stdout.write(f"{outcome}: {count}")
        self.stdout.write(self.style.SUCCESS(f"{outcomes.get('sent', 0)} of {due} sent."))
