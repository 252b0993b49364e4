"""The demo library: eight packs of real, openable documents, built once."""

import io
import zipfile

import pytest
from django.core.management import call_command

from resources.demo import PACKS
from resources.models import ResourcePackPage, ResourcePage
from tests.pdf import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_library_has_eight_packs_of_real_openable_tools(demo, client):
    # Building the demo takes seconds, so one test checks everything it promises.
    assert_eight_packs_of_three_to_six_tools(client)
    assert_tools_mix_types_and_formats()
    assert_documents_are_valid_files()
    assert_pack_zip_opens_with_every_tool(client)
    html = client.get("/").content.decode()
    featured = html.split('id="featured-heading"', 1)[1].split("</section>", 1)[0]
    assert sum(spec["title"] in featured for spec in PACKS) == 3  # featured on the home page


def assert_eight_packs_of_three_to_six_tools(client):
    packs = ResourcePackPage.objects.live()
    assert packs.count() == 8
    for pack in packs:
        assert 3 <= ResourcePage.objects.child_of(pack).live().count() <= 6, pack.title
    html = client.get("/resources/").content.decode()
    for spec in PACKS:
        assert spec["title"] in html


def assert_tools_mix_types_and_formats():
    tools = ResourcePage.objects.live()
    assert {"pdf", "word", "excel", "web"} <= set(tools.values_list("file_format", flat=True))
    assert len(set(tools.values_list("tool_type", flat=True))) >= 6
    assert not tools.filter(file_format__in=["pdf", "word", "excel"], file_size=None).exists()


def assert_documents_are_valid_files():
    for tool in ResourcePage.objects.exclude(document=None).select_related("document"):
        with tool.document.open_file() as handle:
            content = handle.read()
        if tool.file_format == "pdf":
            assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
            assert tool.document.title in " ".join(pdf_text(content).split())
        else:
            with zipfile.ZipFile(io.BytesIO(content)) as package:
                assert package.testzip() is None
                main_part = "word/document.xml" if tool.file_format == "word" else "xl/workbook.xml"
                assert main_part in package.namelist()


def assert_pack_zip_opens_with_every_tool(client):
    for pack in ResourcePackPage.objects.live():
        with_files = ResourcePage.objects.child_of(pack).live().exclude(document=None).count()
        response = client.get(pack.url + "download/")
        with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
            assert archive.testzip() is None
            assert len(archive.namelist()) == with_files, pack.title


def test_a_second_run_adds_no_documents_or_pages(demo):
    from wagtail.documents import get_document_model

    documents = get_document_model().objects.count()
    tools = ResourcePage.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert get_document_model().objects.count() == documents
    assert ResourcePage.objects.count() == tools
