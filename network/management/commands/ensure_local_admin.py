"""Create the documented local administrator account, for development only, with an
authenticator device holding the documented development key (two_factor.DEVELOPMENT_KEY)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from network import two_factor

LOCAL_ADMIN_EMAIL = "admin@example.org"
LOCAL_ADMIN_PASSWORD = "planning-for-safety-local"  # noqa: S105 (documented, DEBUG only)


class Command(BaseCommand):
    help = (
        f"Create the local admin account {LOCAL_ADMIN_EMAIL} (password and two-factor key in "
        "README.md) if it does not exist. Refuses to run when DEBUG is off."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to create the local admin account: DEBUG is off. Create production "
                "accounts with `manage.py createsuperuser`."
            )
        User = get_user_model()
        admin = User.objects.filter(email__iexact=LOCAL_ADMIN_EMAIL).first()
        if admin is not None:
            self.stdout.write(f"Local admin {LOCAL_ADMIN_EMAIL} already exists.")
        else:
            admin = User.objects.create_superuser(
                LOCAL_ADMIN_EMAIL, LOCAL_ADMIN_PASSWORD, first_name="Local", last_name="Admin"
            )
            self.stdout.write(self.style.SUCCESS(f"Created local admin {LOCAL_ADMIN_EMAIL}."))
        two_factor.ensure_development_device(admin)
        self.stdout.write(
            f"Two-factor code: `manage.py two_factor_code {LOCAL_ADMIN_EMAIL}`, or add the "
            "development key from README.md to an authenticator app."
        )
