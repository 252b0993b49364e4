"""Print the current two-factor code of a local development account (DEBUG only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network import two_factor
from network.models import User


class Command(BaseCommand):
    help = (
        "Print the code the authenticator app would show now for a local account that uses the "
        "development key (the local admin and the demo staff, set up by `make run`). Refuses "
        "to run when DEBUG is off."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="A local account's email, e.g. admin@example.org.")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to print sign-in codes: DEBUG is off.")
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the address {email.strip()!r}.")
        device = two_factor.app_device(user)
        if device is None or device.key != two_factor.development_key_hex():
            raise CommandError(
                f"{user.email} has no authenticator app with the development key; this command "
                "only reads that key (README, 'Local admin login')."
            )
        code, left = two_factor.current_code(device)
        self.stdout.write(code)
        self.stderr.write(
            f"Valid for {left} more seconds. Each code works once: if it was just used, wait "
            "for the next one."
        )
