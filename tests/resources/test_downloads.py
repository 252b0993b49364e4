"""Document downloads are served through Wagtail's view and counted, with no personal data."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from resources.downloads import month_of, record_download
from resources.models import DocumentDownload, MonthlyDocumentDownload
from tests.factories import UserFactory, make_document
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def download_count(document):
    record = DocumentDownload.objects.filter(document=document).first()
    return record.count if record else 0


def test_each_download_is_counted(client, home):
    document = make_document("plan.pdf", b"%PDF plan")
    for _ in range(3):
        response = client.get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    assert download_count(document) == 3
    assert DocumentDownload.objects.get(document=document).last_downloaded_at is not None


def test_each_download_counts_in_its_month():
    document = make_document()
    record_download(document)
    record_download(document)
    (record,) = MonthlyDocumentDownload.objects.filter(document=document)
    assert (record.month, record.count) == (month_of(timezone.now()), 2)


def test_resumed_ranges_and_head_requests_are_not_counted_again(client, home):
    document = make_document("plan.pdf", b"%PDF plan")
    client.get(document.url, HTTP_RANGE="bytes=0-3")
    client.get(document.url, HTTP_RANGE="bytes=4-")
    client.head(document.url)
    assert download_count(document) == 1


def test_refused_downloads_of_private_documents_are_not_counted(client, home):
    private = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document("notes.pdf", collection=private)
    response = client.get(document.url)
    assert "network/gated_link.html" in [template.name for template in response.templates]
    assert download_count(document) == 0


def test_editors_see_download_counts_in_the_admin_report(client, home):
    popular = make_document("popular.pdf", title="Popular briefing")
    quiet = make_document("quiet.pdf", title="Quiet template")
    for _ in range(2):
        record_download(popular)
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, editor)
    response = client.get("/admin/reports/document-downloads/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Popular briefing") < html.index("Quiet template")
    assert quiet.title in html
    export = client.get("/admin/reports/document-downloads/?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert "Popular briefing" in csv and ",2," in csv


def test_people_without_document_rights_cannot_see_the_report(client, home):
    client.force_login(UserFactory())
    assert client.get("/admin/reports/document-downloads/").status_code in (302, 403)


@pytest.mark.django_db(transaction=True)
def test_concurrent_downloads_are_all_counted():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (SQLite serialises writers)")
    document = make_document("busy.pdf")
    workers = 8
    barrier = threading.Barrier(workers)
    errors = []

    def download():
        try:
            barrier.wait()
            record_download(document)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=download) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert download_count(document) == workers
