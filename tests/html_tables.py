"""Reading tables out of rendered HTML, as a screen reader meets them: by caption."""

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.links = [], []
        self._cell = self._row = self._caption = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            classes = (dict(attrs).get("class") or "").split()
            self.tables.append({"caption": "", "classes": classes, "rows": []})
        elif tag == "caption":
            self._caption = []
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = {"text": [], "links": []}
        elif tag == "a" and self._cell is not None:
            self._cell["links"].append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag == "caption" and self._caption is not None:
            self.tables[-1]["caption"] = " ".join("".join(self._caption).split())
            self._caption = None
        elif tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell["text"]).split())
            self._row.append({"text": text, "links": self._cell["links"]})
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1]["rows"].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._caption is not None:
            self._caption.append(data)
        if self._cell is not None:
            self._cell["text"].append(data)


def table_rows(html, caption_starts=None):
    """The body rows (header row left out) of the table whose caption starts so, or with no
    caption given, of the first listing (a Wagtail report's): each a list of cells, each
    cell {"text": ..., "links": [...]}."""
    parser = _Tables()
    parser.feed(html)
    for table in parser.tables:
        if caption_starts is None and "listing" in table["classes"]:
            return table["rows"][1:]
        if caption_starts is not None and table["caption"].startswith(caption_starts):
            return table["rows"][1:]
    raise AssertionError(f"no table captioned {caption_starts!r}")
