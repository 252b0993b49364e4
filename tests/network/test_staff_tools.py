"""Network administrators manage areas, memberships and applications in the Wagtail admin;
Editors look after evidence contributions."""

import pytest
from wagtail.models import ModelLogEntry

from network.models import LocalArea, Membership
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/network/localarea/",
        "/admin/network/membership/",
        "/admin/network/membership/?status=approved",
        "/admin/network/areaapplication/",
    ],
)
def test_network_administrators_tool_listings_load(client, people, url):
    assert client_for(client, people["network_admin"]).get(url).status_code == 200


def test_editors_look_after_evidence_contributions_not_memberships(client, people):
    client_for(client, people["staff"])
    assert client.get("/admin/network/evidencecontribution/").status_code == 200
    refused = client.get("/admin/network/membership/")  # Wagtail: back to the dashboard
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_area_list_shows_members_count(client, people):
    admin = client_for(client, people["network_admin"])
    html = admin.get("/admin/network/localarea/").content.decode()
    assert "Harrowfield Council" in html
    assert "Members" in html


def test_memberships_export_as_csv(client, people):
    admin = client_for(client, people["network_admin"])
    response = admin.get("/admin/network/membership/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "member@example.org" in text and "Harrowfield Council" in text


def test_status_changes_are_recorded_in_the_audit_log(client, people):
    membership = Membership.objects.get(user=people["member"])
    admin = client_for(client, people["network_admin"])
    response = admin.post(
        f"/admin/network/membership/{membership.pk}/change/",
        {"status": "suspended", "reason": "Left the authority"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == "suspended"
    entry = ModelLogEntry.objects.get(action="network.membership.status")
    assert entry.user == people["network_admin"]
    assert entry.data["to"] == "suspended"


def test_area_status_edits_are_recorded_in_the_audit_log(client, people, areas):
    area = areas["member"]
    admin = client_for(client, people["network_admin"])
    response = admin.post(
        f"/admin/network/localarea/edit/{area.pk}/",
        {
            "name": area.name,
            "kind": area.kind,
            "region": area.region,
            "network_status": "left",
            "member_since": "2025-06-01",
            "left_on": "2026-11-01",
            "contact_email": "",
            "roth_stage": "",
            "single_point_of_contact": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert LocalArea.objects.get(pk=area.pk).network_status == "left"
    entry = ModelLogEntry.objects.get(action="network.area.status")
    assert entry.data["network_status"] == ["member", "left"]


def area_form(area, **changes):
    return {
        "name": area.name,
        "kind": area.kind,
        "region": area.region,
        "network_status": area.network_status,
        "member_since": "2025-06-01",
        "left_on": "",
        "contact_email": "",
        "roth_stage": "",
        "single_point_of_contact": "",
        **changes,
    }


def test_an_areas_named_contact_must_hold_the_single_point_of_contact_role(client, people, areas):
    admin = client_for(client, people["network_admin"])
    area = areas["member"]
    url = f"/admin/network/localarea/edit/{area.pk}/"
    response = admin.post(url, area_form(area, single_point_of_contact=people["member"].pk))
    assert response.status_code == 200
    assert "holds the single point of contact role" in response.content.decode()
    response = admin.post(url, area_form(area, single_point_of_contact=people["spoc"].pk))
    assert response.status_code == 302
    assert LocalArea.objects.get(pk=area.pk).single_point_of_contact == people["spoc"]


def test_members_cannot_reach_staff_tools(client, people):
    response = client_for(client, people["member"]).get("/admin/network/membership/")
    assert response.status_code in (302, 403)
