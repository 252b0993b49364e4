from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail import hooks


class Command(BaseCommand):
    help = (
        "Delete personal data past its retention period: access and dietary notes after "
        "events, old outbox emails, old audit entries and more (docs/security.md). Run daily."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        total = 0
        for expire in hooks.get_hooks("apply_retention"):
            for what, count in expire(now):
                total += count
                self.stdout.write(f"{what}: {count}")
        self.stdout.write(self.style.SUCCESS(f"{total} records deleted or cleared."))
