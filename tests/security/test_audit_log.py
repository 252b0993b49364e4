"""The audit log: who signed in (or failed to), changed roles, approved, moderated, exported."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.log_actions import LogContext

from network.community import moderation
from network.joining import decide_membership
from network.models import AuditEvent, Membership
from tests.factories import UserFactory, make_home_page
from tests.network.discussions import start
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def site(db):
    make_home_page()


def actions():
    return list(AuditEvent.objects.order_by("pk").values_list("action", "actor_label", "subject"))


def test_sign_ins_and_failed_sign_ins_are_recorded_with_the_address(client):
    person = UserFactory(email="member@example.org")
    client.post("/accounts/login/", {"username": "member@example.org", "password": "wrong"},
                REMOTE_ADDR="203.0.113.5")  # fmt: skip
    client.post("/accounts/login/", {"username": "member@example.org", "password": PASSWORD},
                REMOTE_ADDR="203.0.113.5")  # fmt: skip
    failed, signed_in = AuditEvent.objects.order_by("pk")
    assert (failed.action, failed.subject, failed.actor) == (
        "sign-in failed", "member@example.org", None,
    )  # fmt: skip
    assert (signed_in.action, signed_in.actor) == ("sign-in", person)
    assert failed.address == signed_in.address == "203.0.113.5"


def test_the_admins_sign_in_is_throttled_too():
    editor = UserFactory(email="editor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    for _ in range(5):
        client.post("/admin/login/", {"username": "editor@example.org", "password": "guess"})
    client.post("/admin/login/", {"username": "editor@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert (
        Client()
        .post("/accounts/login/", {"username": "editor@example.org", "password": PASSWORD})
        .status_code
        == 429
    )


def test_staff_role_changes_are_recorded_with_who_made_them(people):
    person = people["registered"]
    with LogContext(user=people["staff"]):
        person.groups.add(Group.objects.get(name="Moderators"))
    change = AuditEvent.objects.get(action="role change", subject=person.email)
    assert change.actor == people["staff"] and change.subject == person.email
    assert change.detail == {"groups": ["Moderators"]}


def test_approvals_and_moderation_are_mirrored_from_the_network_log(people, no_approval):
    membership = Membership.objects.get(user=people["applicant"])
    decide_membership(membership, people["staff"], approve=True)
    post = start(people["member"]).posts.get()
    moderation.hide_post(post, people["staff"], "Names a child")
    recorded = {action: actor for action, actor, _ in actions()}
    assert recorded["network.membership.approve"] == people["staff"].email
    assert recorded["network.post.hide"] == people["staff"].email


def test_downloading_ones_data_is_recorded(client, people):
    client_for(client, people["member"])
    client.post("/accounts/my-data/")
    assert ("data export", people["member"].email, "their own data") in actions()


def test_data_protection_staff_read_and_filter_the_audit_log(client, people):
    client.post("/accounts/login/", {"username": "member@example.org", "password": "wrong"})
    client_for(client, people["data_protection"])
    page = client.get("/admin/audit-log/").content.decode()
    assert "sign-in failed" in page and "member@example.org" in page
    filtered = client.get("/admin/audit-log/", {"action": "sign-in", "who": "nobody"})
    assert "Nothing recorded for this filter." in filtered.content.decode()


def test_members_cannot_read_the_audit_log(client, people):
    client_for(client, people["member"])
    assert client.get("/admin/audit-log/").status_code == 302
