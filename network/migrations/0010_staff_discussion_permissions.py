"""Programme staff (Editors and Moderators) run discussion spaces and session notes."""

from django.db import migrations

from home.permissions import grant_permissions

MODELS = ["space", "discussionsettings", "actionlearningsession"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    grant_permissions(
        apps,
        "network",
        [f"{action}_{model}" for action in ACTIONS for model in MODELS],
        ["Editors", "Moderators"],
    )


class Migration(migrations.Migration):
    dependencies = [("network", "0009_action_learning")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
