"""Editors send newsletters and look after the subscriber list."""

from django.db import migrations

from home.permissions import grant_permissions

CODENAMES = ["send_newsletter", "view_subscriber", "change_subscriber", "delete_subscriber"]


def grant(apps, schema_editor):
    grant_permissions(
        apps,
        "newsletters",
        CODENAMES,
        ["Editors"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0002_issues_subscribers_sending"),
        ("network", "0005_moderators_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
