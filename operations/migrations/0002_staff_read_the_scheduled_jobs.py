"""Every staff group reads the Scheduled jobs report (no personal data is in it)."""

from django.db import migrations

from home.permissions import set_group_permissions

STAFF_GROUPS = ("Editors", "Moderators", "Network administrators", "Data protection")


def grant(apps, schema_editor):
    for group in STAFF_GROUPS:
        set_group_permissions(apps, "operations", group, ["view_jobrun"])


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0001_initial"),
        ("network", "0016_staff_groups_by_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
