"""Seed the audiences that resources and events are written for; editors can add more."""

from django.db import migrations

AUDIENCES = [
    ("ROTH conference Chairs", "roth-conference-chairs"),
    ("Social workers and team managers", "social-workers-and-team-managers"),
    ("Strategic leads and commissioners", "strategic-leads-and-commissioners"),
    ("Education settings", "education-settings"),
    ("Police", "police"),
    ("Health", "health"),
    ("Youth and community services", "youth-and-community-services"),
    ("Parents and carers", "parents-and-carers"),
]


def seed_audiences(apps, schema_editor):
    Audience = apps.get_model("home", "Audience")
    for name, slug in AUDIENCES:
        Audience.objects.get_or_create(slug=slug, defaults={"name": name})


def remove_audiences(apps, schema_editor):
    Audience = apps.get_model("home", "Audience")
    Audience.objects.filter(slug__in=[slug for _, slug in AUDIENCES]).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0004_audience")]

    operations = [migrations.RunPython(seed_audiences, remove_audiences)]
