from django.conf import settings
from django.core.management.base import BaseCommand

from newsletters.subscriptions import expire_unconfirmed


class Command(BaseCommand):
    help = "Remove newsletter sign-ups not confirmed within NEWSLETTER_CONFIRM_DAYS. Run daily."

    def handle(self, *args, **options):
        returned, removed = expire_unconfirmed()
        self.stdout.write(
            self.style.SUCCESS(
                f"{removed} unconfirmed sign-ups older than {settings.NEWSLETTER_CONFIRM_DAYS} "
                f"days removed; {returned} returning sign-ups left unsubscribed."
            )
        )
