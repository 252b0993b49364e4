"""Review before publishing (home/review.py): the "Programme review" workflow, whose one
task is approved by the new Reviewers group, on the resource library and the newsletter
archive. The rest of the site keeps the default workflow, which Editors approve.

Reviewers may use the admin and read the Scheduled jobs report, as every staff group does,
and edit and publish in the reviewed sections (to correct a page in review and approve it).
"""

from django.db import migrations

from home.permissions import app_permissions, set_group_permissions

REVIEWERS = "Reviewers"
REVIEW = "Programme review"
REVIEWED_SECTIONS = (("resources", "ResourceIndexPage"), ("newsletters", "NewsletterIndexPage"))


def set_up_review(apps, schema_editor):
    set_group_permissions(apps, "wagtailadmin", REVIEWERS, ["access_admin"])
    set_group_permissions(apps, "operations", REVIEWERS, ["view_jobrun"])
    workflow = review_workflow(apps)
    reviewers = apps.get_model("auth", "Group").objects.get(name=REVIEWERS)
    page_permissions = app_permissions(apps, "wagtailcore", ["change_page", "publish_page"])
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for app_label, model_name in REVIEWED_SECTIONS:
        for section in apps.get_model(app_label, model_name).objects.all():
            WorkflowPage.objects.update_or_create(page_id=section.pk, defaults={"workflow": workflow})
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=reviewers, page_id=section.pk, permission=permission
                )


def review_workflow(apps):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=REVIEW, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(Group.objects.get(name=REVIEWERS))
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def remove_review(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=REVIEW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=REVIEW).delete()
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_outbox"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("operations", "0002_staff_read_the_scheduled_jobs"),
        ("resources", "0004_listing_filter_indexes"),
        ("newsletters", "0004_only_editors_send"),
    ]

    operations = [migrations.RunPython(set_up_review, remove_review)]
