"""Programme staff manage areas, memberships and applications in the Wagtail admin."""

import pytest
from wagtail.models import ModelLogEntry

from network.models import LocalArea, Membership
from tests.network.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/network/localarea/",
        "/admin/network/membership/",
        "/admin/network/membership/?status=approved",
        "/admin/network/areaapplication/",
        "/admin/network/evidencecontribution/",
    ],
)
def test_staff_tool_listings_load(client, people, url):
    assert client_for(client, people["staff"]).get(url).status_code == 200


def test_area_list_shows_members_count(client, people):
    html = client_for(client, people["staff"]).get("/admin/network/localarea/").content.decode()
    assert "Harrowfield Council" in html
    assert "Members" in html


def test_memberships_export_as_csv(client, people):
    response = client_for(client, people["staff"]).get("/admin/network/membership/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "member@example.org" in text and "Harrowfield Council" in text


def test_status_changes_are_recorded_in_the_audit_log(client, people):
    membership = Membership.objects.get(user=people["member"])
    staff = client_for(client, people["staff"])
    response = staff.post(
        f"/admin/network/membership/{membership.pk}/change/",
        {"status": "suspended", "reason": "Left the authority"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == "suspended"
    entry = ModelLogEntry.objects.get(action="network.membership.status")
    assert entry.user == people["staff"]
    assert entry.data["to"] == "suspended"


def test_area_status_edits_are_recorded_in_the_audit_log(client, people, areas):
    area = areas["member"]
    staff = client_for(client, people["staff"])
    response = staff.post(
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


def test_members_cannot_reach_staff_tools(client, people):
    response = client_for(client, people["member"]).get("/admin/network/membership/")
    assert response.status_code in (302, 403)
