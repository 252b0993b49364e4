"""Who is emailed about a new post, digests that never repeat, and leaving with one click."""

import re

import pytest
from django.test import Client

from network.community import moderation
from network.community.models import DigestItem, DiscussionSettings, Follow
from network.community.notifications import send_digests
from network.models import Membership
from tests.network.discussions import reply, space, start
from tests.network.helpers import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(areas, no_approval):
    return {
        name: make_member(areas["member"], email=f"{name}@example.org")
        for name in ("author", "follower", "space_follower", "replier", "digest_reader")
    }


def recipients(outbox):
    return sorted(address for message in outbox for address in message.to)


def test_a_reply_emails_followers_but_not_its_author(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = start(members["author"])
    Follow.objects.create(user=members["follower"], thread=thread)
    Follow.objects.create(user=members["space_follower"], space=space())
    Follow.objects.create(user=members["replier"], thread=thread)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"], "Our panel meets fortnightly.")
    assert recipients(mailoutbox) == [
        "author@example.org",  # authors follow their own threads
        "follower@example.org",
        "space_follower@example.org",
    ]
    message = next(m for m in mailoutbox if m.to == ["follower@example.org"])
    assert "Our panel meets fortnightly." in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/network/discussions/unfollow/" in message.extra_headers["List-Unsubscribe"]


def test_a_new_thread_emails_the_followers_of_its_space(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=members["space_follower"], space=space())
    with django_capture_on_commit_callbacks(execute=True):
        start(members["author"], title="Joint visits with schools")
    assert recipients(mailoutbox) == ["space_follower@example.org"]
    assert "Joint visits with schools" in mailoutbox[0].subject


def test_followers_who_lost_access_are_not_told(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    thread = start(members["author"])
    Follow.objects.create(user=members["follower"], thread=thread)
    Membership.objects.filter(user=members["follower"]).update(status=Membership.Status.SUSPENDED)
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"])
    assert "follower@example.org" not in recipients(mailoutbox)


def test_a_post_waiting_for_approval_is_announced_only_once_approved(
    members, people, mailoutbox, settings, django_capture_on_commit_callbacks
):
    thread = start(members["author"])
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 2
    newcomer = make_member(Membership.objects.get(user=members["author"]).area, email="n@e.org")
    with django_capture_on_commit_callbacks(execute=True):
        pending = reply(thread, newcomer, "My first reply")
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve_post(pending, people["staff"])
    assert recipients(mailoutbox) == ["author@example.org"]


def test_people_choose_digests_or_no_emails(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    thread = start(members["author"])
    for name, frequency in (("follower", "daily"), ("space_follower", "none")):
        DiscussionSettings.objects.create(user=members[name], frequency=frequency)
        Follow.objects.create(user=members[name], thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"], "Reply one")
        reply(thread, members["replier"], "Reply two")
    assert recipients(mailoutbox) == ["author@example.org", "author@example.org"]
    assert DigestItem.objects.filter(user=members["follower"]).count() == 2
    assert not DigestItem.objects.filter(user=members["space_follower"]).exists()


def test_a_digest_gathers_posts_once_and_is_never_repeated_or_empty(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    thread = start(members["author"], title="Digest thread")
    DiscussionSettings.objects.create(user=members["digest_reader"], frequency="daily")
    Follow.objects.create(user=members["digest_reader"], thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"], "First news")
        reply(thread, members["replier"], "Second news")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests("daily") == 1
    [digest] = mailoutbox
    assert digest.to == ["digest_reader@example.org"]
    assert "First news" in digest.body and "Second news" in digest.body
    assert "2 new posts" in digest.subject
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests("daily") == 0  # nothing new: no empty digest
        assert send_digests("weekly") == 0
    assert len(mailoutbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"], "Third news")
        send_digests("daily")
    assert len(mailoutbox) == 2
    assert "Third news" in mailoutbox[1].body
    assert "First news" not in mailoutbox[1].body  # never repeats an item


def test_a_digest_drops_posts_hidden_since_and_sends_nothing_if_none_are_left(
    members, people, mailoutbox, django_capture_on_commit_callbacks
):
    thread = start(members["author"])
    DiscussionSettings.objects.create(user=members["digest_reader"], frequency="weekly")
    Follow.objects.create(user=members["digest_reader"], thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        post = reply(thread, members["replier"], "To be hidden")
    moderation.hide_post(post, people["staff"], "Off topic")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests("weekly") == 0
    assert mailoutbox == []


def test_the_emailed_link_unfollows_with_one_post_and_no_sign_in(
    members, mailoutbox, django_capture_on_commit_callbacks
):
    thread = start(members["author"])
    Follow.objects.create(user=members["follower"], thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, members["replier"])
    message = next(m for m in mailoutbox if m.to == ["follower@example.org"])
    url = re.sub(r"^<https?://[^/]+", "", message.extra_headers["List-Unsubscribe"]).rstrip(">")
    client = Client(enforce_csrf_checks=True)
    assert client.get(url).status_code == 200
    assert Follow.objects.filter(user=members["follower"], thread=thread).exists()
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200
    assert not Follow.objects.filter(user=members["follower"], thread=thread).exists()
    tampered = url.replace("/unfollow/", "/unfollow/x")
    assert client.post(tampered).status_code == 400


def test_members_choose_their_email_frequency_in_their_profile(client, members):
    client.force_login(members["author"])
    page = client.get("/accounts/discussion-emails/")
    assert page.status_code == 200
    client.post("/accounts/discussion-emails/", {"frequency": "weekly"})
    assert DiscussionSettings.objects.get(user=members["author"]).frequency == "weekly"
    response = client.post("/accounts/discussion-emails/", {"frequency": "hourly"})
    assert response.status_code == 400
    assert DiscussionSettings.objects.get(user=members["author"]).frequency == "weekly"


def test_following_and_unfollowing_a_space_from_its_page(client, members):
    client.force_login(members["follower"])
    client.post(f"/network/discussions/follow/space/{space().pk}/", {"follow": "1"})
    assert Follow.objects.filter(user=members["follower"], space=space()).exists()
    client.post(f"/network/discussions/follow/space/{space().pk}/", {"follow": "0"})
    assert not Follow.objects.filter(user=members["follower"]).exists()
    assert client.post("/network/discussions/follow/area/1/").status_code == 404
