"""The network demo: areas in every state, people in every role, and logins that work locally."""

import io

import pytest
from django.core.management import call_command

from network import two_factor
from network.demo import DEMO_PASSWORD
from network.models import EvidenceActivityPage, LocalArea, Membership, User
from tests.two_factor import give_code

pytestmark = pytest.mark.django_db

# demo login: what /network/peer-support/, the Chairs' page and /network/requests/ (join
# requests) answer (what each staff group may do in the admin: tests/security, the walk)
DEMO_LOGINS = {
    "member@example.org": (200, 403, 403),
    "chair@example.org": (200, 200, 403),
    "lead@example.org": (200, 403, 200),  # their area's single point of contact
    "former@example.org": (403, 403, 403),
    "visitor@example.org": (403, 403, 403),
    "editor@example.org": (200, 200, 403),
    "moderator@example.org": (403, 403, 403),  # moderates discussions only
    "network-admin@example.org": (200, 200, 200),
    "dataprotection@example.org": (403, 403, 403),
}


def test_demo_logins_show_each_role_what_it_should(client, settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=io.StringIO())
    assert LocalArea.objects.count() >= 12
    statuses = set(LocalArea.objects.values_list("network_status", flat=True))
    assert {"member", "left", "not-member", "applied"} <= statuses
    assert Membership.objects.filter(roles__code="chair", status="approved").count() >= 4
    assert EvidenceActivityPage.objects.live().count() == 2
    for email, expected in DEMO_LOGINS.items():
        client.logout()
        response = client.post("/accounts/login/", {"username": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        person = User.objects.get(email=email)
        if two_factor.needs_second_factor(person):  # staff: the development key's code
            device = two_factor.app_device(person)
            assert device.key == two_factor.development_key_hex(), email
            assert give_code(client, device).status_code == 302, email
        got = tuple(
            client.get(path).status_code
            for path in (
                "/network/peer-support/",
                "/network/about-action-learning-sets/",
                "/network/requests/",
            )
        )
        assert got == expected, email


def test_demo_accounts_get_no_usable_password_when_debug_is_off(settings):
    settings.DEBUG = False
    call_command("load_demo_content", stdout=io.StringIO())
    assert not User.objects.get(email="member@example.org").has_usable_password()
    assert two_factor.app_device(User.objects.get(email="editor@example.org")) is None
