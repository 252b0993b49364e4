"""Seed the roles a member can hold in their area."""

from django.db import migrations

ROLES = [
    ("practitioner", "Practitioner", 1),
    ("practice-champion", "Practice champion", 2),
    ("chair", "ROTH conference Chair", 3),
    ("senior-lead", "Senior lead", 4),
    ("spoc", "Single point of contact", 5),
]


def seed_roles(apps, schema_editor):
    Role = apps.get_model("network", "Role")
    for code, name, order in ROLES:
        Role.objects.get_or_create(code=code, defaults={"name": name, "sort_order": order})


def remove_roles(apps, schema_editor):
    apps.get_model("network", "Role").objects.filter(code__in=[c for c, _, _ in ROLES]).delete()


class Migration(migrations.Migration):
    dependencies = [("network", "0003_chairsnetworkpage_evidenceactivitypage_loginfailure_and_more")]

    operations = [migrations.RunPython(seed_roles, remove_roles)]
