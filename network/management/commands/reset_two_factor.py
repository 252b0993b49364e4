"""Reset a person's two-factor sign-in after a lost phone: `reset_two_factor EMAIL --reason`."""

from django.core.management.base import BaseCommand, CommandError

from network import two_factor
from network.models import User


class Command(BaseCommand):
    help = (
        "Remove a person's authenticator app and recovery codes (a lost or replaced phone) and "
        "sign them out everywhere; they set up two-factor sign-in again at their next sign-in. "
        "Recorded in the audit log with the reason."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address.")
        parser.add_argument(
            "--reason",
            required=True,
            help='Why, for the audit log, e.g. "Phone lost; identity checked by video call".',
        )

    def handle(self, *args, email, reason, **options):
        reason = reason.strip()
        if not reason:
            raise CommandError("Give a reason with --reason: it goes in the audit log.")
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the address {email.strip()!r}. Nothing changed.")
        apps, codes, sessions = two_factor.reset_second_factor(
            user, reason, by="manage.py reset_two_factor"
        )
        self.stdout.write(
            f"{user.email}: removed {apps} authenticator app{'' if apps == 1 else 's'} and "
            f"{codes} unused recovery code{'' if codes == 1 else 's'}."
        )
        if sessions is None:
            self.stdout.write(
                "Sessions: this session store cannot be searched; any open session now needs "
                "a second factor again, which they can only give after setting up again."
            )
        else:
            self.stdout.write(f"Signed out of {sessions} session{'' if sessions == 1 else 's'}.")
        self.stdout.write(
            self.style.SUCCESS(
                "They will set up an authenticator app at their next sign-in. Recorded in the "
                "audit log (two-factor reset)."
            )
        )
