"""Uploads: documents and images are accepted by type and content, within size limits, under
safe names; documents that a browser could run are served as downloads."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.uploads import safe_filename, validate_document
from tests.factories import make_document
from tests.two_factor import sign_in_with_second_factor
from tests.uploads import (
    DOCX,
    EXE,
    HTML,
    PDF,
    SVG,
    XLSX,
    field_errors,
    multipart,
    png,
    stored_files,
)

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()
ACCEPTED_TYPES = "PDF, Word (.docx, .doc), Excel (.xlsx, .xls), PowerPoint (.pptx, .ppt)"


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def with_directory_offset_beyond_the_file(archive):
    """A damaged archive: its end record says the directory starts after the end of the file."""
    end = archive.rindex(b"PK\x05\x06")
    offset = int.from_bytes(archive[end + 16 : end + 20], "little") + 100_000
    return archive[: end + 16] + offset.to_bytes(4, "little") + archive[end + 20 :]


ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Briefing",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Picture",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.parametrize(
    "name, content",
    [
        ("briefing.pdf", PDF),
        ("briefing.docx", DOCX),
        ("attendance.xlsx", XLSX),
        ("notes.odt", ODT),
        ("old-notes.doc", OLE2),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}"),
        ("notes.txt", "Contexts, not only people: £5 and café.".encode()),
        ("areas.csv", b"\xef\xbb\xbfarea,people\nHarrowfield,3\n"),
    ],
)
def test_each_accepted_type_passes_when_its_content_matches_its_name(name, content):
    validate_document(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("setup.exe", EXE, ".exe files are not accepted"),
        ("logo.svg", SVG, ".svg files are not accepted"),
        ("page.html", HTML, ".html files are not accepted"),
        ("page.htm", HTML, ".htm files are not accepted"),
        ("page.xhtml", HTML, ".xhtml files are not accepted"),
        ("app.js", b"alert(1)", ".js files are not accepted"),
        ("README", b"plain words", "Files without an extension are not accepted"),
        ("briefing.pdf", HTML, "not really a .pdf file"),
        ("briefing.docx", PDF, "not really a .docx file"),
        ("attendance.xlsx", DOCX, "not really a .xlsx file"),
        ("notes.odt", DOCX, "not really a .odt file"),
        ("old-notes.doc", PDF, "not really a .doc file"),
        ("notes.txt", HTML, "not really a .txt file"),
        ("notes.txt", b"Hi <svg onload=alert(1)>", "not really a .txt file"),
        ("areas.csv", b"area\x00people", "not really a .csv file"),
        ("areas.csv", "café".encode("cp1252"), "not really a .csv file"),
        ("briefing.docx", HTML + DOCX, "not really a .docx file"),  # a page with a zip behind it
        ("briefing.docx", DOCX[: len(DOCX) // 2], "not really a .docx file"),
        ("briefing.docx", with_directory_offset_beyond_the_file(DOCX), "not really a .docx file"),
    ],
)
def test_other_types_and_content_that_does_not_match_its_name_are_refused(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_document(SimpleUploadedFile(name, content))
    assert message in refused.value.messages[0]
    assert ACCEPTED_TYPES in refused.value.messages[0]


@pytest.mark.parametrize(
    "name, stored",
    [
        ("../../Annual report\x07 2025.PDF", "annual-report-2025.pdf"),
        ("..\\..\\windows\\évaluation finale.docx", "evaluation-finale.docx"),
        ("/etc/passwd", "passwd"),
        ("…….pdf", "document.pdf"),
        ("x" * 300 + ".txt", "x" * 60 + ".txt"),
    ],
)
def test_stored_file_names_are_short_ascii_slugs_with_no_path(name, stored):
    assert safe_filename(name) == stored


def test_an_editor_uploads_a_real_pdf_and_docx_through_the_admin(client, editor, media_root):
    sign_in_with_second_factor(client, editor)
    for name, content in [("briefing.pdf", PDF), ("briefing.docx", DOCX)]:
        response = upload_document(client, name, content)
        assert response.status_code == 302, field_errors(response.content.decode(), "id_file")
    assert sorted(document.filename for document in Document.objects.all()) == [
        "briefing.docx",
        "briefing.pdf",
    ]
    assert [path.name for path in stored_files(media_root)] == ["briefing.docx", "briefing.pdf"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("setup.exe", EXE, ".exe files are not accepted."),
        ("logo.svg", SVG, ".svg files are not accepted."),
        ("page.html", HTML, ".html files are not accepted."),
        ("briefing.pdf", HTML, "This file is not really a .pdf file"),
        ("briefing.docx", PDF, "This file is not really a .docx file"),
    ],
)
def test_the_admin_refuses_unsafe_or_disguised_documents_next_to_the_file_field(
    client, editor, media_root, name, content, message
):
    sign_in_with_second_factor(client, editor)
    response = upload_document(client, name, content)
    assert response.status_code == 200
    errors = field_errors(response.content.decode(), "id_file")
    assert message in errors and ACCEPTED_TYPES in errors
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []


def test_the_admins_multiple_upload_refuses_a_disguised_document(client, editor, media_root):
    sign_in_with_second_factor(client, editor)
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("briefing.pdf", HTML)},
    )
    assert response.json()["success"] is False
    assert "not really a .pdf file" in response.json()["error_message"]
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_document_over_the_size_limit_is_refused_naming_the_limit(
    client, editor, media_root, settings
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 500
    sign_in_with_second_factor(client, editor)
    response = upload_document(client, "briefing.pdf", PDF)
    assert len(PDF) > 500
    assert "Maximum filesize 500 bytes" in field_errors(response.content.decode(), "id_file")
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []


def test_an_uploaded_documents_name_is_stored_sanitised(client, editor, media_root):
    sign_in_with_second_factor(client, editor)
    fields = {"title": "Report", "collection": Collection.get_first_root_node().pk}
    response = client.post(
        "/admin/documents/add/",
        **multipart(fields, "file", "../../Annual report\x07 2025.PDF", PDF),
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name == "documents/annual-report-2025.pdf"
    assert [path.relative_to(media_root).as_posix() for path in stored_files(media_root)] == [
        "documents/annual-report-2025.pdf"
    ]


@pytest.mark.parametrize(
    "name, content, disposition",
    [
        ("briefing.docx", DOCX, "attachment"),
        ("attendance.xlsx", XLSX, "attachment"),
        ("page.html", HTML, "attachment"),  # stored before these checks
        ("logo.svg", SVG, "attachment"),
        ("briefing.pdf", PDF, "inline"),
        ("notes.txt", b"Plain notes", "inline"),
    ],
)
def test_only_pdf_and_plain_text_documents_are_served_inline(client, name, content, disposition):
    document = make_document(name=name, content=content)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_editor_uploads_a_real_png_image(client, editor):
    sign_in_with_second_factor(client, editor)
    response = upload_image(client, "teal.png", png())
    assert response.status_code == 302
    assert Image.objects.get().file.name == "original_images/teal.png"


@pytest.mark.parametrize(
    "name, content",
    [("logo.svg", SVG), ("logo.png", SVG), ("page.png", HTML), ("photo.jpg", png())],
)
def test_the_admin_refuses_svg_and_anything_that_is_not_the_raster_image_it_claims(
    client, editor, media_root, name, content
):
    sign_in_with_second_factor(client, editor)
    response = upload_image(client, name, content)
    assert response.status_code == 200
    errors = field_errors(response.content.decode(), "id_file")
    assert "Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP" in errors
    assert any(
        phrase in errors
        for phrase in ("Not a supported image format", "Upload a valid image", "Not a valid .")
    ), errors
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_an_image_over_the_size_limit_is_refused_naming_the_limit(
    client, editor, media_root, settings
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50
    sign_in_with_second_factor(client, editor)
    response = upload_image(client, "teal.png", png())
    assert "Maximum filesize 50 bytes" in field_errors(response.content.decode(), "id_file")
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_an_uploaded_images_name_is_stored_without_path_or_control_characters(
    client, editor, media_root
):
    sign_in_with_second_factor(client, editor)
    fields = {"title": "Picture", "collection": Collection.get_first_root_node().pk}
    response = client.post(
        "/admin/images/add/", **multipart(fields, "file", "../../évil\x07 name.png", png())
    )
    assert response.status_code == 302
    assert Image.objects.get().file.name == "original_images/evil_name.png"
