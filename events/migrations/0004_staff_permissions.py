"""Programme staff (Editors and Moderators) manage bookings."""

from django.db import migrations

from home.permissions import grant_permissions


def grant(apps, schema_editor):
    grant_permissions(
        apps,
        "events",
        ["add_booking", "change_booking", "delete_booking", "view_booking"],
        ["Editors", "Moderators"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_remove_eventpage_sequence_booking_reminder_sent_at_and_more"),
        ("network", "0005_moderators_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
