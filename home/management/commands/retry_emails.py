from django.core.management.base import BaseCommand

from home.emails import due_emails, send_due
from home.models import OutgoingEmail


class Command(BaseCommand):
    help = (
        "Send emails waiting in the outbox: those whose wait after a failure is over, and those "
        "whose task was lost (e.g. by a worker restart). Run every few minutes."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{due_emails().count()} emails due.")
        outcomes = send_due(progress=self.report)
        total = sum(outcomes.values())
        sent, failed = outcomes.get("sent", 0), outcomes.get("failed", 0)
        style = self.style.WARNING if failed else self.style.SUCCESS
        self.stdout.write(style(f"{sent} of {total} sent, {failed} failed."))

    def report(self, done, total, email_id, outcome):
        """One line per email; a failed one says why and whether it will be tried again."""
        line = f"{done}/{total} {outcome}"
        if outcome == "failed":
            email = OutgoingEmail.objects.get(pk=email_id)
            then = "given up" if email.failed_at else f"next try {email.next_attempt_at:%H:%M}"
            line = f"{line}: {email.key} ({then}): {email.last_error}"
        self.stdout.write(line)
