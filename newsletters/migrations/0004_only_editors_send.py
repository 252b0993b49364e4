"""Only Editors send newsletters and look after subscribers (docs/security.md "Roles and staff groups")."""

from django.db import migrations

from home.permissions import set_group_permissions

EDITORS = ["send_newsletter", "view_subscriber", "change_subscriber", "delete_subscriber"]


def set_newsletter_permissions(apps, schema_editor):
    set_group_permissions(apps, "newsletters", "Editors", EDITORS)
    for group in ("Moderators", "Network administrators", "Data protection"):
        set_group_permissions(apps, "newsletters", group, [])


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0003_editors_send_newsletters"),
        ("network", "0016_staff_groups_by_permission"),
    ]

    operations = [migrations.RunPython(set_newsletter_permissions, migrations.RunPython.noop)]
