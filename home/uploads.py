"""Which documents people may upload: checked by content as well as by name, within a size
limit, and stored under safe names. Images are Wagtail's (decoded by Willow; see settings)."""

import re
import zipfile
import zlib
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls, .ppt)
OOXML = "application/vnd.openxmlformats-officedocument"
ODF = "application/vnd.oasis.opendocument"
# <Override PartName="/word/document.xml" ContentType="..."/> in an OOXML [Content_Types].xml
OVERRIDE = re.compile(rb"<Override\b[^>]*>")
PART_NAME = re.compile(rb"""\bPartName\s*=\s*["']([^"']*)["']""")
CONTENT_TYPE = re.compile(rb"""\bContentType\s*=\s*["']([^"']*)["']""")
# Markup a browser could render as a page if it ever treated a text file as HTML or SVG.
MARKUP = re.compile(
    r"<\s*(?:!doctype|\?xml|html|head|body|script|svg|iframe|object|embed|style|meta|img|form)\b",
    re.IGNORECASE,
)
ACCEPTED = (
    "PDF, Word (.docx, .doc), Excel (.xlsx, .xls), PowerPoint (.pptx, .ppt), "
    "OpenDocument (.odt, .ods, .odp), RTF, and UTF-8 plain text (.txt) or CSV"
)
MAX_STEM = 60
# What reading a damaged, encrypted or hostile archive can raise.
BROKEN_ZIP = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)


def _head(file, size):
    file.seek(0)
    return file.read(size)


def starts_with(magic):
    return lambda file: _head(file, len(magic)) == magic


def _zip_member(file, name, limit=65_536):
    """The first bytes of one member of a zip file that starts as a zip, or None."""
    if _head(file, 4) != b"PK\x03\x04":  # nothing (such as a web page) may precede the archive
        return None
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive, archive.open(name) as member:
            return member.read(limit)
    except (KeyError, *BROKEN_ZIP):
        return None


def _zip_has(file, name):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return name in archive.namelist()
    except BROKEN_ZIP:
        return False


def office_open_xml(main_type):
    """A zip whose [Content_Types].xml names a main part of this type, and which holds it."""

    def check(file):
        types = _zip_member(file, "[Content_Types].xml") or b""
        for tag in OVERRIDE.findall(types):
            kind, part = CONTENT_TYPE.search(tag), PART_NAME.search(tag)
            if kind and part and kind[1] == main_type.encode():
                return _zip_has(file, part[1].decode("utf-8", "replace").lstrip("/"))
        return False

    return check


def open_document(mimetype):
    return lambda file: _zip_member(file, "mimetype", 100) == mimetype.encode()


def plain_text(file):
    """UTF-8 text with no NUL bytes and nothing that looks like HTML or SVG markup."""
    data = _head(file, -1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text and not MARKUP.search(text)


# Each accepted extension, and the check its content must pass.
DOCUMENT_TYPES = [
    ("pdf", starts_with(b"%PDF-")),
    ("docx", office_open_xml(f"{OOXML}.wordprocessingml.document.main+xml")),
    ("xlsx", office_open_xml(f"{OOXML}.spreadsheetml.sheet.main+xml")),
    ("pptx", office_open_xml(f"{OOXML}.presentationml.presentation.main+xml")),
    ("odt", open_document(f"{ODF}.text")),
    ("ods", open_document(f"{ODF}.spreadsheet")),
    ("odp", open_document(f"{ODF}.presentation")),
    ("doc", starts_with(OLE2)),
    ("xls", starts_with(OLE2)),
    ("ppt", starts_with(OLE2)),
    ("rtf", starts_with(b"{\\rtf")),
    ("txt", plain_text),
    ("csv", plain_text),
]
DOCUMENT_EXTENSIONS = [extension for extension, _ in DOCUMENT_TYPES]


def max_document_size():
    """Bytes; one limit for every document upload (UPLOAD_MAX_DOCUMENT_MB)."""
    return settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


def accepted_documents():
    return f"{ACCEPTED}, up to {filesizeformat(max_document_size())}."


def extension_of(name):
    return PurePath(str(name)).suffix[1:].lower()


def validate_document(file):
    """Refuse a new upload that is too big, of a type not accepted, or whose content does not
    match its extension. A file already stored (unchanged on edit) is not read again."""
    if file is None or getattr(file, "_committed", False):
        return
    if file.size > max_document_size():
        raise ValidationError(
            f"This file is {filesizeformat(file.size)}; the limit is "
            f"{filesizeformat(max_document_size())}.",
            code="file_too_large",
        )
    extension = extension_of(file.name)
    checks = dict(DOCUMENT_TYPES)
    if extension not in checks:
        shown = f".{extension} files are" if extension else "Files without an extension are"
        raise ValidationError(
            f"{shown} not accepted. Upload {ACCEPTED}.", code="file_type_not_accepted"
        )
    try:
        matches = checks[extension](file)
    finally:
        file.seek(0)
    if not matches:
        raise ValidationError(
            f"This file is not really a .{extension} file: its content does not match its "
            f"name. Upload {ACCEPTED}.",
            code="file_content_mismatch",
        )


def safe_filename(name, fallback="document"):
    """A short, ASCII, lower-case file name: the slug of the stem and the lower-case extension."""
    path = PurePath(str(name).replace("\\", "/"))
    extension = re.sub(r"[^a-z0-9]", "", path.suffix.lower())
    stem = slugify(path.stem)[:MAX_STEM].strip("-") or fallback
    return f"{stem}.{extension}" if extension else stem


def checked_document(file):
    """For a form's clean_<field>: validate a new upload and give it a safe name."""
    if isinstance(file, UploadedFile):
        validate_document(file)
        file.name = safe_filename(file.name)
    return file
