"""Editors send newsletters and look after the subscriber list."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["send_newsletter", "view_subscriber", "change_subscriber", "delete_subscriber"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now to grant them.
    app_config = apps.get_app_config("newsletters")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="newsletters", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0002_issues_subscribers_sending"),
        ("network", "0005_moderators_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
