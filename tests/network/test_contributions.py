"""Evidence-building activities take contributions from member areas."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from network.models import EvidenceContribution
from tests.network.helpers import client_for, make_member
from tests.uploads import HTML, field_errors, stored_files

pytestmark = pytest.mark.django_db


def contribution(**overrides):
    return {
        "doing": "We walk the park with youth workers.",
        "helps": "Trust.",
        "missing": "",
        **overrides,
    }


def test_a_member_contributes_for_their_area_with_a_private_document(client, people, gated, areas):
    page = gated["evidence_page"]
    client_for(client, people["member"])
    upload = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 notes", content_type="application/pdf")
    response = client.post(page.url, contribution(document=upload))
    assert response.status_code == 302
    saved = EvidenceContribution.objects.latest("created_at")
    assert saved.area == areas["member"] and saved.author == people["member"]
    assert saved.document.collection.name == "Evidence contributions"
    assert client.get(saved.document.url).status_code == 200
    client_for(client, people["chair"])
    assert client.get(saved.document.url).status_code == 403
    client.logout()
    response = client.get(saved.document.url)
    assert "network/gated_link.html" in [template.name for template in response.templates]
    assert b"%PDF" not in response.content


def test_members_see_their_own_areas_contributions_only(client, people, gated, areas):
    other = make_member(areas["other"])
    EvidenceContribution.objects.create(
        activity=gated["evidence_page"], area=areas["other"], author=other, doing="OTHER AREA WORK"
    )
    html = client_for(client, people["member"]).get(gated["evidence_page"].url).content.decode()
    assert "We map places with young people." in html
    assert "OTHER AREA WORK" not in html
    staff_html = (
        client_for(client, people["staff"]).get(gated["evidence_page"].url).content.decode()
    )
    assert "OTHER AREA WORK" in staff_html and "We map places" in staff_html


def test_an_empty_answer_is_an_error_next_to_the_field_and_saves_nothing(client, people, gated):
    before = EvidenceContribution.objects.count()
    response = client_for(client, people["member"]).post(
        gated["evidence_page"].url, contribution(doing="")
    )
    assert response.status_code == 200
    assert 'id="id_doing_error"' in response.content.decode()
    assert EvidenceContribution.objects.count() == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("page.html", HTML, ".html files are not accepted."),
        ("notes.pdf", HTML, "This file is not really a .pdf file"),
    ],
)
def test_unsafe_or_disguised_documents_are_refused_next_to_the_field_and_nothing_is_stored(
    client, people, gated, media_root, name, content, message
):
    def stored():
        contributions, documents = EvidenceContribution.objects, get_document_model().objects
        return contributions.count(), documents.count(), stored_files(media_root)

    before = stored()
    upload = SimpleUploadedFile(name, content)
    response = client_for(client, people["member"]).post(
        gated["evidence_page"].url, contribution(document=upload)
    )
    assert message in field_errors(response.content.decode(), "id_document")
    assert stored() == before


@pytest.mark.parametrize("role", ["registered", "left_area_member", "anonymous"])
def test_outsiders_cannot_contribute(client, people, gated, role):
    before = EvidenceContribution.objects.count()
    client_for(client, people[role]).post(gated["evidence_page"].url, contribution())
    assert EvidenceContribution.objects.count() == before


def test_closed_activities_take_no_contributions(client, people, gated):
    page = gated["evidence_page"]
    page.closes_on = datetime.date(2020, 1, 1)
    page.save_revision().publish()
    client_for(client, people["member"])
    assert "not taking contributions now" in client.get(page.url).content.decode()
    before = EvidenceContribution.objects.count()
    client.post(page.url, contribution())
    assert EvidenceContribution.objects.count() == before


def test_staff_export_contributions(client, people, gated):
    response = client_for(client, people["staff"]).get(
        "/admin/network/evidencecontribution/?export=csv"
    )
    assert "We map places with young people." in b"".join(response.streaming_content).decode()
