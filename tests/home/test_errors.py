"""The 404 and 500 pages."""

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.documents.models import Document

from config.errors import server_error
from tests.factories import make_home_page

pytestmark = pytest.mark.django_db


def test_unknown_address_gets_the_404_page_with_a_way_on(client):
    make_home_page()
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'href="/search/"' in html


def test_the_404_page_renders_when_no_site_matches_the_request(client):
    from wagtail.models import Site

    Site.objects.all().delete()
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b'rel="canonical"' in response.content


def test_server_error_page_renders_without_a_request_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Sorry, there is a problem with the service" in response.content


def test_documents_are_served_only_through_wagtails_view_not_from_media_root(client, media_root):
    make_home_page()
    document = Document.objects.create(
        title="Briefing", file=ContentFile(b"%PDF-1.4 briefing", name="briefing.pdf")
    )
    assert (media_root / document.file.name).exists()
    assert client.get(f"/media/{document.file.name}").status_code == 404
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 briefing"
