"""Review before publishing: the "Programme review" workflow (docs/editors.md).

Wagtail lets anyone holding the publish permission publish directly, whatever the page's
workflow. Here a page of a reviewed section (the resource library, the newsletter archive)
may be published directly only by someone who approves in that page's workflow: everyone
else submits it for review, and it goes live when it is approved. The workflow, its task and
the Reviewers group who approve are set up by a data migration
(home/migrations/0010_programme_review.py); which groups approve is data, not code. The
approvers may edit and publish in the sections under review, so that they can open a page
in review, correct a typo and approve it.

Taking a page down (unpublishing), cancelling a scheduled publication and view restrictions
stay with the publish permission: withdrawing a tool found to be wrong must not wait.
"""

from django.contrib.auth.models import Permission
from django.utils.functional import cached_property
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
)

REVIEW_WORKFLOW = "Programme review"


def approves_in_workflow(user, page):
    """Whether the user approves in the page's workflow (or the page has none in force)."""
    if user.is_superuser:
        return True
    workflow = page.get_workflow()
    if workflow is None:
        return True
    return user.groups.filter(pk__in=approver_groups(workflow)).exists()


def approver_groups(workflow):
    """The groups who approve in the workflow's active tasks (a subquery of their ids)."""
    return GroupApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, active=True
    ).values_list("groups", flat=True)


class ReviewedPagePermissionTester(PagePermissionTester):
    """Wagtail's permission tester, with publishing kept for the workflow's approvers."""

    @cached_property
    def approves(self):
        return approves_in_workflow(self.user, self.page)

    def can_publish(self):
        return super().can_publish() and self.approves

    def can_publish_subpage(self):
        return super().can_publish_subpage() and self.approves

    def can_set_view_restrictions(self):
        return PagePermissionTester.can_publish(self)

    def can_unschedule(self):
        return PagePermissionTester.can_publish(self)


class ReviewedPage:
    """A page type whose pages are published through review (see the module docstring)."""

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)


class ReviewedSection(ReviewedPage):
    """A section whose pages are reviewed: a new section page is put under the Programme
    review workflow (sections that existed already were by the data migration)."""

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if adding:
            put_under_review(self)


#: what the approvers may do in a section under review
APPROVERS_PAGE_PERMISSIONS = ("change_page", "publish_page")


def put_under_review(page):
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first()
    if workflow is None:
        return
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=APPROVERS_PAGE_PERMISSIONS
    )
    for group_id in approver_groups(workflow):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group_id=group_id, page=page, permission=permission
            )
