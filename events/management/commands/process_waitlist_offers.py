"""Lapse unclaimed waitlist offers and offer the places to the next people. Run it hourly."""

from django.core.management.base import BaseCommand

from events.booking import expire_offers


class Command(BaseCommand):
    help = "Expire waitlist offers past their claim time and pass the places on."

    def handle(self, *args, **options):
        offered = expire_offers()
        self.stdout.write(f"Waitlist: {offered} new offer(s) made after lapsed offers.")
