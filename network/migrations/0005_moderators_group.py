"""Make sure the programme staff groups exist: Wagtail creates Editors and Moderators."""

from django.db import migrations


def ensure_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ("Editors", "Moderators"):
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("network", "0004_seed_roles"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(ensure_groups, migrations.RunPython.noop)]
