from django.core.management.base import BaseCommand

from newsletters.sending import requeue_due


class Command(BaseCommand):
    help = (
        "Send newsletter copies again whose wait after a failure is over, and copies whose "
        "task was lost (e.g. by a worker restart). Run every few minutes."
    )

    def handle(self, *args, **options):
        requeued = requeue_due()
        total = sum(requeued.values())
        for mailing_id, count in requeued.items():
            self.stdout.write(f"mailing {mailing_id}: {count} queued again")
        self.stdout.write(self.style.SUCCESS(f"{total} deliveries queued again."))
