"""Editors read the report of what people search for (the permission decides, not the group:
docs/security.md "Roles and staff groups")."""

from django.db import migrations

from home.permissions import set_group_permissions


def grant(apps, schema_editor):
    set_group_permissions(apps, "search", "Editors", ["view_dailysearchcount"])


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("network", "0016_staff_groups_by_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
