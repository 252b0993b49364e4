"""Security headers on every kind of response, cookie flags, and the admin's shorter session."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from network.sessions import REFRESH_SECONDS, RESTARTED_KEY
from tests.config.test_settings_startup import PRODUCTION, load_settings
from tests.factories import UserFactory, make_home_page
from tests.two_factor import authenticator, give_code, sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(db):
    return make_home_page()


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )


@pytest.mark.parametrize(
    "path", ["/", "/accounts/login/", "/search/?q=safety", "/does-not-exist/", "/healthz"]
)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    policy = directives(response)
    assert policy["script-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"


def test_public_pages_have_no_inline_script_that_the_policy_would_block(client):
    html = client.get("/").content.decode()
    for tag in html.split("<script")[1:]:
        opening = tag.split(">", 1)[0]
        assert "src=" in opening or "application/ld+json" in opening or "json" in opening


def test_the_admin_allows_wagtails_inline_scripts_but_only_framing_by_this_site(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    sign_in_with_second_factor(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["frame-ancestors"] == "'self'"


def test_members_stay_signed_in_for_two_weeks_and_admin_users_for_two_idle_hours():
    member = UserFactory(password="a-long-member-passphrase")
    member_client = Client()
    member_client.post(
        "/accounts/login/", {"username": member.email, "password": "a-long-member-passphrase"}
    )
    assert member_client.session.get_expiry_age() == 14 * 24 * 60 * 60

    editor = UserFactory(password="a-long-editor-passphrase")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    editor_client = Client()
    editor_client.post(
        "/accounts/login/", {"username": editor.email, "password": "a-long-editor-passphrase"}
    )
    give_code(editor_client, authenticator(editor))
    assert editor_client.session.get_expiry_age() == 120 * 60
    assert editor_client.cookies["sessionid"]["max-age"] == 120 * 60
    # A request within a minute of the last restart writes nothing; a later one restarts
    # the idle timer (the session is saved and the cookie sent again).
    assert "sessionid" not in editor_client.get("/").cookies
    session = editor_client.session
    session[RESTARTED_KEY] -= REFRESH_SECONDS
    session.save()
    response = editor_client.get("/")
    assert response.cookies["sessionid"]["max-age"] == 120 * 60


def test_production_cookies_are_secure_http_only_and_same_site_and_hsts_is_on():
    values = load_settings(
        [
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SESSION_COOKIE_SAMESITE",
            "CSRF_COOKIE_SAMESITE",
            "SECURE_HSTS_SECONDS",
            "SECURE_SSL_REDIRECT",
            "AUTH_PASSWORD_VALIDATORS",
        ],
        **PRODUCTION,
    )
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_SSL_REDIRECT"] is True
    assert len(values["AUTH_PASSWORD_VALIDATORS"]) == 4


def test_a_short_password_is_refused_with_a_message(client):
    member = UserFactory(password="a-long-member-passphrase")
    client.force_login(member)
    response = client.post(
        "/accounts/password/",
        {
            "old_password": "a-long-member-passphrase",
            "new_password1": "short1",
            "new_password2": "short1",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()


def test_links_in_sent_emails_keep_working_while_the_secret_key_is_rotated(settings):
    from events.links import booking_from_token, booking_token
    from events.models import Booking, EventIndexPage
    from newsletters import links
    from tests.events.helpers import booking_details, make_event
    from tests.factories import publish
    from tests.newsletters.helpers import make_subscriber

    index = publish(make_home_page(), EventIndexPage(title="Events", slug="ev", intro="<p>x</p>"))
    event = make_event(index)
    booking = Booking.objects.create(event=event, consented_at=event.start, **booking_details())
    subscriber = make_subscriber("reader@example.org")
    settings.SECRET_KEY = "old-key-" + "a" * 50
    old_booking_link, old_manage_link = (
        booking_token(booking),
        links.make_token(subscriber, links.MANAGE),
    )
    settings.SECRET_KEY = "new-key-" + "b" * 50
    assert booking_from_token(event, old_booking_link) is None  # without the old key: refused
    settings.SECRET_KEY_FALLBACKS = ["old-key-" + "a" * 50]
    assert booking_from_token(event, old_booking_link) == booking
    assert links.subscriber_from_token(old_manage_link, links.MANAGE) == subscriber
