"""Real Word and Excel files from text, with the standard library only (deterministic).

PDF files: home/pdf.py."""

import io
import re
import zipfile

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
