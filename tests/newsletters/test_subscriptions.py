"""Double opt-in, signed links, preferences and leaving, for visitors and members."""

import re
import time

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from newsletters import links
from newsletters.models import Subscriber
from newsletters.subscriptions import CONSENT_TEXT, expire_unconfirmed
from tests.factories import UserFactory, make_home_page
from tests.newsletters.helpers import make_subscriber, two_topics

pytestmark = pytest.mark.django_db


def sign_up(client, email="reader@example.org", topics=(), source="home", **extra):
    data = {"email": email, "topics": [t.pk for t in topics], "consent": "on", "source": source}
    return client.post("/subscribe/", {**data, **extra})


def link_in(message, name):
    match = re.search(rf"https?://\S+/subscription/\S+/{name}/", message.body)
    return match.group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_sign_up_records_consent_and_emails_a_confirmation_link(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    first, second = two_topics()
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, topics=[first, second])
    assert response.status_code == 302
    assert response["Location"] == "/subscribe/check-your-email/"
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_text == CONSENT_TEXT
    assert subscriber.consent_source == "home"
    assert abs(timezone.now() - subscriber.consent_at).total_seconds() < 60
    assert set(subscriber.topics.all()) == {first, second}
    [message] = mailoutbox
    assert message.to == ["reader@example.org"]
    assert "Confirm your subscription" in message.subject
    assert "/confirm/" in message.body


def test_confirm_link_shows_a_button_and_only_a_post_confirms(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    confirm = path_of(link_in(mailoutbox[0], "confirm"))
    page = client.get(confirm)
    assert page.status_code == 200
    assert b"Confirm my subscription" in page.content
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    response = client.post(confirm)
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert client.get(response["Location"]).status_code == 200


def test_sign_up_answers_the_same_whether_or_not_the_address_is_known(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    make_subscriber("known@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = sign_up(client, email="known@example.org")
        unknown = sign_up(client, email="new@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # The owner of a known address is reminded of their link; nothing about it changes.
    reminder, confirmation = mailoutbox
    assert "already subscribed" in reminder.subject
    assert "/confirm/" not in reminder.body
    assert "Confirm" in confirmation.subject
    assert Subscriber.objects.get(email="known@example.org").status == "confirmed"


def test_a_known_address_is_matched_whatever_its_letter_case(
    client, django_capture_on_commit_callbacks
):
    make_home_page()
    make_subscriber("Known@Example.org")
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, email="known@example.ORG")
    assert Subscriber.objects.count() == 1


def test_confirmation_emails_are_not_repeated_within_ten_minutes(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
        sign_up(client)
    assert len(mailoutbox) == 1


def test_form_errors_are_shown_next_to_the_field_and_nothing_is_saved(client):
    make_home_page()
    response = client.post("/subscribe/", {"email": "not-an-address", "source": "home"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Enter a valid email address." in content
    assert "Tick the box to agree to receive the newsletter." in content
    assert 'value="not-an-address"' in content
    assert not Subscriber.objects.exists()


def test_unknown_topic_ids_are_a_form_error_not_a_crash(client):
    make_home_page()
    response = client.post(
        "/subscribe/",
        {"email": "a@example.org", "consent": "on", "source": "home", "topics": ["9999", "x"]},
    )
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_the_hidden_trap_field_saves_nothing_but_answers_as_usual(client, mailoutbox):
    make_home_page()
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "1" + token,
        lambda token: signing.dumps([1, "guess"], salt="wrong-salt"),
        lambda token: "not-a-token",
    ],
    ids=["signature", "payload", "other-salt", "garbage"],
)
def test_tampered_links_are_refused(client, tamper):
    make_home_page()
    subscriber = make_subscriber("reader@example.org", status=Subscriber.Status.PENDING)
    token = links.make_token(subscriber, links.CONFIRM)
    for name in ("confirm", "unsubscribe"):
        response = client.post(f"/subscription/{tamper(token)}/{name}/")
        assert response.status_code == 400
        assert b"This link" in response.content
    assert client.get(f"/subscription/{tamper(token)}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_a_manage_link_cannot_be_used_to_confirm(client):
    make_home_page()
    subscriber = make_subscriber("reader@example.org", status=Subscriber.Status.PENDING)
    manage_token = links.make_token(subscriber, links.MANAGE)
    assert client.post(f"/subscription/{manage_token}/confirm/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_confirmation_links_expire_after_the_configured_days(client, settings, monkeypatch):
    make_home_page()
    settings.NEWSLETTER_CONFIRM_DAYS = 3
    subscriber = make_subscriber("reader@example.org", status=Subscriber.Status.PENDING)
    issued = time.time() - 4 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: issued)
    token = links.make_token(subscriber, links.CONFIRM)
    monkeypatch.undo()
    response = client.post(f"/subscription/{token}/confirm/")
    assert response.status_code == 400
    assert b"expired" in response.content
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_unconfirmed_sign_ups_are_removed_after_the_configured_days(settings):
    settings.NEWSLETTER_CONFIRM_DAYS = 7
    now = timezone.now()
    old = make_subscriber("old@example.org", status=Subscriber.Status.PENDING)
    Subscriber.objects.filter(pk=old.pk).update(consent_at=now - timezone.timedelta(days=8))
    make_subscriber("recent@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("confirmed@example.org")
    returning = make_subscriber("back@example.org", status=Subscriber.Status.PENDING)
    Subscriber.objects.filter(pk=returning.pk).update(
        consent_at=now - timezone.timedelta(days=8), confirmed_at=now - timezone.timedelta(days=90)
    )
    assert expire_unconfirmed(now) == (1, 1)
    assert set(Subscriber.objects.values_list("email", "status")) == {
        ("recent@example.org", "pending"),
        ("confirmed@example.org", "confirmed"),
        ("back@example.org", "unsubscribed"),
    }


def test_unsubscribe_link_asks_first_and_a_one_click_post_needs_no_csrf_token():
    make_home_page()
    subscriber = make_subscriber("reader@example.org")
    url = path_of(links.unsubscribe_url(subscriber))
    client = Client(enforce_csrf_checks=True)
    assert client.get(url).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed  # link scanners that open the link change nothing
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_manage_link_changes_topics_and_can_unsubscribe_and_subscribe_again(client):
    make_home_page()
    first, second = two_topics()
    subscriber = make_subscriber("reader@example.org", topics=[first])
    url = path_of(links.manage_url(subscriber))
    response = client.post(url, {"action": "save", "topics": [second.pk]})
    assert response.status_code == 302
    assert list(subscriber.topics.all()) == [second]
    client.post(url, {"action": "unsubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert b"Subscribe again" in client.get(url).content
    client.post(url, {"action": "resubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed
    assert subscriber.consent_source == Subscriber.Source.MANAGE_LINK


def test_an_old_confirmation_link_does_not_undo_an_unsubscribe(client):
    make_home_page()
    subscriber = make_subscriber("reader@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    token = links.make_token(subscriber, links.CONFIRM)
    assert client.post(f"/subscription/{token}/confirm/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_member_subscribes_from_their_profile_with_a_confirmation_email(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    person = UserFactory(email="member@example.org")
    client.force_login(person)
    assert b"/accounts/newsletter/" in client.get("/accounts/profile/").content
    first, _ = two_topics()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/newsletter/", {"topics": [first.pk]})
    assert response.status_code == 302
    subscriber = Subscriber.objects.get(email="member@example.org")
    assert subscriber.consent_source == Subscriber.Source.PROFILE
    assert subscriber.status == Subscriber.Status.PENDING
    assert "/confirm/" in mailoutbox[0].body


def test_member_with_a_subscription_manages_it_from_their_profile(client):
    make_home_page()
    person = UserFactory(email="member@example.org")
    subscriber = make_subscriber("member@example.org")
    client.force_login(person)
    page = client.get("/accounts/newsletter/")
    assert b"Save my preferences" in page.content
    client.post("/accounts/newsletter/", {"action": "unsubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_profile_newsletter_page_needs_sign_in(client):
    make_home_page()
    response = client.get("/accounts/newsletter/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_sign_up_forms_are_on_the_home_page_and_in_the_footer(client, newsletter_index):
    home = client.get("/").content.decode()
    assert 'name="source" value="home"' in home
    assert 'name="source" value="footer"' not in home  # one form per page is enough
    about = client.get("/newsletters/").content.decode()
    assert 'name="source" value="newsletter"' in about
    search = client.get("/search/").content.decode()
    assert 'name="source" value="footer"' in search
    assert 'id="id_footer_email"' in search


def test_a_footer_sign_up_with_an_error_shows_the_full_page_with_the_error(client):
    make_home_page()
    response = client.post("/subscribe/", {"email": "", "consent": "on", "source": "footer"})
    assert response.status_code == 400
    assert b"Enter your email address." in response.content
