"""Programme staff (Editors and Moderators) manage areas, memberships and applications."""

from django.db import migrations

from home.permissions import grant_permissions

MODELS = ["localarea", "membership", "areaapplication", "evidencecontribution"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    grant_permissions(
        apps,
        "network",
        [f"{action}_{model}" for action in ACTIONS for model in MODELS],
        ["Editors", "Moderators"],
    )


class Migration(migrations.Migration):
    dependencies = [("network", "0005_moderators_group")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
