"""Signing in safely, and what members can do with their own account and data."""

import json
import re

import pytest
from django.conf import settings
from django.test import Client

from network.models import Membership
from tests.factories import UserFactory, make_home_page
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(db):
    make_home_page()


def sign_in(client, email, password, address="10.0.0.1"):
    return client.post(
        "/accounts/login/", {"username": email, "password": password}, REMOTE_ADDR=address
    )


def test_sign_in_is_throttled_per_account_with_a_clear_message(client):
    UserFactory(email="member@example.org")
    for _ in range(settings.RATE_LIMITS["login_account"][0]):
        assert sign_in(client, "member@example.org", "wrong").status_code == 200
    response = sign_in(client, "member@example.org", "correct-horse-battery")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 900
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert not client.session.get("_auth_user_id")


def test_throttling_answers_the_same_for_unknown_accounts(client):
    for _ in range(settings.RATE_LIMITS["login_account"][0]):
        sign_in(client, "nobody@example.org", "wrong")
    response = sign_in(client, "nobody@example.org", "wrong")
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_sign_in_is_throttled_per_address_across_accounts():
    UserFactory(email="target@example.org")
    client = Client()
    for number in range(settings.RATE_LIMITS["login_address"][0]):
        sign_in(client, f"guess{number}@example.org", "wrong", address="10.9.9.9")
    blocked = sign_in(client, "target@example.org", "correct-horse-battery", address="10.9.9.9")
    assert "Too many failed sign-in attempts" in blocked.content.decode()
    allowed = sign_in(Client(), "target@example.org", "correct-horse-battery", address="10.1.1.1")
    assert allowed.status_code == 302


def test_a_successful_sign_in_clears_the_accounts_failures(client):
    UserFactory(email="member@example.org")
    for _ in range(settings.RATE_LIMITS["login_account"][0] - 1):
        sign_in(client, "member@example.org", "wrong")
    assert sign_in(client, "member@example.org", "correct-horse-battery").status_code == 302
    client.logout()
    for _ in range(settings.RATE_LIMITS["login_account"][0] - 1):
        sign_in(client, "member@example.org", "wrong")
    assert sign_in(client, "member@example.org", "correct-horse-battery").status_code == 302


def test_members_edit_their_profile_and_opt_in_to_the_directory(client, people):
    client_for(client, people["member"])
    response = client.post(
        "/accounts/profile/",
        {
            "first_name": "Morgan",
            "last_name": "Ellis",
            "job_title": "Lead",
            "listed_in_directory": "on",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=people["member"])
    assert membership.listed_in_directory
    directory = client.get("/network/directory/").content.decode()
    assert "Morgan Ellis" in directory


def test_the_directory_lists_only_people_who_opted_in(client, people):
    Membership.objects.filter(user=people["chair"]).update(listed_in_directory=True)
    html = client_for(client, people["member"]).get("/network/directory/").content.decode()
    assert people["chair"].get_full_name() in html
    assert people["member"].get_full_name() not in html
    assert people["applicant"].get_full_name() not in html


def test_the_profile_shows_the_persons_roles(client, people):
    html = client_for(client, people["chair"]).get("/accounts/profile/").content.decode()
    assert "Your roles in your area: <strong>ROTH conference Chair</strong>" in html
    html = client_for(client, people["spoc"]).get("/accounts/profile/").content.decode()
    assert "<strong>Single point of contact</strong>" in html
    assert 'href="/network/requests/"' in html
    html = client_for(client, people["member"]).get("/accounts/profile/").content.decode()
    assert "<strong>Practitioner</strong>" in html and 'href="/network/requests/"' not in html


@pytest.fixture
def listed(people, areas):
    """Listed people in two areas, in several roles."""
    from tests.network.helpers import make_member

    found = {
        "practitioner": people["member"],
        "chair": people["chair"],
        "lead": make_member(areas["member"], roles=("senior-lead", "spoc"), last_name="Lead"),
        "champion": make_member(areas["other"], roles=("practice-champion",), last_name="Champ"),
    }
    Membership.objects.filter(user__in=found.values()).update(listed_in_directory=True)
    return found


def directory_names(client, query=""):
    response = client.get(f"/network/directory/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    return html, set(re.findall(r"<tr><td>([^<]+)</td>", html))


def test_the_directory_shows_each_persons_roles(client, people, listed):
    client_for(client, people["member"])
    html, _ = directory_names(client)
    assert "<td>Senior lead, Single point of contact</td>" in html
    assert "<td>Practice champion</td>" in html
    assert '<label for="f-role">Role</label>' in html and '<label for="f-area">Area</label>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"practitioner", "chair", "lead", "champion"}),
        ("?role=chair", {"chair"}),
        ("?role=spoc", {"lead"}),
        ("?role=senior-lead", {"lead"}),
        ("?role=practice-champion", {"champion"}),
        ("?role=practitioner&area={member}", {"practitioner"}),
        ("?area={member}", {"practitioner", "lead"}),
        ("?role=chair&area={member}", set()),
        # Unknown values are ignored, never an error.
        ("?role=nobody", {"practitioner", "chair", "lead", "champion"}),
        ("?role=%00&area=abc", {"practitioner", "chair", "lead", "champion"}),
        ("?area=999999&role[]=chair", {"practitioner", "chair", "lead", "champion"}),
        ("?area={outside}", {"practitioner", "chair", "lead", "champion"}),
    ],
)
def test_the_directory_filters_by_role_and_area(client, people, areas, listed, query, expected):
    client_for(client, people["member"])
    query = query.format(member=areas["member"].pk, outside=areas["outside"].pk)
    _, names = directory_names(client, query)
    assert names == {listed[key].get_full_name() for key in expected}


def test_the_chosen_filters_stay_selected_and_across_pages(
    client, people, areas, listed, monkeypatch
):
    monkeypatch.setattr("network.views.DIRECTORY_PAGE_SIZE", 1)
    client_for(client, people["member"])
    html, names = directory_names(client, f"?area={areas['member'].pk}&role=")
    assert len(names) == 1
    assert f'<option value="{areas["member"].pk}" selected>' in html
    assert f"?area={areas['member'].pk}&amp;role=&amp;page=2" in html
    assert "Clear filters" in html


def test_change_password(client, people):
    client_for(client, people["member"])
    response = client.post(
        "/accounts/password/",
        {
            "old_password": "correct-horse-battery",
            "new_password1": "another-long-passphrase",
            "new_password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    people["member"].refresh_from_db()
    assert people["member"].check_password("another-long-passphrase")


def test_leaving_the_network_ends_access_but_keeps_the_account(client, people, gated):
    client_for(client, people["member"])
    assert client.get(gated["network_page"].url).status_code == 200
    client.post("/accounts/leave-network/")
    membership = Membership.objects.get(user=people["member"])
    assert membership.status == "left"
    assert client.get(gated["network_page"].url).status_code == 403
    assert client.get("/accounts/profile/").status_code == 200


def test_download_my_data_has_my_data_and_no_one_elses(client, people, gated):
    client_for(client, people["member"])
    response = client.post("/accounts/my-data/")
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == people["member"].email
    assert data["membership"]["area"] == "Harrowfield Council"
    assert data["evidence_contributions"][0]["doing"] == "We map places with young people."
    text = response.content.decode()
    for other in ("chair", "applicant", "staff", "registered"):
        assert people[other].email not in text


def test_my_data_needs_a_signed_in_post(client):
    assert client.get("/accounts/my-data/").status_code in (302, 405)
    assert client.post("/accounts/my-data/").status_code == 302


def test_my_data_includes_bookings_newsletter_and_discussions(
    client, people, gated, no_approval, django_capture_on_commit_callbacks
):
    from events.models import Booking, EventIndexPage
    from newsletters.models import Subscriber
    from tests.events.helpers import make_event
    from tests.factories import make_home_page, publish
    from tests.network.discussions import start

    member = people["member"]
    events = publish(make_home_page(), EventIndexPage(title="Events", slug="e", intro="<p>x</p>"))
    event = make_event(events)
    Booking.objects.create(
        event=event, user=member, name="Sam", email=member.email, organisation="Council",
        job_role="Social worker", access_requirements="Step-free access",
        consented_at=event.start,
    )  # fmt: skip
    Subscriber.objects.create(
        email=member.email, status="confirmed", consent_text="Yes please", consent_source="home"
    )
    start(member, title="My practice question", body="How do you run panels?")
    data = json.loads(client_for(client, member).post("/accounts/my-data/").content)
    assert data["event_bookings"][0]["access_requirements"] == "Step-free access"
    assert data["newsletter"]["consent_text"] == "Yes please"
    assert data["discussion_posts"][0]["message"] == "How do you run panels?"
    assert data["discussion_follows"] == ["My practice question"]
    other = json.loads(client_for(client, people["chair"]).post("/accounts/my-data/").content)
    assert other["event_bookings"] == [] and other["newsletter"] is None
    assert other["discussion_posts"] == []
