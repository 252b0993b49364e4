"""Gated files in a bucket (tests/storage.py, as with MEDIA_STORAGE=s3): the access policy
still decides every download, the site streams the file itself and never links to the
bucket, and deleting an attachment deletes its file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from network.learning.models import SessionAttachment
from network.models import EvidenceContribution
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content)


def assert_refused_without_the_file(response, bucket):
    assert response.status_code in (200, 403)  # 200: the explanation for visitors
    assert not response.streaming
    assert b"%PDF" not in response.content
    assert bucket.base_url not in response.content.decode()


@pytest.mark.parametrize("role", ["anonymous", "registered", "applicant", "left_area_member"])
def test_a_gated_document_in_the_bucket_is_refused_to_people_outside_its_audience(
    bucket, client, people, gated, role
):
    document = gated["private_document"]
    assert bucket.exists(document.file.name)
    assert_refused_without_the_file(client_for(client, people[role]).get(document.url), bucket)


def test_a_member_downloads_a_gated_document_from_the_bucket_through_the_site(
    bucket, client, people, gated
):
    response = client_for(client, people["member"]).get(gated["private_document"].url)
    assert response.status_code == 200  # streamed, not redirected to the bucket
    assert body(response) == b"%PDF private"


def test_a_members_contribution_goes_into_the_bucket_and_stays_behind_the_policy(
    bucket, client, people, gated
):
    client_for(client, people["member"])
    upload = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 notes", content_type="application/pdf")
    client.post(gated["evidence_page"].url, {"doing": "Walks.", "document": upload})
    document = EvidenceContribution.objects.latest("created_at").document
    assert bucket.open(document.file.name).read() == b"%PDF-1.4 notes"
    assert body(client.get(document.url)) == b"%PDF-1.4 notes"
    assert_refused_without_the_file(client_for(client, people["chair"]).get(document.url), bucket)


def attachment_url(session, attachment):
    return f"/network/sessions/{session.pk}/attachments/{attachment.pk}/"


def test_session_attachments_are_read_from_the_bucket_for_the_set_only(
    bucket, client, people, session
):
    attachment = session.attachments.get()
    assert bucket.exists(attachment.file.name)
    response = client_for(client, people["chair"]).get(attachment_url(session, attachment))
    assert body(response) == b"%PDF agenda"
    assert "no-store" in response["Cache-Control"]
    refused = client_for(client, people["member"]).get(attachment_url(session, attachment))
    assert_refused_without_the_file(refused, bucket)


def test_an_attachment_missing_from_the_bucket_is_not_found(bucket, client, people, session):
    attachment = session.attachments.get()
    bucket.delete(attachment.file.name)
    response = client_for(client, people["chair"]).get(attachment_url(session, attachment))
    assert response.status_code == 404


def test_deleting_an_attachment_or_its_session_deletes_the_files_from_the_bucket(
    bucket, session, django_capture_on_commit_callbacks
):
    first = session.attachments.get()
    second = SessionAttachment.objects.create(
        session=session, title="Plan", file=SimpleUploadedFile("plan.pdf", b"%PDF plan")
    )
    names = [first.file.name, second.file.name]
    with django_capture_on_commit_callbacks(execute=True):
        first.delete()
    assert [bucket.exists(name) for name in names] == [False, True]
    with django_capture_on_commit_callbacks(execute=True):
        session.delete()
    assert [bucket.exists(name) for name in names] == [False, False]
