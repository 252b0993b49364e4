"""Seed the topic taxonomy: the eight resource pack topics and the programme's event topics."""

from django.db import migrations

TOPICS = [
    (
        "Panel and meeting processes",
        "panel-and-meeting-processes",
        "Developing effective panel or meeting processes for responding to risk outside the home.",
    ),
    (
        "Holistic accounts of extra-familial harm",
        "holistic-accounts-of-extra-familial-harm",
        "Building holistic and integrated accounts of the harm young people face beyond their "
        "families.",
    ),
    (
        "Chairing ROTH conferences",
        "chairing-roth-conferences",
        "The role, skills and planning work of Chairs of ROTH child protection conferences.",
    ),
    (
        "Safety planning for young people and contexts",
        "safety-planning",
        "Effective safety plans that cover young people and the places and groups around them.",
    ),
    (
        "Parents and carers as partners",
        "parents-and-carers-as-partners",
        "Working with parents and carers as partners in protecting young people.",
    ),
    (
        "Community guardianship",
        "community-guardianship",
        "Building the capacity of communities and peers to keep young people safe.",
    ),
    (
        "Education providers and ROTH processes",
        "education-providers",
        "The part schools, colleges and other education providers play on ROTH pathways.",
    ),
    (
        "What young people need from services",
        "what-young-people-need",
        "What young people on ROTH pathways need and ask for from the services around them.",
    ),
    (
        "Multi-agency responsibilities",
        "multi-agency-responsibilities",
        "Who does what across agencies when a young person is on a ROTH pathway.",
    ),
    (
        "Guardianship",
        "guardianship",
        "Community and peer guardianship, and resourcing it, as a theme of events and evidence.",
    ),
    (
        "Roles of schools on ROTH pathways",
        "roles-of-schools",
        "How schools contribute to assessment, conferences and plans on ROTH pathways.",
    ),
    (
        "Planning processes for ROTH Chairs",
        "planning-processes-for-chairs",
        "Planning processes and outcomes, explored in dedicated sessions for ROTH Chairs.",
    ),
]


def seed_topics(apps, schema_editor):
    Topic = apps.get_model("home", "Topic")
    for name, slug, description in TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


def remove_topics(apps, schema_editor):
    Topic = apps.get_model("home", "Topic")
    Topic.objects.filter(slug__in=[slug for _, slug, _ in TOPICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(seed_topics, remove_topics)]
