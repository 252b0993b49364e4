"""The two standing discussion spaces: everyone in the network, and ROTH Chairs."""

from django.db import migrations

SPACES = [
    {
        "slug": "peer-support",
        "name": "Peer support",
        "audience": "members",
        "order": 1,
        "description": (
            "Ask other members about practice and share what works on ROTH pathways. "
            "Talk about practice, never cases."
        ),
    },
    {
        "slug": "chairs-action-learning",
        "name": "Chairs' action learning",
        "audience": "chairs",
        "order": 2,
        "description": (
            "For ROTH conference Chairs: follow-up from action learning sessions and ideas "
            "to test with other Chairs between meetings."
        ),
    },
]


def create_spaces(apps, schema_editor):
    Space = apps.get_model("network", "Space")
    for spec in SPACES:
        Space.objects.get_or_create(slug=spec["slug"], defaults=spec)


class Migration(migrations.Migration):
    dependencies = [("network", "0007_discussions")]

    operations = [migrations.RunPython(create_spaces, migrations.RunPython.noop)]
