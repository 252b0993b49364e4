"""Who may book speaks the one audience vocabulary (network/audience.py): "everyone" is
now "public", in events and in their saved revisions (so reverting to one stays valid)."""

from django.db import migrations, models

RENAMED = {"everyone": "public"}


def rename(apps, forward):
    EventPage = apps.get_model("events", "EventPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    renames = RENAMED if forward else {new: old for old, new in RENAMED.items()}
    for old, new in renames.items():
        EventPage.objects.filter(who_may_book=old).update(who_may_book=new)
    event_type = ContentType.objects.filter(app_label="events", model="eventpage").first()
    if event_type is None:
        return
    for revision in Revision.objects.filter(content_type=event_type).iterator():
        if revision.content.get("who_may_book") in renames:
            revision.content["who_may_book"] = renames[revision.content["who_may_book"]]
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0009_image_block_alt_text_or_decorative"),
    ]

    operations = [
        migrations.AlterField(
            model_name="eventpage",
            name="who_may_book",
            field=models.CharField(
                choices=[
                    ("public", "Everyone"),
                    ("members", "Network members"),
                    ("chairs", "ROTH conference Chairs"),
                ],
                default="public",
                max_length=20,
            ),
        ),
        migrations.RunPython(
            lambda apps, schema_editor: rename(apps, forward=True),
            lambda apps, schema_editor: rename(apps, forward=False),
        ),
    ]
