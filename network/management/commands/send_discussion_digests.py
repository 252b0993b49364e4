from django.core.management.base import BaseCommand

from network.community.notifications import send_digests


class Command(BaseCommand):
    help = (
        "Email discussion digests: `daily` every day, `weekly` once a week. Each post goes in "
        "one digest only; people with nothing new get nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("frequency", choices=["daily", "weekly"])

    def handle(self, *args, frequency, **options):
        sent = send_digests(frequency)
        self.stdout.write(self.style.SUCCESS(f"{sent} {frequency} digests sent."))
