"""Network administrators manage areas, memberships and applications in the Wagtail admin;
Editors look after evidence contributions."""

import pytest
from wagtail.models import ModelLogEntry

from network.models import LocalArea, Membership
from tests.factories import make_area_application
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


def test_an_applications_decision_cannot_be_rewritten_in_its_edit_form(client, areas, people):
    """Only the Decide button records a decision (who, when, why) and makes the area."""
    application = make_area_application(organisation_name="Fenwick Council")
    arrived = application.created_at
    admin = client_for(client, people["network_admin"])
    url = f"/admin/network/areaapplication/edit/{application.pk}/"
    page = admin.get(url)
    assert page.status_code == 200
    response = admin.post(
        url,
        {
            "organisation_name": "Fenwick Borough Council",
            "kind": "local-authority",
            "region": "london",
            "applicant_name": "Dana Lead",
            "applicant_job_title": "Director",
            "applicant_email": "dana@fenwick.example.org",
            "phone": "",
            "roth_stage": "exploring",
            "roth_detail": "Starting out.",
            "spoc_name": "Sam Contact",
            "spoc_email": "sam@fenwick.example.org",
            # tampered: the decision's fields are not the form's
            "status": "approved",
            "decision_reason": "Looks fine",
            "decided_by": people["member"].pk,
            "decided_at": "2020-01-01 10:00",
            "area": areas["member"].pk,
            "created_at": "2020-01-01 10:00",
        },
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.organisation_name == "Fenwick Borough Council"
    assert (application.status, application.decision_reason) == ("pending", "")
    assert (application.decided_by, application.decided_at, application.area) == (None, None, None)
    assert application.created_at == arrived


def test_who_sent_an_evidence_contribution_is_not_editable(client, gated, people, areas):
    contribution = gated["contribution"]
    sent = contribution.created_at
    editor = client_for(client, people["staff"])
    url = f"/admin/network/evidencecontribution/edit/{contribution.pk}/"
    assert editor.get(url).status_code == 200
    response = editor.post(
        url,
        {
            "doing": "We map places with young people (tidied).",
            "helps": "",
            "missing": "",
            "activity": gated["network_page"].pk,
            "area": areas["other"].pk,
            "author": people["staff"].pk,
            "created_at": "2020-01-01 10:00",
        },
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.doing == "We map places with young people (tidied)."
    assert (contribution.author, contribution.area) == (people["member"], areas["member"])
    assert contribution.activity_id == gated["evidence_page"].pk
    assert contribution.created_at == sent


def test_staff_cannot_write_an_evidence_contribution_in_someone_elses_name(client, people):
    editor = client_for(client, people["staff"])
    listing = editor.get("/admin/network/evidencecontribution/").content.decode()
    assert "/admin/network/evidencecontribution/create/" not in listing
    assert editor.get("/admin/network/evidencecontribution/create/").status_code in (302, 403)
