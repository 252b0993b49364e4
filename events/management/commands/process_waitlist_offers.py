"""The waitlists' periodic job: lapse unclaimed offers and offer every free place in turn."""

from django.core.management.base import BaseCommand

from events.booking import expire_offers, offer_places_to_waiting_lists


class Command(BaseCommand):
    help = (
        "Expire waitlist offers past their claim time and pass the places on; offer places "
        "freed in any other way (e.g. held places released when general booking opens)."
    )

    def handle(self, *args, **options):
        after_lapses = expire_offers()
        freed = offer_places_to_waiting_lists()
        self.stdout.write(
            f"Waitlist: {after_lapses} offer(s) made after lapsed offers, {freed} for other "
            "free places."
        )
