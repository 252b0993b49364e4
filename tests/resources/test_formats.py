"""A tool's format and file size come from its file, never from typing."""

import pytest
from django.core.files.base import ContentFile

from resources.models import ResourcePage
from tests.factories import make_document, make_pack, make_tool

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("plan.pdf", "pdf"),
        ("template.DOCX", "word"),
        ("tracker.xlsx", "excel"),
        ("tracker.csv", "excel"),
        ("slides.pptx", "powerpoint"),
        ("clip.mp4", "video"),
        ("notes.txt", "other"),
    ],
)
def test_format_is_derived_from_the_documents_file(library, filename, expected):
    tool = make_tool(make_pack(library), document=make_document(filename, b"x" * 1234))
    assert tool.file_format == expected
    assert tool.file_size == 1234


def test_a_web_link_is_a_web_page_and_a_video_is_a_video(library):
    pack = make_pack(library)
    link = make_tool(pack, title="Online guide", external_url="https://www.example.org/guide")
    video = make_tool(pack, title="Film", video_url="https://video.example/watch/1")
    assert (link.file_format, link.file_size) == ("web", None)
    assert (video.file_format, video.file_size) == ("video", None)


def test_format_fields_are_not_editable_in_the_admin():
    assert not ResourcePage._meta.get_field("file_format").editable
    assert not ResourcePage._meta.get_field("file_size").editable


def test_replacing_a_documents_file_updates_its_tools(library):
    document = make_document("plan.pdf", b"x" * 100)
    tool = make_tool(make_pack(library), document=document)
    document.file = ContentFile(b"y" * 5000, name="plan.docx")
    document.file_size = None
    document.save()
    tool = ResourcePage.objects.get(pk=tool.pk)
    assert (tool.file_format, tool.file_size) == ("word", 5000)
