"""A tool's format, derived from what it links to: never typed by hand."""

from django.db import models


class Format(models.TextChoices):
    PDF = "pdf", "PDF"
    WORD = "word", "Word"
    EXCEL = "excel", "Excel"
    POWERPOINT = "powerpoint", "PowerPoint"
    VIDEO = "video", "Video"
    WEB = "web", "Web page"
    OTHER = "other", "Other file"


EXTENSION_FORMATS = {
    "pdf": Format.PDF,
    "doc": Format.WORD,
    "docx": Format.WORD,
    "odt": Format.WORD,
    "rtf": Format.WORD,
    "xls": Format.EXCEL,
    "xlsx": Format.EXCEL,
    "ods": Format.EXCEL,
    "csv": Format.EXCEL,
    "ppt": Format.POWERPOINT,
    "pptx": Format.POWERPOINT,
    "odp": Format.POWERPOINT,
    "mp4": Format.VIDEO,
    "m4v": Format.VIDEO,
    "mov": Format.VIDEO,
    "webm": Format.VIDEO,
}


def document_format(document):
    """The format of a Wagtail document, from its file's extension."""
    return EXTENSION_FORMATS.get(document.file_extension.lower(), Format.OTHER)


def derive_format(document=None, external_url="", video_url=""):
    """The format of a tool: its document's, else "Video" for an embed, else "Web page"."""
    if document is not None:
        return document_format(document)
    if video_url:
        return Format.VIDEO
    if external_url:
        return Format.WEB
    return ""


def document_size(document):
    """The file size in bytes, or None when there is no document or its file is missing."""
    return document.get_file_size() if document is not None else None
