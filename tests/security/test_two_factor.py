"""Two-factor sign-in for everyone who can use the admin, over HTTP: the password alone shows
nothing of the admin or of personal data; a code from the authenticator app or a recovery code
(each once) opens it; wrong codes are refused, recorded and throttled; setting up, new recovery
codes, the reset command and the local development key."""

import importlib
import io
import re
from base64 import b32decode

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from network import two_factor
from network.models import AuditEvent, User
from tests.factories import UserFactory, make_home_page
from tests.two_factor import authenticator, code_now, give_code, sign_in_with_second_factor

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"  # the factories' password
CODE_PAGE = "/accounts/two-factor/"
SETUP_PAGE = "/accounts/two-factor/setup/"


@pytest.fixture(autouse=True)
def site(db):
    return make_home_page()


@pytest.fixture
def no_backoff(settings):
    """django-otp's own back-off (1, 2, 4… seconds after each wrong code) off, for tests that
    type a wrong code and then the right one at once."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.fixture
def editor():
    person = UserFactory(email="editor@example.org")
    person.groups.add(Group.objects.get(name="Editors"))
    return person


@pytest.fixture
def device(editor):
    return authenticator(editor)


def password_only(path="/accounts/login/", email="editor@example.org", next_url="/admin/"):
    """A client signed in with the password alone, through one of the two sign-in forms."""
    client = Client()
    response = client.post(
        f"{path}?next={next_url}", {"username": email, "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert "_auth_user_id" in client.session
    return client


def actions(action):
    return list(AuditEvent.objects.filter(action=action).order_by("pk"))


def stored_tokens():
    return set(StaticToken.objects.values_list("token", flat=True))


def digests(codes):
    """What the database should hold for these recovery codes: their digests, not the codes."""
    return {two_factor.recovery_code_digest(code) for code in codes}


def field_error(response):
    match = re.search(r'<p class="field__error" id="id_code_error">(.*?)</p>', response.text, re.S)
    return match and " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


# Nothing after the password alone ----------------------------------------------------------


@pytest.mark.parametrize("sign_in_form", ["/accounts/login/", "/admin/login/"])
def test_the_password_alone_sends_the_admin_to_the_code_page(device, sign_in_form):
    client = password_only(sign_in_form)
    for path in ("/admin/", "/admin/pages/", "/admin/audit-log/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"{CODE_PAGE}?next={path}"
    page = client.get(CODE_PAGE, {"next": "/admin/"})
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.text and 'inputmode="numeric"' in page.text


def test_personal_data_and_site_pages_wait_for_the_second_factor(device, editor):
    editor.groups.add(Group.objects.get(name="Data protection"))
    client = password_only()
    assert editor.has_perm("network.manage_personal_data")
    for path in ("/admin/personal-data/?email=member%40example.org", "/accounts/profile/", "/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(CODE_PAGE), path
    exported = client.post("/accounts/my-data/")
    assert exported.status_code == 302 and exported["Location"].startswith(CODE_PAGE)
    assert not actions("data export")


def test_someone_without_a_device_is_sent_to_set_one_up_first(editor):
    client = password_only()
    response = client.get("/admin/")
    assert response["Location"] == f"{SETUP_PAGE}?next=/admin/"
    assert client.get(CODE_PAGE, {"next": "/admin/"})["Location"] == response["Location"]


def test_a_superuser_needs_the_second_factor_too():
    User.objects.create_superuser("root@example.org", PASSWORD)
    client = password_only(email="root@example.org")
    assert client.get("/admin/")["Location"].startswith(SETUP_PAGE)


def test_signing_out_works_before_the_second_factor(device):
    client = password_only()
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_a_member_without_admin_access_is_never_asked(people):
    member = people["member"]
    client = password_only(email=member.email, next_url="/accounts/profile/")
    assert client.get("/accounts/profile/").status_code == 200
    assert client.get(CODE_PAGE)["Location"] == "/"
    assert client.get(SETUP_PAGE)["Location"] == "/"
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert "Two-factor sign-in" not in client.get("/accounts/profile/").text


# The code page -------------------------------------------------------------------------------


def test_the_right_code_opens_the_admin_and_goes_on_to_next(device):
    client = password_only()
    response = give_code(client, device, next_url="/admin/pages/")
    assert (response.status_code, response["Location"]) == (302, "/admin/pages/")
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_next_must_be_on_this_site(device):
    client = password_only()
    response = give_code(client, device, next_url="https://evil.example/admin/")
    assert response["Location"] == "/"


def test_a_wrong_code_gives_an_error_next_to_the_field_and_no_access(device, editor, no_backoff):
    client = password_only()
    response = client.post(CODE_PAGE, {"code": "000000", "next": "/admin/"})
    assert response.status_code == 200
    assert field_error(response).startswith("Error: That code is not right.")
    assert "There is a problem" in response.text
    assert client.get("/admin/").status_code == 302
    [failed] = actions("two-factor code failed")
    assert (failed.actor, failed.subject) == (editor, editor.email)
    assert give_code(client, device)["Location"] == "/"  # the right one still works


def test_a_recovery_code_works_once_only(device, editor):
    codes = two_factor.new_recovery_codes(editor)
    first = two_factor.code_for_people(codes[0])  # typed as shown: 1234-5678-9012
    client = password_only()
    response = client.post(CODE_PAGE, {"code": first, "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    [used] = actions("recovery code used")
    assert used.subject == editor.email and used.detail == {"codes_left": 9}
    assert stored_tokens() == digests(codes[1:])  # the used one is gone

    again = password_only()
    refused = again.post(CODE_PAGE, {"code": first, "next": "/admin/"})
    assert refused.status_code == 200 and field_error(refused)
    assert again.get("/admin/").status_code == 302


# Recovery codes in the database: keyed digests ------------------------------------------------


def test_the_database_holds_only_keyed_digests_of_recovery_codes(editor):
    codes = two_factor.new_recovery_codes(editor)
    tokens = stored_tokens()
    assert len(tokens) == 10 and tokens == digests(codes)
    assert all(len(token) == 16 and not token.isdigit() for token in tokens)
    assert not any(code in token or token in code for code in codes for token in tokens)
    with override_settings(SECRET_KEY="another-key-entirely"):  # keyed: SECRET_KEY matters
        assert not digests(codes) & tokens


def test_a_token_read_from_the_database_or_a_wrong_code_does_not_sign_in(device, editor):
    codes = two_factor.new_recovery_codes(editor)
    client = password_only()
    for typed in (*stored_tokens(), "1234-5678-9012"):
        refused = client.post(CODE_PAGE, {"code": typed, "next": "/admin/"})
        assert refused.status_code in (200, 429) and field_error(refused), typed
    assert client.get("/admin/").status_code == 302
    assert stored_tokens() == digests(codes)


def test_a_recovery_code_made_under_an_old_secret_key_works_while_it_is_a_fallback(
    device, editor, no_backoff
):
    with override_settings(SECRET_KEY="the-old-key"):
        codes = two_factor.new_recovery_codes(editor)
    with override_settings(SECRET_KEY="the-new-key", SECRET_KEY_FALLBACKS=[]):
        refused = password_only().post(CODE_PAGE, {"code": codes[0], "next": "/admin/"})
        assert refused.status_code == 200 and field_error(refused)
    with override_settings(SECRET_KEY="the-new-key", SECRET_KEY_FALLBACKS=["the-old-key"]):
        client = password_only()
        response = client.post(CODE_PAGE, {"code": codes[0], "next": "/admin/"})
        assert response["Location"] == "/admin/"
        assert two_factor.recovery_codes_left(editor) == 9
        again = password_only().post(CODE_PAGE, {"code": codes[0], "next": "/admin/"})
        assert again.status_code == 200 and field_error(again)


def test_fallback_keys_add_nothing_to_django_otps_back_off(device, editor):
    with override_settings(SECRET_KEY="the-old-key"):
        codes = two_factor.new_recovery_codes(editor)
    keys = {"SECRET_KEY": "the-new-key", "SECRET_KEY_FALLBACKS": ["another-key", "the-old-key"]}
    with override_settings(**keys):
        # Not refused as a wrong code under the new key first, which would lock the device.
        response = password_only().post(CODE_PAGE, {"code": codes[0], "next": "/admin/"})
        assert response["Location"] == "/admin/"
        with override_settings(OTP_STATIC_THROTTLE_FACTOR=0):  # every wrong code is counted
            password_only().post(CODE_PAGE, {"code": "1234-5678-9012"})
    assert two_factor.recovery_device(editor).throttling_failure_count == 1


def test_the_migration_replaces_plain_recovery_codes_with_their_digests(device, editor):
    migration = importlib.import_module("network.migrations.0019_digest_recovery_codes")
    recovery = StaticDevice.objects.create(user=editor, name="Recovery codes", confirmed=True)
    plain = "123456789012"
    kept = two_factor.recovery_code_digest("987654321098")
    for token in (plain, kept, "abcdefgh2345", "12345"):  # not 12 digits: left as they are
        StaticToken.objects.create(device=recovery, token=token)

    migration.digest_plain_recovery_codes(django_apps, None)

    assert stored_tokens() == {
        two_factor.recovery_code_digest(plain),
        kept,
        "abcdefgh2345",
        "12345",
    }
    client = password_only()
    assert client.post(CODE_PAGE, {"code": plain, "next": "/admin/"})["Location"] == "/admin/"
    assert not StaticToken.objects.filter(token=two_factor.recovery_code_digest(plain)).exists()


def test_wrong_codes_are_limited_per_person_with_429_and_retry_after(device, no_backoff):
    client = password_only()
    for _ in range(5):
        assert client.post(CODE_PAGE, {"code": "000000"}).status_code == 200
    refused = client.post(CODE_PAGE, {"code": code_now(device)})
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 900
    assert "Too many wrong codes. Wait" in field_error(refused)
    assert client.get("/admin/").status_code == 302
    # Another connection (or sign-in) of the same person is limited too.
    assert password_only().post(CODE_PAGE, {"code": "000000"}).status_code == 429


def test_django_otps_back_off_refuses_even_the_right_code_straight_after_a_wrong_one(device):
    client = password_only()
    client.post(CODE_PAGE, {"code": "000000"})
    refused = client.post(CODE_PAGE, {"code": code_now(device)})
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert client.get("/admin/").status_code == 302


# Setting up ----------------------------------------------------------------------------------


def test_setting_up_confirms_the_app_and_shows_ten_recovery_codes_once(editor, no_backoff):
    client = password_only()
    page = client.get(SETUP_PAGE, {"next": "/admin/"})
    assert page.status_code == 200
    assert '<svg role="img"' in page.text and "QR code of your sign-in key" in page.text
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    key = re.search(r'<p class="two-factor__key"><code>([A-Z2-7 ]+)</code>', page.text).group(1)
    assert b32decode(key.replace(" ", "")) == device.bin_key
    assert client.get(SETUP_PAGE).text.count(key) == 1  # reloading keeps the same key

    wrong = client.post(SETUP_PAGE, {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 200 and field_error(wrong)
    assert client.get("/admin/").status_code == 302

    done = client.post(SETUP_PAGE, {"code": code_now(device), "next": "/admin/"})
    assert done["Location"] == "/accounts/two-factor/recovery-codes/"
    shown = client.get(done["Location"])
    codes = re.findall(r"<li><code>(\d{4}-\d{4}-\d{4})</code></li>", shown.text)
    assert len(codes) == 10 and "Store these safely now" in shown.text
    assert 'href="/admin/"' in shown.text  # continue to where they were going
    assert client.get(done["Location"])["Location"] == "/accounts/profile/"  # shown once
    device.refresh_from_db()
    assert device.confirmed
    assert two_factor.recovery_codes_left(editor) == 10
    assert stored_tokens() == digests(code.replace("-", "") for code in codes)  # not the codes
    assert client.get("/admin/").status_code == 200
    [set_up] = actions("two-factor set up")
    assert set_up.subject == editor.email and set_up.detail == {"recovery_codes": 10}


def test_the_set_up_page_sends_people_with_an_app_to_the_code_page(device):
    client = password_only()
    assert client.get(SETUP_PAGE, {"next": "/admin/"})["Location"] == f"{CODE_PAGE}?next=/admin/"


# The profile: new recovery codes ------------------------------------------------------------


def test_new_recovery_codes_need_a_current_code_and_replace_the_old(client, editor, no_backoff):
    old = two_factor.new_recovery_codes(editor)
    sign_in_with_second_factor(client, editor)
    profile = client.get("/accounts/profile/").text
    assert "Two-factor sign-in" in profile
    assert "<strong>10</strong> unused recovery codes" in profile
    wrong = client.post("/accounts/two-factor/recovery-codes/new/", {"code": "123456"})
    assert field_error(wrong)
    assert stored_tokens() == digests(old)

    made = client.post(
        "/accounts/two-factor/recovery-codes/new/", {"code": code_now(authenticator(editor))}
    )
    shown = client.get(made["Location"]).text
    new = [code.replace("-", "") for code in re.findall(r"\d{4}-\d{4}-\d{4}", shown)]
    assert len(new) == 10 and not set(new) & set(old)
    assert stored_tokens() == digests(new)  # only digests: no code is in the database
    assert "Your old recovery codes no longer work." in shown
    assert [e.subject for e in actions("recovery codes regenerated")] == [editor.email]


# Lost devices: the reset command -------------------------------------------------------------


def test_the_reset_command_removes_the_devices_signs_out_and_records_why(editor, device):
    two_factor.new_recovery_codes(editor)
    signed_in = sign_in_with_second_factor(Client(), editor)
    assert signed_in.get("/admin/").status_code == 200
    out = io.StringIO()
    call_command("reset_two_factor", "Editor@Example.org", reason="Phone lost", stdout=out)
    assert "removed 1 authenticator app and 10 unused recovery codes" in out.getvalue()
    assert "Signed out of 1 session." in out.getvalue()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert two_factor.recovery_codes_left(editor) == 0
    assert signed_in.get("/admin/")["Location"].startswith("/admin/login/")
    [reset] = actions("two-factor reset")
    assert (reset.subject, reset.actor_label) == (editor.email, "manage.py reset_two_factor")
    assert reset.detail == {
        "reason": "Phone lost",
        "authenticator_apps": 1,
        "recovery_codes": 10,
        "sessions_ended": 1,
    }
    # At the next sign-in they set up a new app.
    assert password_only().get("/admin/")["Location"].startswith(SETUP_PAGE)


def test_the_reset_command_needs_a_known_address_and_a_reason(editor, device):
    with pytest.raises(CommandError, match="No account has the address"):
        call_command("reset_two_factor", "nobody@example.org", reason="Lost")
    with pytest.raises(CommandError, match="reason"):
        call_command("reset_two_factor", editor.email, reason="  ")
    with pytest.raises(CommandError, match="--reason"):
        call_command("reset_two_factor", editor.email)
    assert TOTPDevice.objects.filter(user=editor).exists()
    assert not actions("two-factor reset")


def test_erasing_an_account_removes_its_authenticator_key_and_recovery_codes(editor, device):
    from network.data_export import Person
    from network.erasure import erase_person

    two_factor.new_recovery_codes(editor)
    erase_person(Person.of_user(editor))
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.exists()


# Local development ---------------------------------------------------------------------------


def test_the_local_admin_signs_in_with_the_development_key_and_its_printed_code(settings):
    settings.DEBUG = True
    call_command("ensure_local_admin", stdout=io.StringIO())
    admin = User.objects.get(email="admin@example.org")
    device = two_factor.app_device(admin)
    assert device.key == two_factor.development_key_hex()
    client = Client()
    client.post(
        "/admin/login/", {"username": "admin@example.org", "password": "planning-for-safety-local"}
    )
    out = io.StringIO()
    call_command("two_factor_code", "admin@example.org", stdout=out, stderr=io.StringIO())
    code = out.getvalue().strip()
    assert client.post(CODE_PAGE, {"code": code, "next": "/admin/"})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    call_command("ensure_local_admin", stdout=io.StringIO())  # again: nothing new
    assert TOTPDevice.objects.filter(user=admin).count() == 1


def test_the_code_command_refuses_without_debug_and_for_real_keys(settings, device, editor):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("two_factor_code", editor.email)
    settings.DEBUG = True
    with pytest.raises(CommandError, match="no authenticator app with the development key"):
        call_command("two_factor_code", editor.email)
    with pytest.raises(RuntimeError):
        settings.DEBUG = False
        two_factor.ensure_development_device(UserFactory())
