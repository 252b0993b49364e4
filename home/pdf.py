"""PDF files from text (demo documents, certificates of attendance), drawn by fpdf2.

Any script a person's name may be written in prints as written: the bundled DejaVu Sans
(home/fonts, Bitstream Vera licence) covers Latin, Greek, Cyrillic, Vietnamese and Arabic,
and HarfBuzz shaping (uharfbuzz) joins Arabic letters and sets right-to-left text. The output
is deterministic: the same text gives the same bytes.
"""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
#: a fixed creation date, so that a document's bytes depend on its text alone
CREATED = datetime(2026, 1, 1, tzinfo=UTC)
MARGIN_MM = 20


def new_document(title):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title(title)
    pdf.set_producer("Planning for Safety")
    pdf.set_margins(MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_text_shaping(True)
    pdf.add_page()
    return pdf


def write(pdf, text, size, bold=False, before=0.0):
    """A paragraph of wrapped text, `before` millimetres below the one above."""
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.ln(before)
    pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")


def make_pdf(title: str, sections: list[dict]) -> bytes:
    """An A4 PDF with the title, then each section's heading and paragraphs."""
    pdf = new_document(title)
    write(pdf, title, 20, bold=True)
    for section in sections:
        # A heading never ends a page alone: start a new page when too little room is left.
        if pdf.will_page_break(30):
            pdf.add_page()
        write(pdf, section["heading"], 14, bold=True, before=5)
        for paragraph in section["paragraphs"]:
            write(pdf, paragraph, 11, before=2)
    return bytes(pdf.output())
