"""Real and hostile files for upload tests, and where a form shows a field's errors."""

import io
import re

from PIL import Image

from home.documents import make_docx, make_xlsx
from home.pdf import make_pdf

SECTIONS = [{"heading": "Contexts", "paragraphs": ["Plans for places, not only people."]}]
PDF = make_pdf("Briefing", SECTIONS)
DOCX = make_docx("Briefing", SECTIONS)
XLSX = make_xlsx("Attendance", ["Area", "People"], [["Harrowfield", "3"]])
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(56) + b"This program cannot be run in DOS mode."


def png(size=(4, 4)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def field_errors(html, field_id):
    """The text between a field's label and its input: where both Wagtail's admin and the
    site's forms put the field's error messages."""
    match = re.search(rf'for="{field_id}".*?id="{field_id}"', html, re.DOTALL)
    assert match, f"no field {field_id} in the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match[0]).split())


def stored_files(media_root):
    return sorted(path for path in media_root.rglob("*") if path.is_file())


def multipart(fields, file_field, filename, content):
    """A multipart body sent as a browser could, with the file name exactly as given
    (Django's test client would strip directories from it)."""
    boundary = "----upload-test-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}
