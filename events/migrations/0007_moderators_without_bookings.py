"""Bookings are the Editors' work: Moderators moderate discussions and nothing else
(network/migrations/0016_staff_groups_by_permission.py, docs/security.md "Roles and staff groups")."""

from django.db import migrations

from home.permissions import set_group_permissions

BOOKINGS = ["add_booking", "change_booking", "delete_booking", "view_booking"]


def set_booking_permissions(apps, schema_editor):
    set_group_permissions(apps, "events", "Editors", BOOKINGS)
    for group in ("Moderators", "Network administrators", "Data protection"):
        set_group_permissions(apps, "events", group, [])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_listing_filter_indexes"),
        ("network", "0016_staff_groups_by_permission"),
    ]

    operations = [migrations.RunPython(set_booking_permissions, migrations.RunPython.noop)]
