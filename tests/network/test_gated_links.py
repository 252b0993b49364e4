"""Shared links to gated things explain themselves, and never give away what they link to.

Whoever follows a link to a thread, a post, session notes or their file, the directory or a
gated document is told what kind of thing it is, who it is for, how to sign in and how their
area can join: anonymous visitors with 200, signed-in outsiders with 403.
"""

import re
from types import SimpleNamespace

import pytest
from django.template.defaultfilters import urlencode
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Collection

from network import gate
from network.community.models import Post, Space, Thread
from network.models import GatedCollection, Membership
from tests.factories import make_document
from tests.network.discussions import reply, start
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db

MISSING = 999_999
SIGN_IN_TEXT = "Sign in"
NOT_IN_NETWORK = "because it is not in the network"
JOIN_LINK = f'href="{reverse("network:join")}"'


def link(url, missing, kind, secrets, reader):
    return SimpleNamespace(url=url, missing=missing, kind=kind, secrets=secrets, reader=reader)


@pytest.fixture
def links(people, gated, session, no_approval):
    """{kind: its URL, a URL like it to nothing, what it shows, and someone who may read it}."""
    thread = start(people["member"], title="Planning with Oakfield Academy", body="OAKFIELD-OPENER")
    post = reply(thread, people["member"], "OAKFIELD-REPLY")
    attachment = session.attachments.get()
    document = make_document(
        "oakfield-minutes.pdf",
        b"%PDF oakfield",
        title="Oakfield Academy minutes",
        collection=gated["private_document"].collection,
    )
    member = people["member"]
    member.first_name, member.last_name = "Imogen", "Quarrington"
    member.save(update_fields=["first_name", "last_name"])
    Membership.objects.filter(user=member).update(listed_in_directory=True)
    return {
        "thread": link(
            thread.get_absolute_url(),
            reverse("network:thread", args=[thread.space.slug, MISSING, thread.slug]),
            gate.DISCUSSION,
            ["Oakfield Academy", "OAKFIELD-OPENER"],
            member,
        ),
        "post": link(
            reverse("network:post", args=[post.pk]),
            reverse("network:post", args=[MISSING]),
            gate.POST,
            ["Oakfield Academy", "OAKFIELD-REPLY"],
            member,
        ),
        "session": link(
            session.get_absolute_url(),
            reverse("network:session", args=[MISSING]),
            gate.SESSION,
            [session.title, "CHAIRS-ONLY NOTES"],
            people["chair"],
        ),
        "attachment": link(
            reverse("network:session_attachment", args=[session.pk, attachment.pk]),
            reverse("network:session_attachment", args=[MISSING, MISSING]),
            gate.SESSION_FILE,
            [attachment.title, "agenda.pdf", "%PDF agenda"],
            people["chair"],
        ),
        "directory": link(
            reverse("network:directory"), None, gate.DIRECTORY, ["Quarrington"], member
        ),
        "document": link(
            document.url,
            f"/documents/{MISSING}/{document.filename}",
            gate.DOCUMENT,
            [document.title, "oakfield-minutes", "%PDF oakfield"],
            member,
        ),
    }


KINDS = ["thread", "post", "session", "attachment", "directory", "document"]
LOOKED_UP = [kind for kind in KINDS if kind != "directory"]


def page_apart_from_its_address(response, url):
    """The HTML without what any two requests differ in: the CSRF token, and the address
    asked for, which the sign-in link repeats so that signing in comes back to it."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())
    return html.replace(urlencode(url), "THIS-ADDRESS")


def assert_explains(response, gated, url, audience):
    """The page says what kind of thing this is and who it is for; its HTML is returned."""
    html = page_apart_from_its_address(response, url)
    assert response.templates[0].name == "network/gated_link.html"
    assert f"<h1>{escape(gated.heading)}</h1>" in html
    assert escape(gated.about) in html
    assert gate.FOR_WHOM[audience] in html
    return html


@pytest.mark.parametrize("kind", KINDS)
def test_anonymous_visitors_are_told_what_the_link_is_to_and_how_to_get_in(client, links, kind):
    item = links[kind]
    response = client.get(item.url)
    assert response.status_code == 200
    html = assert_explains(response, item.kind, item.url, item.kind.audience)
    assert f'href="{reverse("network:login")}?next=THIS-ADDRESS"' in html
    assert JOIN_LINK in html
    for secret in item.secrets:
        assert secret not in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("kind", LOOKED_UP)
def test_a_link_to_nothing_looks_the_same_to_anonymous_visitors(client, links, kind):
    item = links[kind]
    real, missing = client.get(item.url), client.get(item.missing)
    assert missing.status_code == real.status_code == 200
    assert page_apart_from_its_address(missing, item.missing) == page_apart_from_its_address(
        real, item.url
    )


@pytest.mark.parametrize("kind", KINDS)
def test_signed_in_people_outside_the_network_get_the_explanation_with_403(
    client, people, links, kind
):
    item = links[kind]
    response = client_for(client, people["registered"]).get(item.url)
    assert response.status_code == 403
    html = assert_explains(response, item.kind, item.url, item.kind.audience)
    assert NOT_IN_NETWORK in html and JOIN_LINK in html
    assert SIGN_IN_TEXT not in html.split("<main", 1)[1]
    for secret in item.secrets:
        assert secret not in html


@pytest.fixture
def chairs_only(people, links, gated):
    """A Chairs' thread, the session notes and a document in a Chairs' collection."""
    chairs_thread = start(
        people["chair"],
        title="Chairing when Oakfield Academy is absent",
        where=Space.objects.get(slug="chairs-action-learning"),
    )
    collection = Collection.get_first_root_node().add_child(name="Chairs' documents")
    GatedCollection.objects.create(collection=collection, audience="chairs")
    document = make_document("chairs.pdf", title="Oakfield Academy chairing", collection=collection)
    return {
        "thread": (chairs_thread.get_absolute_url(), gate.DISCUSSION, chairs_thread.title),
        "session": (links["session"].url, gate.SESSION, links["session"].secrets[0]),
        "document": (document.url, gate.DOCUMENT, document.title),
    }


@pytest.mark.parametrize("kind", ["thread", "session", "document"])
def test_a_member_who_is_not_a_chair_is_told_it_is_for_chairs_without_its_title(
    client, people, chairs_only, kind
):
    url, gated, title = chairs_only[kind]
    response = client_for(client, people["member"]).get(url)
    assert response.status_code == 403
    html = assert_explains(response, gated, url, "chairs")
    assert "ask them if your membership should have the Chair role" in html
    assert title not in html
    assert NOT_IN_NETWORK not in html and JOIN_LINK not in html  # already a member


def test_a_thread_waiting_for_a_moderator_is_explained_to_other_members_without_its_title(
    client, people, settings
):
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 1
    waiting = start(people["member"], title="Oakfield Academy question")
    assert waiting.awaiting_approval
    response = client_for(client, people["chair"]).get(waiting.get_absolute_url())
    assert response.status_code == 403
    html = response.content.decode()
    assert gate.FOR_WHOM[gate.WAITING] in html and "Oakfield Academy" not in html


@pytest.mark.parametrize("kind", KINDS)
def test_people_with_access_still_get_the_content(client, links, kind):
    item = links[kind]
    response = client_for(client, item.reader).get(item.url)
    if kind == "post":
        assert response.status_code == 302 and "#post-" in response.url
        response = client.get(response.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert item.secrets[-1].encode() in body


def test_signed_in_people_still_get_404_for_things_that_do_not_exist(client, people, links):
    client_for(client, people["registered"])
    for kind in LOOKED_UP:
        assert client.get(links[kind].missing).status_code == 404, kind


def test_anonymous_posts_are_sent_to_sign_in_and_change_nothing(client, links):
    thread = Thread.objects.get(title="Planning with Oakfield Academy")
    before = Post.objects.count()
    response = client.post(reverse("network:thread_reply", args=[thread.pk]), {"body": "Hello"})
    assert response.status_code == 302 and response.url.startswith(reverse("network:login"))
    assert Post.objects.count() == before


def test_the_explanation_never_enters_the_page_cache(client, people, links, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = links["thread"].url
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)
    response = client_for(client, people["member"]).get(url)
    assert "Oakfield Academy" in response.content.decode()
