"""Real PDF, Word and Excel files from text, with the standard library only (deterministic)."""

import io
import re
import unicodedata
import zipfile

# Helvetica and Helvetica-Bold advance widths (1/1000 em) for the ASCII characters 32-126.
# fmt: off
_HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722,
    667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
    667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222,
    500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334,
    584,
]
# fmt: on
# fmt: off
_HELVETICA_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 611, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
# fmt: on
# Widths (the larger of both fonts) of common WinAnsi punctuation outside ASCII.
_WINANSI_WIDTHS = {0x80: 556, 0x85: 1000, 0x91: 278, 0x92: 278, 0x93: 500, 0x94: 500, 0x95: 350}
_WINANSI_WIDTHS |= {0x96: 556, 0x97: 1000, 0xA0: 278}
# Characters missing from WinAnsi that have a close equivalent in it.
_SUBSTITUTES = str.maketrans(
    {"\u2010": "-", "\u2011": "-", "\u2012": "\u2013", "\u2015": "\u2014", "\u2212": "-"}
    | {"\u2032": "'", "\u2033": '"', "\u2009": " ", "\u202f": " ", "\u2007": " "}
)

_PAGE_WIDTH, _PAGE_HEIGHT, _MARGIN = 595, 842, 56
_WIDTHS = {"F1": _HELVETICA, "F2": _HELVETICA_BOLD}


def _winansi(text: str) -> bytes:
    """Encode text as WinAnsi (cp1252) bytes, one line, with "?" for unrepresentable characters."""
    text = " ".join(text.translate(_SUBSTITUTES).split())
    return text.encode("cp1252", errors="replace")


def _char_width(byte: int, widths: list[int]) -> int:
    if 32 <= byte <= 126:
        return widths[byte - 32]
    if byte in _WINANSI_WIDTHS:
        return _WINANSI_WIDTHS[byte]
    base = unicodedata.normalize("NFKD", bytes([byte]).decode("cp1252"))[:1]
    return widths[ord(base) - 32] if " " <= base <= "~" else 1000


def _text_width(data: bytes, font: str, size: float) -> float:
    return sum(_char_width(b, _WIDTHS[font]) for b in data) * size / 1000


def _wrap(data: bytes, font: str, size: float, width: float) -> list[bytes]:
    """Greedily wrap encoded text into lines no wider than width; overlong words are split."""
    lines, line = [], b""
    for word in data.split(b" "):
        candidate = line + b" " + word if line else word
        if _text_width(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while _text_width(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and _text_width(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    return [*lines, line]


class _PdfLayout:
    """Places wrapped lines top to bottom, starting a new page at the bottom margin."""

    def __init__(self):
        self.pages: list[list[tuple[str, float, float, bytes]]] = [[]]
        self.y = _PAGE_HEIGHT - _MARGIN

    def add(self, text: str, font: str, size: float, leading: float, before=0.0, keep=0.0):
        """Add a wrapped block; keep reserves room below its first line (no orphan headings)."""
        lines = _wrap(_winansi(text), font, size, _PAGE_WIDTH - 2 * _MARGIN)
        if self.pages[-1]:
            self.y -= before
        for index, line in enumerate(lines):
            needed = leading + (keep if index == 0 else 0)
            if self.y - needed < _MARGIN and self.pages[-1]:
                self.pages.append([])
                self.y = _PAGE_HEIGHT - _MARGIN
            self.y -= leading
            self.pages[-1].append((font, size, self.y, line))


def _pdf_string(data: bytes) -> bytes:
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _page_stream(lines: list[tuple[str, float, float, bytes]]) -> bytes:
    ops = [
        b"BT /%s %g Tf %d %.2f Td %s Tj ET" % (font.encode(), size, _MARGIN, y, _pdf_string(text))
        for font, size, y, text in lines
    ]
    data = b"\n".join(ops)
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _serialize_pdf(objects: list[bytes]) -> bytes:
    """Join numbered objects (1-based, Catalog first, Info fifth) with an exact xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\n" % (len(objects) + 1)
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)


def _pdf_text_string(text: str) -> bytes:
    """Encode a PDF text string (any Unicode) as UTF-16BE with byte order mark, in hex."""
    return b"<%s>" % ("\ufeff" + text).encode("utf-16-be").hex().upper().encode()


def make_pdf(title: str, sections: list[dict]) -> bytes:
    """Return an A4 PDF 1.4 with the title, then each section's heading and paragraphs."""
    layout = _PdfLayout()
    layout.add(title, "F2", 20, 26)
    for section in sections:
        layout.add(section["heading"], "F2", 14, 20, before=12, keep=15)
        for paragraph in section["paragraphs"]:
            layout.add(paragraph, "F1", 11, 15, before=6)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(layout.pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(layout.pages)} >>".encode(),
    ]
    objects += [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name
        for name in (b"Helvetica", b"Helvetica-Bold")
    ]
    objects.append(b"<< /Title %s /Producer (Planning for Safety) >>" % _pdf_text_string(title))
    for index, lines in enumerate(layout.pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font "
            b"<< /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (_PAGE_WIDTH, _PAGE_HEIGHT, first_page + 2 * index + 1)
        )
        objects.append(_page_stream(lines))
    return _serialize_pdf(objects)


_XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "application/vnd.openxmlformats-officedocument"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xml(text: str) -> str:
    """Escape text for XML content and attributes, dropping characters XML 1.0 forbids."""
    text = _INVALID_XML.sub("", str(text))
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _relationships(targets: list[tuple[str, str]]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, start=1)
    )
    return f'{_XML_HEADER}<Relationships xmlns="{_PKG}/relationships">{rels}</Relationships>'


def _package(title: str, main: str, overrides: dict[str, str], parts: dict[str, str]) -> bytes:
    """Zip an OOXML package: content types, package rels, doc props and the given parts."""
    overrides = overrides | {
        "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "docProps/app.xml": f"{_OFFICE}.extended-properties+xml",
    }
    types = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>' for n, t in overrides.items())
    all_parts = {
        "[Content_Types].xml": f'{_XML_HEADER}<Types xmlns="{_PKG}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{types}</Types>",
        "_rels/.rels": _relationships(
            [
                (f"{_REL}/officeDocument", main),
                (f"{_PKG}/relationships/metadata/core-properties", "docProps/core.xml"),
                (f"{_REL}/extended-properties", "docProps/app.xml"),
            ]
        ),
        "docProps/core.xml": f'{_XML_HEADER}<cp:coreProperties xmlns:cp="{_PKG}/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{_xml(title)}</dc:title></cp:coreProperties>",
        "docProps/app.xml": f'{_XML_HEADER}<Properties xmlns="{_EXTENDED}">'
        "<Application>Planning for Safety</Application></Properties>",
        **parts,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in all_parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


def _docx_paragraph(text: str, style: str) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>'
    )


def _docx_style(style_id: str, name: str, ppr: str = "", rpr: str = "") -> str:
    based = "" if style_id == "Normal" else '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    default = ' w:default="1"' if style_id == "Normal" else ""
    return (
        f'<w:style w:type="paragraph"{default} w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f"{based}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def make_docx(title: str, sections: list[dict]) -> bytes:
    """Return a Word document (A4) with a Title paragraph, Heading1 headings and Normal text."""
    body = [_docx_paragraph(title, "Title")]
    for section in sections:
        body.append(_docx_paragraph(section["heading"], "Heading1"))
        body.extend(_docx_paragraph(text, "Normal") for text in section["paragraphs"])
    margins = 'w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"'
    document = (
        f'{_XML_HEADER}<w:document xmlns:w="{_W}"><w:body>{"".join(body)}'
        f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar {margins} w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    font = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
    heading = '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>'
    styles = "".join(
        [
            f'{_XML_HEADER}<w:styles xmlns:w="{_W}">',
            _docx_style("Normal", "Normal", '<w:spacing w:after="120"/>', font),
            _docx_style("Title", "Title", '<w:spacing w:after="240"/>', '<w:b/><w:sz w:val="48"/>'),
            _docx_style("Heading1", "heading 1", heading, '<w:b/><w:sz w:val="32"/>'),
            "</w:styles>",
        ]
    )
    return _package(
        title,
        "word/document.xml",
        {
            "word/document.xml": f"{_OFFICE}.wordprocessingml.document.main+xml",
            "word/styles.xml": f"{_OFFICE}.wordprocessingml.styles+xml",
        },
        {
            "word/document.xml": document,
            "word/styles.xml": styles,
            "word/_rels/document.xml.rels": _relationships([(f"{_REL}/styles", "styles.xml")]),
        },
    )


def _sheet_name(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, not quoted, not empty."""
    name = re.sub(r"[\[\]:*?/\\]", "", title).strip().strip("'")[:31].strip()
    return name or "Sheet1"


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _xlsx_row(number: int, values: list[str], style: int) -> str:
    cells = "".join(
        f'<c r="{_column(i)}{number}" s="{style}" t="inlineStr">'
        f'<is><t xml:space="preserve">{_xml(value)}</t></is></c>'
        for i, value in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def make_xlsx(title: str, columns: list[str], rows: list[list[str]]) -> bytes:
    """Return a one-sheet workbook: a bold header row of columns, then rows, as inline strings."""
    table = [columns, *rows]
    widths = [
        min(60, max(len(str(row[i])) for row in table if i < len(row)) + 2)
        for i in range(max(map(len, table)))
    ]
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
        for i, w in enumerate(widths, start=1)
    )
    data = "".join(_xlsx_row(n, row, int(n == 1)) for n, row in enumerate(table, start=1))
    sheet = (
        f'{_XML_HEADER}<worksheet xmlns="{_S}">{"<cols>" + cols + "</cols>" if cols else ""}'
        f"<sheetData>{data}</sheetData></worksheet>"
    )
    workbook = (
        f'{_XML_HEADER}<workbook xmlns="{_S}" xmlns:r="{_REL}"><sheets>'
        f'<sheet name="{_xml(_sheet_name(title))}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    xf = '<xf numFmtId="0" fontId="{}" fillId="0" borderId="0" xfId="0"{}/>'
    cell_formats = xf.format(0, "") + xf.format(1, ' applyFont="1"')
    styles = (
        f'{_XML_HEADER}<styleSheet xmlns="{_S}"><fonts count="2">'
        '<font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        f'</cellStyleXfs><cellXfs count="2">{cell_formats}'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    )
    return _package(
        title,
        "xl/workbook.xml",
        {
            "xl/workbook.xml": f"{_OFFICE}.spreadsheetml.sheet.main+xml",
            "xl/worksheets/sheet1.xml": f"{_OFFICE}.spreadsheetml.worksheet+xml",
            "xl/styles.xml": f"{_OFFICE}.spreadsheetml.styles+xml",
        },
        {
            "xl/workbook.xml": workbook,
            "xl/_rels/workbook.xml.rels": _relationships(
                [(f"{_REL}/worksheet", "worksheets/sheet1.xml"), (f"{_REL}/styles", "styles.xml")]
            ),
            "xl/worksheets/sheet1.xml": sheet,
            "xl/styles.xml": styles,
        },
    )
