"""Review before publishing: Editors submit tools and newsletter issues to the "Programme
review" workflow, Reviewers approve them or ask for changes, and the emails go through the
outbox (home/review.py, home/review_emails.py)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Workflow, WorkflowState

from home.models import OutgoingEmail
from home.review import REVIEW_WORKFLOW
from newsletters.pages import NewsletterIndexPage, NewsletterPage
from tests.factories import (
    UserFactory,
    make_home_page,
    make_library,
    make_pack,
    make_standard_page,
    make_tool,
    publish,
)
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(db):
    user = UserFactory(email="reviewer@example.org", first_name="Rosa")
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def pack(db):
    return make_pack(make_library(make_home_page()))


@pytest.fixture
def draft_tool(pack):
    return make_tool(pack, title="Trusted adults map", live=False)


def submit(page, user):
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def act(client, page, action, **data):
    """A reviewer's button on the page in review (approve, or reject = request changes)."""
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk]
    )
    return client.post(url, data)


def emails_to(person):
    return OutgoingEmail.objects.filter(recipients=person.email)


def test_the_migration_sets_up_programme_review_approved_by_reviewers():
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert isinstance(task, GroupApprovalTask)
    assert {group.name for group in task.groups.all()} == {"Reviewers"}
    assert workflow.active and task.active


def test_the_library_and_the_newsletter_archive_are_reviewed_and_the_rest_of_the_site_is_not(
    pack,
):
    home = pack.get_parent().get_parent()
    archive = publish(home, NewsletterIndexPage(title="Newsletters", slug="newsletters", intro="x"))
    standard = make_standard_page(home)
    assert pack.get_parent().specific.get_workflow().name == REVIEW_WORKFLOW
    assert pack.get_workflow().name == REVIEW_WORKFLOW
    assert archive.get_workflow().name == REVIEW_WORKFLOW
    assert standard.get_workflow().name != REVIEW_WORKFLOW


def test_editors_may_not_publish_a_tool_but_may_submit_it(draft_tool, editor, reviewer):
    editor_can = draft_tool.permissions_for_user(editor)
    assert not editor_can.can_publish()
    assert not draft_tool.get_parent().permissions_for_user(editor).can_publish_subpage()
    assert editor_can.can_edit() and editor_can.can_submit_for_moderation()
    assert draft_tool.permissions_for_user(UserFactory(is_superuser=True)).can_publish()


def test_the_edit_page_offers_an_editor_submit_for_review_and_no_publish(
    client, draft_tool, editor
):
    sign_in_with_second_factor(client, editor)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[draft_tool.pk])).content.decode()
    assert 'name="action-submit"' in page
    assert 'name="action-publish"' not in page


def test_an_editor_cannot_publish_a_tool_through_bulk_publishing(client, draft_tool, editor):
    sign_in_with_second_factor(client, editor)
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft_tool.pk}", {})
    draft_tool.refresh_from_db()
    assert not draft_tool.live


def test_editors_still_publish_directly_outside_the_reviewed_sections(pack, editor):
    home = pack.get_parent().get_parent()
    assert make_standard_page(home).permissions_for_user(editor).can_publish()


def test_editors_may_still_take_a_live_tool_down(client, pack, editor):
    tool = make_tool(pack, title="Out of date tool")
    sign_in_with_second_factor(client, editor)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[tool.pk]), {})
    tool.refresh_from_db()
    assert not tool.live


def test_submitting_emails_the_reviewers_through_the_outbox(
    draft_tool, editor, reviewer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft_tool, editor)
    (email,) = emails_to(reviewer)
    assert "Trusted adults map" in email.subject
    assert f"/admin/pages/{draft_tool.pk}/edit/" in email.body
    assert not emails_to(editor).exists()  # not to the person who submitted it
    assert [message.to for message in mailoutbox] == [[reviewer.email]]  # sent by the task


def test_a_reviewer_approves_and_the_tool_goes_live_and_the_editor_is_told(
    client, draft_tool, editor, reviewer
):
    submit(draft_tool, editor)
    sign_in_with_second_factor(client, reviewer)
    assert act(client, draft_tool, "approve").status_code == 302
    draft_tool.refresh_from_db()
    assert draft_tool.live
    assert "approved" in emails_to(editor).get().subject


def test_a_reviewer_asks_for_changes_with_a_comment_the_editor_reads(
    client, draft_tool, editor, reviewer
):
    submit(draft_tool, editor)
    sign_in_with_second_factor(client, reviewer)
    act(client, draft_tool, "reject", comment="Please add who can use the map.")
    draft_tool.refresh_from_db()
    assert not draft_tool.live
    email = emails_to(editor).get()
    assert "Please add who can use the map." in email.body
    state = WorkflowState.objects.get(object_id=str(draft_tool.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_resubmitted_page_is_reported_to_reviewers_again(client, draft_tool, editor, reviewer):
    submit(draft_tool, editor)
    sign_in_with_second_factor(client, reviewer)
    act(client, draft_tool, "reject", comment="Shorter summary, please.")
    state = WorkflowState.objects.get(object_id=str(draft_tool.pk))
    draft_tool.save_revision(user=editor)
    state.resume(editor)
    assert emails_to(reviewer).count() == 2
    act(client, draft_tool, "reject", comment="Still too long.")
    assert emails_to(editor).count() == 2  # each request for changes reaches the editor


def test_only_reviewers_may_act_on_a_page_in_review(client, draft_tool, editor):
    submit(draft_tool, editor)
    other_editor = UserFactory()
    other_editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, other_editor)
    act(client, draft_tool, "approve")
    draft_tool.refresh_from_db()
    assert not draft_tool.live


def test_newsletter_issues_are_reviewed_too(client, editor, reviewer):
    home = make_home_page()
    archive = publish(home, NewsletterIndexPage(title="Newsletters", slug="newsletters", intro="x"))
    issue = NewsletterPage(title="Winter issue", slug="winter", summary="News.", body=[])
    issue.live = False
    archive.add_child(instance=issue)
    assert not issue.permissions_for_user(editor).can_publish()
    submit(issue, editor)
    sign_in_with_second_factor(client, reviewer)
    act(client, issue, "approve")
    issue.refresh_from_db()
    assert issue.live


def test_an_approved_tool_with_a_go_live_date_waits_for_it_then_publishes(
    client, draft_tool, editor, reviewer
):
    draft_tool.go_live_at = timezone.now() + timedelta(days=2)
    submit(draft_tool, editor)
    sign_in_with_second_factor(client, reviewer)
    act(client, draft_tool, "approve")
    draft_tool.refresh_from_db()
    assert not draft_tool.live
    revision = draft_tool.scheduled_revision
    assert revision is not None and revision.approved_go_live_at > timezone.now()

    call_command("publish_scheduled")  # the scheduler's job, before the time: nothing yet
    draft_tool.refresh_from_db()
    assert not draft_tool.live

    # Two days later (moved back instead: the time the revision holds, and its approval)
    moment = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = moment.isoformat()
    revision.approved_go_live_at = moment
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    draft_tool.refresh_from_db()
    assert draft_tool.live


def test_a_tool_past_its_expiry_date_is_unpublished_by_the_scheduled_job(pack):
    tool = make_tool(pack, title="Expiring tool")
    type(tool).objects.filter(pk=tool.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    tool.refresh_from_db()
    assert not tool.live and tool.expired


def test_publishing_scheduled_pages_is_a_scheduled_job():
    from operations.jobs import JOBS_BY_NAME

    assert JOBS_BY_NAME["publish_scheduled"].command == ("publish_scheduled",)
