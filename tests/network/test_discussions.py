"""Threads and replies: who may read and post, editing, deleting, approval, moderation,
rate limits, markers and the thread list."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.audience import Audience
from network.community import moderation, posting
from network.community.models import DiscussionSettings, Post, PostReport, Space, Thread
from network.models import Membership
from tests.network.discussions import reply, start
from tests.network.helpers import client_for, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(areas):
    return make_member(areas["member"], email="colleague@example.org")


def test_a_member_starts_a_thread_and_follows_it(client, people, no_approval):
    client_for(client, people["member"])
    response = client.post(
        "/network/discussions/peer-support/new/",
        {"title": "Panel agendas", "body": "What do yours **cover**?"},
    )
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "<strong>cover</strong>" in page
    assert "Discuss practice, never details that could identify a child, family or place" in page
    assert thread.space.slug == "peer-support"
    assert posting.is_following(people["member"], thread=thread)


def test_posting_screens_carry_the_safeguarding_reminder(client, people, no_approval):
    client_for(client, people["member"])
    thread = start(people["member"])
    reminder = "never details that could identify a child, family or place"
    assert reminder in client.get("/network/discussions/peer-support/new/").content.decode()
    assert reminder in client.get(thread.get_absolute_url()).content.decode()
    post = thread.posts.get()
    assert reminder in client.get(f"/network/discussions/posts/{post.pk}/edit/").content.decode()


def test_form_errors_are_shown_and_nothing_is_created(client, people):
    client_for(client, people["member"])
    response = client.post("/network/discussions/peer-support/new/", {"title": "", "body": ""})
    assert response.status_code == 400
    assert b"Give your thread a title." in response.content
    assert b"Write your message." in response.content
    assert not Thread.objects.exists()


def test_replies_are_in_order_with_permalinks_and_counts(client, people, colleague, no_approval):
    thread = start(people["member"])
    first = reply(thread, colleague, "First reply")
    second = reply(thread, people["member"], "Second reply")
    thread.refresh_from_db()
    assert thread.reply_count == 2
    client_for(client, colleague)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert page.index("First reply") < page.index("Second reply")
    response = client.get(f"/network/discussions/posts/{second.pk}/")
    assert response["Location"] == f"{thread.get_absolute_url()}#post-{second.pk}"
    assert f'id="post-{first.pk}"' in page


def test_permalinks_point_at_the_page_that_holds_the_post(client, people, no_approval, settings):
    settings.DISCUSSION_RATE_LIMIT = 100
    thread = start(people["member"])
    replies = [reply(thread, people["member"], f"Reply {n}") for n in range(25)]
    client_for(client, people["member"])
    response = client.get(f"/network/discussions/posts/{replies[-1].pk}/")
    assert response["Location"] == f"{thread.get_absolute_url()}?page=2#post-{replies[-1].pk}"


def test_quoting_a_reply_fills_the_reply_box(client, people, colleague, no_approval):
    thread = start(people["member"])
    quoted = reply(thread, colleague, "We review plans every six weeks.")
    client_for(client, people["member"])
    page = client.get(f"{thread.get_absolute_url()}?quote={quoted.pk}").content.decode()
    assert "&gt; We review plans every six weeks." in page
    assert "wrote:**" in page


def test_authors_edit_within_the_window_and_edits_are_marked(
    client, people, colleague, no_approval, settings
):
    settings.DISCUSSION_EDIT_MINUTES = 30
    thread = start(people["member"])
    post = thread.posts.get()
    client_for(client, people["member"])
    response = client.post(f"/network/discussions/posts/{post.pk}/edit/", {"body": "Changed"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == "Changed" and post.edited_at is not None
    assert "(edited)" in client.get(thread.get_absolute_url()).content.decode()
    # Someone else's post cannot be edited at all.
    theirs = reply(thread, colleague)
    client.post(f"/network/discussions/posts/{theirs.pk}/edit/", {"body": "Hijacked"})
    theirs.refresh_from_db()
    assert theirs.body != "Hijacked"
    # After the window closes, the author cannot edit either.
    Post.objects.filter(pk=post.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=31)
    )
    client.post(f"/network/discussions/posts/{post.pk}/edit/", {"body": "Too late"})
    post.refresh_from_db()
    assert post.body == "Changed"
    assert not posting.can_edit(post, people["member"])


def test_deleting_is_soft_and_marked_deleted_by_author(client, people, colleague, no_approval):
    thread = start(people["member"])
    post = reply(thread, people["member"], "Something I regret")
    client_for(client, colleague)
    assert client.post(f"/network/discussions/posts/{post.pk}/delete/").status_code == 404
    client_for(client, people["member"])
    client.post(f"/network/discussions/posts/{post.pk}/delete/")
    post.refresh_from_db()
    assert post.state == Post.State.DELETED
    thread.refresh_from_db()
    assert thread.reply_count == 0
    client_for(client, colleague)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "This post was deleted by its author." in page
    assert "Something I regret" not in page


def test_new_members_first_posts_wait_for_a_moderator(client, people, colleague, settings):
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 2
    thread = start(colleague, title="A first question")
    assert thread.awaiting_approval
    client_for(client, people["member"])
    listing = client.get("/network/discussions/peer-support/").content.decode()
    assert "A first question" not in listing
    assert client.get(thread.get_absolute_url()).status_code == 403
    client_for(client, colleague)
    assert "Waiting for a moderator" in client.get(thread.get_absolute_url()).content.decode()
    moderation.approve_post(thread.posts.get(), people["moderator"])
    second = reply(thread, colleague, "Second post")
    assert second.state == Post.State.PENDING
    moderation.approve_post(second, people["moderator"])
    third = reply(thread, colleague, "Third post")
    assert third.state == Post.State.PUBLISHED  # two approved: trusted from now on
    client_for(client, people["member"])
    assert "A first question" in client.get("/network/discussions/peer-support/").content.decode()


def test_staff_can_turn_approval_off_for_a_person(people, colleague, settings):
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 2
    DiscussionSettings.objects.create(user=colleague, skip_approval=True)
    assert not start(colleague).awaiting_approval


def test_posting_is_rate_limited_with_a_clear_message(client, people, no_approval, settings):
    settings.DISCUSSION_RATE_LIMIT = 3
    settings.DISCUSSION_RATE_WINDOW_MINUTES = 10
    thread = start(people["member"])
    reply(thread, people["member"])
    reply(thread, people["member"])
    client_for(client, people["member"])
    response = client.post(f"/network/discussions/threads/{thread.pk}/reply/", {"body": "One more"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert "You have posted 3 times in the last 10 minutes" in response.content.decode()
    assert "One more" in response.content.decode()  # what they wrote is kept in the form
    assert thread.posts.count() == 3
    Post.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=11))
    assert reply(thread, people["member"], "Later").is_published


def test_a_reported_post_can_be_hidden_with_a_reason_shown_to_its_author(
    client, people, colleague, no_approval
):
    thread = start(people["member"])
    bad = reply(thread, colleague, "A detail that should not be here")
    client_for(client, people["member"])
    response = client.post(
        f"/network/discussions/posts/{bad.pk}/report/", {"reason": "identifies", "details": ""}
    )
    assert response.status_code == 302
    report = PostReport.objects.get()
    assert (report.post, report.reporter) == (bad, people["member"])
    client_for(client, people["moderator"])
    queue = client.get("/admin/discussions/moderation/").content.decode()
    assert "A detail that should not be here" in queue
    assert "It could identify a child, family or place" in queue
    client.post(
        f"/admin/discussions/moderation/{bad.pk}/",
        {"action": "hide", "reason": "It named a place"},
    )
    bad.refresh_from_db()
    report.refresh_from_db()
    assert bad.state == Post.State.HIDDEN and report.resolved_at is not None
    client_for(client, people["member"])
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "A detail that should not be here" not in page
    assert "This post was hidden by a moderator." in page
    assert "It named a place" not in page
    client_for(client, colleague)
    assert "Reason: It named a place" in client.get(thread.get_absolute_url()).content.decode()
    moderation.unhide_post(bad, people["moderator"])
    client_for(client, people["member"])
    assert (
        "A detail that should not be here" in client.get(thread.get_absolute_url()).content.decode()
    )


def test_only_posts_with_open_reports_are_in_the_reported_list(client, people, no_approval):
    """Posts never reported were listed as reported before (an outer join's NULL)."""
    thread = start(people["member"], body="Never reported")
    reported = reply(thread, people["member"], "Reported once")
    handled = reply(thread, people["member"], "Reported and dealt with")
    PostReport.objects.create(post=reported, reporter=people["chair"], reason="spam")
    PostReport.objects.create(
        post=handled, reporter=people["chair"], reason="spam", resolved_at=timezone.now()
    )
    client_for(client, people["moderator"])
    queue = client.get("/admin/discussions/moderation/").content.decode()
    assert "Reported posts (1)" in queue
    assert "Reported once" in queue
    assert "Never reported" not in queue and "Reported and dealt with" not in queue


def test_a_moderators_reason_keeps_only_printable_characters(client, people, no_approval):
    """PostgreSQL refuses a NUL in text (and the audit log's JSON): a 500 before."""
    post = reply(start(people["member"]), people["member"], "Names a street")
    client_for(client, people["moderator"])
    response = client.post(
        f"/admin/discussions/moderation/{post.pk}/",
        {"action": "hide", "reason": "It named\x00 a street\x07"},
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.state == Post.State.HIDDEN and post.hidden_reason == "It named a street"


def test_reports_need_a_reason_and_are_limited(client, people, colleague, no_approval, settings):
    settings.DISCUSSION_RATE_LIMIT = 100
    thread = start(colleague)
    post = thread.posts.get()
    client_for(client, people["member"])
    response = client.post(f"/network/discussions/posts/{post.pk}/report/", {"reason": ""})
    assert response.status_code == 400 and b"Choose a reason." in response.content
    for _ in range(2):  # a second report of the same post is the same report
        client.post(f"/network/discussions/posts/{post.pk}/report/", {"reason": "spam"})
    assert PostReport.objects.count() == 1
    others = [
        reply(thread, colleague, f"Reply {n}") for n in range(settings.RATE_LIMITS["report"][0])
    ]
    for other in others[:-1]:
        moderation.report_post(other, people["member"], "spam")
    response = client.post(
        f"/network/discussions/posts/{others[-1].pk}/report/", {"reason": "spam"}
    )
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "several reports in a short time" in response.content.decode()
    assert PostReport.objects.count() == settings.RATE_LIMITS["report"][0]


def test_locking_stops_replies_and_pinning_lists_the_thread_first(
    client, people, colleague, no_approval
):
    pinned = start(people["member"], title="House rules")
    latest = start(colleague, title="Latest question")
    client_for(client, people["moderator"])
    client.post(f"/network/discussions/threads/{pinned.pk}/moderate/", {"action": "pin"})
    client.post(f"/network/discussions/threads/{latest.pk}/moderate/", {"action": "lock"})
    listing = client.get("/network/discussions/peer-support/").content.decode()
    assert listing.index("House rules") < listing.index("Latest question")
    client_for(client, people["member"])
    response = client.post(f"/network/discussions/threads/{latest.pk}/reply/", {"body": "Hi"})
    assert response.status_code == 403
    assert "This thread is locked" in response.content.decode()
    assert latest.posts.count() == 1
    # Members cannot use the moderators' controls.
    client.post(f"/network/discussions/threads/{latest.pk}/moderate/", {"action": "unlock"})
    latest.refresh_from_db()
    assert latest.is_locked


def test_suspending_a_member_removes_their_access(client, people, colleague, no_approval):
    thread = start(colleague)
    client_for(client, people["moderator"])
    client.post(
        f"/admin/discussions/moderation/{thread.posts.get().pk}/",
        {"action": "suspend", "reason": "Repeated case details"},
    )
    membership = Membership.objects.get(user=colleague)
    assert membership.status == Membership.Status.SUSPENDED
    client_for(client, colleague)
    assert client.get("/network/discussions/peer-support/").status_code == 403


def test_new_since_last_visit_markers(client, people, colleague, no_approval):
    thread = start(people["member"])
    client_for(client, colleague)
    listing = client.get("/network/discussions/peer-support/").content.decode()
    assert "New</span>" in listing  # never opened
    client.get(thread.get_absolute_url())
    assert "New</span>" not in client.get("/network/discussions/peer-support/").content.decode()
    fresh = reply(thread, people["member"], "Fresh news")
    assert "New</span>" in client.get("/network/discussions/peer-support/").content.decode()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert f'href="#post-{fresh.pk}">Go to the first new post' in page


def writes_to_read_markers(client, url):
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return [
        query["sql"]
        for query in context.captured_queries
        if "network_readmarker" in query["sql"] and not query["sql"].startswith("SELECT")
    ]


def test_reading_a_thread_again_with_nothing_new_writes_nothing(
    client, people, colleague, no_approval
):
    thread = start(people["member"])
    client_for(client, colleague)
    assert writes_to_read_markers(client, thread.get_absolute_url())  # first reading
    assert not writes_to_read_markers(client, thread.get_absolute_url())
    reply(thread, people["member"], "Fresh news")
    assert writes_to_read_markers(client, thread.get_absolute_url())
    assert "New</span>" not in client.get("/network/discussions/peer-support/").content.decode()


def test_thread_list_is_sorted_by_latest_activity_and_filters_by_topic(
    client, people, colleague, no_approval
):
    from home.models import Topic

    older = start(people["member"], title="Older thread")
    newer = start(colleague, title="Newer thread")
    reply(older, colleague, "Bumps the older thread")
    topic = Topic.objects.get(slug="safety-planning")
    newer.topics.set([topic])
    client_for(client, people["member"])
    listing = client.get("/network/discussions/peer-support/").content.decode()
    assert listing.index("Older thread") < listing.index("Newer thread")
    assert "1 reply" in listing
    filtered = client.get("/network/discussions/peer-support/?topic=safety-planning")
    assert "Newer thread" in filtered.content.decode()
    assert "Older thread" not in filtered.content.decode()
    assert client.get("/network/discussions/peer-support/?topic=%00bad").status_code == 200


def test_thread_list_queries_do_not_grow_with_the_number_of_threads(
    client, people, no_approval, settings
):
    settings.DISCUSSION_RATE_LIMIT = 100
    client_for(client, people["member"])

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/network/discussions/peer-support/").status_code == 200
        return len(queries)

    start(people["member"], title="Thread 0")
    count_queries()  # the first request fills per-site caches
    few = count_queries()
    for n in range(1, 12):
        start(people["member"], title=f"Thread {n}")
    assert count_queries() == few


def test_works_without_javascript_every_action_is_a_form(client, people, no_approval):
    thread = start(people["member"])
    client_for(client, people["member"])
    page = client.get(thread.get_absolute_url()).content.decode()
    assert f'action="/network/discussions/threads/{thread.pk}/reply/"' in page
    assert f'action="/network/discussions/follow/thread/{thread.pk}/"' in page


def test_spaces_can_have_their_own_audience(client, people, areas, no_approval):
    named = make_member(areas["other"], email="setmember@example.org")
    action_set = Space.objects.create(name="Set A", audience=Audience.SET)
    action_set.participants.add(named)
    thread = start(people["staff"], where=action_set, title="Set A follow-up")
    client_for(client, named)
    assert client.get(thread.get_absolute_url()).status_code == 200
    client_for(client, people["member"])
    assert client.get(thread.get_absolute_url()).status_code == 403
    assert "Set A" not in client.get("/network/discussions/").content.decode()


def test_a_thread_page_queries_do_not_grow_with_the_number_of_posts(
    client, people, colleague, no_approval, settings
):
    settings.DISCUSSION_RATE_LIMIT = 100
    thread = start(people["member"])
    client_for(client, colleague)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(thread.get_absolute_url()).status_code == 200
        return len(queries)

    count_queries()
    reply(thread, people["member"])  # something new to read: the reading is recorded
    few = count_queries()
    for n in range(10):
        reply(thread, people["member"] if n % 2 else colleague, f"Reply {n}")
    assert count_queries() == few
