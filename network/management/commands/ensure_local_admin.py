"""Create the documented local administrator account, for development only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

LOCAL_ADMIN_EMAIL = "admin@example.org"
LOCAL_ADMIN_PASSWORD = "planning-for-safety-local"  # noqa: S105 (documented, DEBUG only)


class Command(BaseCommand):
    help = (
        f"Create the local admin account {LOCAL_ADMIN_EMAIL} (password in README.md) if it "
        "does not exist. Refuses to run when DEBUG is off."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to create the local admin account: DEBUG is off. Create production "
                "accounts with `manage.py createsuperuser`."
            )
        User = get_user_model()
        if User.objects.filter(email__iexact=LOCAL_ADMIN_EMAIL).exists():
            self.stdout.write(f"Local admin {LOCAL_ADMIN_EMAIL} already exists.")
            return
        User.objects.create_superuser(
            LOCAL_ADMIN_EMAIL, LOCAL_ADMIN_PASSWORD, first_name="Local", last_name="Admin"
        )
        self.stdout.write(self.style.SUCCESS(f"Created local admin {LOCAL_ADMIN_EMAIL}."))
