"""Each role against each discussion URL: the status code, and never the content."""

import pytest

from network.community.models import Space
from tests.network.discussions import reply, start
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db

LOGIN = "login"  # a redirect to the sign-in page
EXPLAINED = "explained"  # 200: what kind of thing the link is to and how to get in
KINDS = [
    "spaces",
    "members_space",
    "members_thread",
    "chairs_space",
    "chairs_thread",
    "new_thread",
    "permalink",
    "report",
    "chairs_edit",
    "email_settings",
]
MATRIX = {
    "anonymous": [EXPLAINED] * 9 + [LOGIN],
    "registered": [403, 403, 403, 403, 403, 403, 403, 403, 403, 200],
    "applicant": [403, 403, 403, 403, 403, 403, 403, 403, 403, 200],
    "member": [200, 200, 200, 403, 403, 200, 200, 200, 403, 200],
    "chair": [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    "left_area_member": [403, 403, 403, 403, 403, 403, 403, 403, 403, 200],
    "spoc": [200, 200, 200, 403, 403, 200, 200, 200, 403, 200],
    "staff": [200, 200, 200, 200, 200, 200, 200, 200, 302, 200],
    "moderator": [200, 200, 200, 200, 200, 200, 200, 200, 302, 200],
    "network_admin": [200, 200, 200, 200, 200, 200, 200, 200, 302, 200],
    "data_protection": [403, 403, 403, 403, 403, 403, 403, 403, 403, 200],
}
SECRET = {"members_thread": "MEMBERS-THREAD-BODY", "chairs_thread": "CHAIRS-THREAD-BODY"}


@pytest.fixture
def discussions(people, no_approval):
    members_thread = start(people["member"], body="MEMBERS-THREAD-BODY")
    chairs = Space.objects.get(slug="chairs-action-learning")
    chairs_thread = start(people["chair"], body="CHAIRS-THREAD-BODY", where=chairs)
    return {
        "spaces": "/network/discussions/",
        "members_space": "/network/discussions/peer-support/",
        "members_thread": members_thread.get_absolute_url(),
        "chairs_space": "/network/discussions/chairs-action-learning/",
        "chairs_thread": chairs_thread.get_absolute_url(),
        "new_thread": "/network/discussions/peer-support/new/",
        "permalink": f"/network/discussions/posts/{reply(members_thread, people['member']).pk}/",
        "report": f"/network/discussions/posts/{members_thread.posts.first().pk}/report/",
        # The chair's own post: only its author may edit (staff are sent back to the post).
        "chairs_edit": f"/network/discussions/posts/{chairs_thread.posts.first().pk}/edit/",
        "email_settings": "/accounts/discussion-emails/",
    }


CASES = [
    (role, kind, expected)
    for role, row in MATRIX.items()
    for kind, expected in zip(KINDS, row, strict=True)
]


@pytest.mark.parametrize(("role", "kind", "expected"), CASES)
def test_discussion_permission_matrix(client, people, discussions, role, kind, expected):
    response = client_for(client, people[role]).get(discussions[kind])
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
        return
    if kind == "permalink" and expected == 200:
        assert response.status_code == 302 and "#post-" in response.url
        return
    if expected == EXPLAINED:
        assert response.status_code == 200
        assert "network/gated_link.html" in [template.name for template in response.templates]
    else:
        assert response.status_code == expected
    if kind in SECRET:
        assert (SECRET[kind] in response.content.decode()) is (expected == 200)


@pytest.mark.parametrize("role", ["anonymous", "registered", "member", "left_area_member"])
def test_outsiders_cannot_post_reply_or_moderate_in_the_chairs_space(
    client, people, discussions, role
):
    from network.community.models import Post, Thread

    chairs_thread = Thread.objects.get(space__slug="chairs-action-learning")
    client_for(client, people[role])
    before = Post.objects.count()
    client.post("/network/discussions/chairs-action-learning/new/", {"title": "x", "body": "y"})
    client.post(f"/network/discussions/threads/{chairs_thread.pk}/reply/", {"body": "y"})
    client.post(f"/network/discussions/threads/{chairs_thread.pk}/moderate/", {"action": "lock"})
    chairs_thread.refresh_from_db()
    assert Post.objects.count() == before and not chairs_thread.is_locked


def test_outsiders_never_see_threads_posts_or_sessions_through_the_policy(people, discussions):
    from network.community.models import Post, Thread
    from network.learning.models import ActionLearningSession

    for role in ("anonymous", "registered", "applicant", "left_area_member"):
        person = people[role]
        assert not Thread.objects.visible_to(person).exists()
        assert not Post.objects.visible_to(person).exists()
        assert not ActionLearningSession.objects.visible_to(person).exists()
    member_titles = set(
        Thread.objects.visible_to(people["member"]).values_list("space__slug", flat=True)
    )
    assert member_titles == {"peer-support"}
    assert Post.objects.visible_to(people["staff"]).count() == 3


def test_threads_posts_and_session_notes_are_in_the_search_index(
    people, discussions, search_backend
):
    """Their search fields are indexed (search, issue #8, filters them by the policy)."""
    from network.community.models import Post, Thread
    from network.learning.models import ActionLearningSession

    session = ActionLearningSession.objects.create(
        title="Agendas that keep contexts in view",
        space=Space.objects.get(slug="chairs-action-learning"),
        notes="<p>Chairs tried a decision log.</p>",
    )
    for item in [*Thread.objects.all(), *Post.objects.all(), session]:
        search_backend.add(item)
    search_backend.refresh_indexes()
    assert Thread.objects.count() == 2
    assert len(search_backend.search("run ROTH panels", Thread, operator="and")) == 2
    assert {
        post.pk for post in search_backend.search("MEMBERS-THREAD-BODY", Post, operator="and")
    } == {Thread.objects.get(space__slug="peer-support").posts.first().pk}
    assert [
        found.pk
        for found in search_backend.search("decision log", ActionLearningSession, operator="and")
    ] == [session.pk]


def test_moderators_see_waiting_and_hidden_posts_and_other_staff_do_not(people, discussions):
    from network.community import moderation
    from network.community.models import Post, Thread
    from tests.network.discussions import start

    waiting = start(people["member"], title="Waiting")
    Post.objects.filter(thread=waiting).update(state=Post.State.PENDING)
    Thread.objects.filter(pk=waiting.pk).update(awaiting_approval=True)
    members_thread = Thread.objects.get(space__slug="peer-support", title__startswith="How do")
    hidden = reply(members_thread, people["member"])
    moderation.hide_post(hidden, people["moderator"], "Names a place")
    assert Thread.objects.visible_to(people["moderator"]).filter(pk=waiting.pk).exists()
    assert Post.objects.visible_to(people["moderator"]).filter(pk=hidden.pk).exists()
    for role in ("staff", "network_admin", "chair"):
        assert not Thread.objects.visible_to(people[role]).filter(pk=waiting.pk).exists(), role
        assert not Post.objects.visible_to(people[role]).filter(pk=hidden.pk).exists(), role


@pytest.mark.parametrize(("role", "may"), [("moderator", True), ("staff", False)])
def test_only_moderators_lock_threads(client, people, discussions, role, may):
    from network.community.models import Thread

    thread = Thread.objects.get(space__slug="chairs-action-learning")
    client_for(client, people[role]).post(
        f"/network/discussions/threads/{thread.pk}/moderate/", {"action": "lock"}
    )
    thread.refresh_from_db()
    assert thread.is_locked is may
