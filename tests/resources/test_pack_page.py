"""The pack page: tools grouped by type, related packs and the whole-pack ZIP."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.models import Collection, CollectionViewRestriction

from resources.models import ResourcePackRelatedPage
from tests.factories import make_document, make_pack, make_tool

pytestmark = pytest.mark.django_db


def zip_names(response):
    content = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def pack(library):
    return make_pack(library, title="Safety planning", topic_slug="safety-planning")


def test_pack_page_groups_tools_by_type_in_editors_order(client, pack):
    make_tool(pack, title="Second template", tool_type="template")
    make_tool(pack, title="A briefing", tool_type="briefing")
    make_tool(pack, title="First template", tool_type="template")
    html = client.get(pack.url).content.decode()
    assert html.index("Briefings</h2>") < html.index("Templates</h2>")
    assert html.index("Second template") < html.index("First template")


def test_each_tool_shows_format_size_and_a_download_button(client, pack):
    document = make_document("plan.pdf", b"x" * 2048)
    make_tool(pack, title="Plan", document=document)
    html = client.get(pack.url).content.decode()
    assert f'href="{document.url}" download>Download' in html
    assert "(PDF, 2.0\xa0KB)" in html


def test_tool_page_shows_its_details_and_accessible_alternative(client, pack):
    alternative = make_document("plan-large-print.docx", b"word")
    tool = make_tool(pack, title="Plan", alternative_document=alternative)
    html = client.get(tool.url).content.decode()
    assert "Accessible format" in html
    assert alternative.url in html
    assert "Practice tool" in html


def test_whole_pack_zip_holds_every_published_tools_documents(client, pack):
    make_tool(pack, title="Plan", document=make_document("plan.pdf", b"%PDF plan"))
    make_tool(
        pack,
        title="Template",
        document=make_document("template.docx", b"docx"),
        alternative_document=make_document("template.pdf", b"%PDF alt"),
    )
    make_tool(pack, title="Online", external_url="https://www.example.org/online")
    response = client.get(pack.url + "download/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="safety-planning.zip"'
    assert zip_names(response) == {
        "01-plan.pdf": b"%PDF plan",
        "02-template.docx": b"docx",
        "02-template-accessible.pdf": b"%PDF alt",
    }


def test_zip_leaves_out_drafts_unpublished_tools_and_private_documents(client, pack):
    make_tool(pack, title="Published", document=make_document("published.pdf"))
    make_tool(pack, title="Draft", live=False, document=make_document("draft.pdf"))
    unpublished = make_tool(pack, title="Withdrawn", document=make_document("withdrawn.pdf"))
    unpublished.unpublish()
    private = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    make_tool(pack, title="Private", document=make_document("private.pdf", collection=private))
    names = zip_names(client.get(pack.url + "download/"))
    assert list(names) == ["01-published.pdf"]


def test_zip_is_reused_until_a_document_changes(client, pack):
    document = make_document("plan.pdf", b"version one")
    make_tool(pack, title="Plan", document=document)
    first = client.get(pack.url + "download/")
    zip_names(first)
    _, stored = default_storage.listdir("pack-zips")
    assert len(stored) == 1
    zip_names(client.get(pack.url + "download/"))
    assert default_storage.listdir("pack-zips")[1] == stored

    document.file = ContentFile(b"version two", name="plan.pdf")
    document.file_hash = ""
    document.save()
    assert zip_names(client.get(pack.url + "download/")) == {"01-plan.pdf": b"version two"}
    _, rebuilt = default_storage.listdir("pack-zips")
    assert len(rebuilt) == 1 and rebuilt != stored


def test_zip_of_a_pack_without_documents_is_not_found(client, pack):
    make_tool(pack, title="Online", external_url="https://www.example.org/online")
    assert client.get(pack.url + "download/").status_code == 404
    assert "Download the whole pack" not in client.get(pack.url).content.decode()


def test_related_packs_are_chosen_by_editors_first(client, library, pack):
    chosen = make_pack(library, topic_slug="roles-of-schools", title="Schools")
    make_pack(
        library,
        topic_slug="community-guardianship",
        title="Guardianship",
        topics=["safety-planning"],
    )
    ResourcePackRelatedPage.objects.create(pack=pack, page=chosen)
    assert [p.title for p in pack.related_packs()] == ["Schools"]


def test_related_packs_default_to_packs_sharing_a_topic(library, pack):
    make_pack(library, topic_slug="roles-of-schools", title="Schools")
    make_pack(
        library,
        topic_slug="community-guardianship",
        title="Guardianship",
        topics=["safety-planning"],
    )
    assert [p.title for p in pack.related_packs()] == ["Guardianship"]


def test_restricted_packs_never_appear_as_related(library, pack):
    from wagtail.models import PageViewRestriction

    hidden = make_pack(
        library, topic_slug="guardianship", title="Hidden", topics=["safety-planning"]
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    ResourcePackRelatedPage.objects.create(pack=pack, page=hidden)
    assert pack.related_packs() == []
