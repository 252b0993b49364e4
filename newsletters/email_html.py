"""Make rendered HTML fit for email: inline styles, absolute links, and a plain-text twin.

Mail clients drop <style> sheets and resolve no relative links, so every tag we emit gets
its style inline and every link its full address.
"""

from html import escape
from html.parser import HTMLParser
from urllib.parse import urljoin

FONT = "font-family:Arial,Helvetica,sans-serif;"
TAG_STYLES = {
    "h2": FONT + "font-size:22px;line-height:1.3;color:#1d2b4f;margin:28px 0 8px;",
    "h3": FONT + "font-size:18px;line-height:1.3;color:#1d2b4f;margin:20px 0 6px;",
    "h4": FONT + "font-size:16px;line-height:1.3;color:#1d2b4f;margin:16px 0 6px;",
    "p": FONT + "font-size:16px;line-height:1.5;color:#1f1f1f;margin:0 0 14px;",
    "ul": FONT + "font-size:16px;line-height:1.5;color:#1f1f1f;margin:0 0 14px;padding-left:22px;",
    "ol": FONT + "font-size:16px;line-height:1.5;color:#1f1f1f;margin:0 0 14px;padding-left:22px;",
    "li": "margin:0 0 6px;",
    "a": "color:#0b4f9c;text-decoration:underline;",
}
VOID_TAGS = {"br", "hr", "img"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "table", "tr", "blockquote"}


class _Inliner(HTMLParser):
    def __init__(self, base_url):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.out = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        attributes.pop("class", None)
        for name in ("href", "src"):
            if attributes.get(name, "").startswith("/"):
                attributes[name] = urljoin(self.base_url, attributes[name])
        if tag in TAG_STYLES:
            attributes["style"] = TAG_STYLES[tag] + attributes.get("style", "")
        rendered = "".join(
            f' {name}="{escape(value, quote=True)}"' if value is not None else f" {name}"
            for name, value in attributes.items()
        )
        self.out.append(f"<{tag}{rendered}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in VOID_TAGS:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(escape(data, quote=False))


def inline_styles(html, base_url):
    """The HTML with inline styles on text tags, no classes, and absolute links."""
    parser = _Inliner(base_url)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


class _TextMaker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS or tag == "br":
            self.out.append("\n\n" if tag != "br" else "\n")
        if tag == "li":
            self.out.append("\n- ")
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag == "a":
            href = self.links.pop() if self.links else None
            if href and not href.startswith("mailto:"):
                self.out.append(f" ({href})")
        if tag in BLOCK_TAGS:
            self.out.append("\n\n")

    def handle_data(self, data):
        self.out.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_to_text(html):
    """Readable plain text: paragraphs, "- " bullets, and links written out after their text."""
    parser = _TextMaker()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.out).splitlines()]
    text, blank = [], False
    for line in lines:
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip() + "\n"
