"""Reading generated PDFs back in tests."""

import io

from pypdf import PdfReader


def pdf_text(content):
    """The text of every page, as a PDF reader extracts it."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
