"""Editors look after redirects (Settings → Redirects): the ones moving or renaming a page
creates, and their own for links printed elsewhere (docs/security.md "Roles and staff
groups")."""

from django.db import migrations

from home.permissions import set_group_permissions


def grant(apps, schema_editor):
    codenames = ["add_redirect", "change_redirect", "delete_redirect"]
    set_group_permissions(apps, "wagtailredirects", "Editors", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_image_block_alt_text_or_decorative"),
        ("network", "0016_staff_groups_by_permission"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
