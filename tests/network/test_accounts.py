"""Accounts: email sign-in, the custom user model and the local admin command."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from home.models import OutgoingEmail
from network.management.commands.ensure_local_admin import LOCAL_ADMIN_EMAIL
from tests.factories import UserFactory, make_home_page

pytestmark = pytest.mark.django_db


def test_users_have_no_username_and_sign_in_by_email():
    User = get_user_model()
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(User(), "username") or User().username is None


def test_email_addresses_are_stored_in_lower_case_and_unique():
    user = UserFactory(email="Chair@Example.ORG")
    assert user.email == "chair@example.org"
    with pytest.raises(IntegrityError):
        UserFactory(email="CHAIR@example.org")


def test_sign_in_with_email_in_any_case(client):
    make_home_page()
    UserFactory(email="member@example.org")
    response = client.post(
        "/accounts/login/",
        {"username": " Member@Example.org ", "password": "correct-horse-battery"},
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


def test_wrong_password_shows_the_error_next_to_the_form(client):
    make_home_page()
    UserFactory(email="member@example.org")
    response = client.post(
        "/accounts/login/", {"username": "member@example.org", "password": "wrong-password"}
    )
    assert response.status_code == 200
    assert "Enter a correct email address and password" in response.content.decode()
    assert not client.session.get("_auth_user_id")


def test_login_page_labels_its_fields(client):
    make_home_page()
    html = client.get("/accounts/login/").content.decode()
    assert '<label for="id_username">Email address</label>' in html
    assert '<label for="id_password">Password</label>' in html
    assert 'autocomplete="current-password"' in html


def test_the_password_rules_are_a_list_in_a_block_hint_not_inside_a_paragraph(client):
    """Django's password rules are a list, which a paragraph cannot hold (invalid HTML)."""
    make_home_page()
    client.force_login(UserFactory())
    html = client.get("/accounts/password/").content.decode()
    assert '<div class="field__hint" id="id_new_password1_helptext"><ul>' in html


def test_sign_out_is_a_post_and_ends_the_session(client):
    make_home_page()
    client.force_login(UserFactory())
    assert client.get("/accounts/logout/").status_code == 405
    client.post("/accounts/logout/")
    assert not client.session.get("_auth_user_id")


def test_password_reset_sends_a_link_that_lets_the_person_choose_a_new_password(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    user = UserFactory(email="member@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password-reset/", {"email": "member@example.org"})
    assert response.status_code == 302
    [message] = mailoutbox
    assert message.to == ["member@example.org"]
    link = next(line for line in message.body.splitlines() if "/accounts/password-reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-much-longer-passphrase", "new_password2": "a-much-longer-passphrase"},
    )
    user.refresh_from_db()
    assert user.check_password("a-much-longer-passphrase")


def test_password_reset_answers_the_same_for_unknown_addresses(client):
    make_home_page()
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response.url == "/accounts/password-reset/sent/"
    assert not OutgoingEmail.objects.exists()


def test_local_admin_is_created_once_when_debug_is_on(settings):
    settings.DEBUG = True
    call_command("ensure_local_admin")
    call_command("ensure_local_admin")
    admin = get_user_model().objects.get(email=LOCAL_ADMIN_EMAIL)
    assert admin.is_superuser
    assert admin.check_password("planning-for-safety-local")


def test_local_admin_is_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("ensure_local_admin")
    assert not get_user_model().objects.filter(email=LOCAL_ADMIN_EMAIL).exists()
