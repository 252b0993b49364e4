"""Email verification moves from the membership to the account.

Accounts count as verified if their membership's address was confirmed, or if they are staff
(made by programme staff or an operator). Everyone else proves their address at next sign-in.
"""

from django.db import migrations, models
from django.db.models import Q


def verified_accounts(apps, schema_editor):
    User = apps.get_model("network", "User")
    Membership = apps.get_model("network", "Membership")
    for membership in Membership.objects.exclude(email_verified_at=None):
        User.objects.filter(pk=membership.user_id).update(
            email_verified_at=membership.email_verified_at
        )
    staff = User.objects.filter(email_verified_at=None).filter(
        Q(is_superuser=True) | Q(is_staff=True) | Q(groups__isnull=False)
    )
    User.objects.filter(pk__in=staff.values("pk")).update(email_verified_at=models.F("date_joined"))


def verified_memberships(apps, schema_editor):
    Membership = apps.get_model("network", "Membership")
    for membership in Membership.objects.select_related("user"):
        membership.email_verified_at = membership.user.email_verified_at
        membership.save(update_fields=["email_verified_at"])


class Migration(migrations.Migration):
    dependencies = [("network", "0014_personal_data_and_audit_permissions")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="email_verified_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When the person proved the address is theirs (network/verification.py). Until then the account cannot sign in and nothing is matched to it by address.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="pending_email",
            field=models.EmailField(
                blank=True,
                help_text="A new address the person asked for; it replaces the address once verified.",
                max_length=254,
            ),
        ),
        migrations.RunPython(verified_accounts, verified_memberships),
        migrations.RemoveField(model_name="membership", name="email_verified_at"),
    ]
