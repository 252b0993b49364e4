"""Make rendered HTML fit for email: inline styles, absolute links, and a plain-text twin.

Mail clients drop <style> sheets and resolve no relative links, so every tag we emit gets
its style inline and every link its full address.
"""

import re
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


HEADING_RULES = {"h1": "=", "h2": "=", "h3": "-", "h4": "-"}
SKIPPED_TAGS = {"style", "script", "head", "title"}


class _TextMaker(HTMLParser):
    """Plain text the way a reader expects it: the words as written (spaces around links and
    bold kept), headings underlined, numbered and bulleted lists, links written out once."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.links = []  # (href, where the link's text starts in out)
        self.lists = []  # per open list: the next number, or None for bullets
        self.heading = None  # (tag, where its text starts in out)
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("ul", "ol"):
            self.out.append("\n\n" if not self.lists else "")
            self.lists.append(1 if tag == "ol" else None)
        elif tag == "li":
            self.list_item()
        elif tag in BLOCK_TAGS:
            self.out.append("\n\n")
            if tag in HEADING_RULES:
                self.heading = (tag, len(self.out))
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.out)))

    def list_item(self):
        number = self.lists[-1] if self.lists else None
        indent = "  " * (len(self.lists) - 1)
        if number is None:
            self.out.append(f"\n{indent}- ")
        else:
            self.out.append(f"\n{indent}{number}. ")
            self.lists[-1] += 1

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.links:
            self.end_link(*self.links.pop())
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.out.append("\n\n" if not self.lists else "")
        elif tag in BLOCK_TAGS:
            if self.heading and self.heading[0] == tag:
                self.underline(*self.heading)
                self.heading = None
            self.out.append("\n\n")

    def end_link(self, href, start):
        """Write the address after the link's text, unless the text is the address."""
        text = " ".join("".join(self.out[start:]).split())
        address = href.removeprefix("mailto:")
        if address and address != text:
            self.out.append(f" ({address})")

    def underline(self, tag, start):
        text = " ".join("".join(self.out[start:]).split())
        del self.out[start:]
        self.out.append(f"{text}\n{HEADING_RULES[tag] * len(text)}")

    def handle_data(self, data):
        if not self.skipping:
            # Runs of whitespace (HTML's line breaks and indents) become one space; a space
            # next to a tag, as in "Read the <a>library</a> today", is kept.
            self.out.append(re.sub(r"\s+", " ", data))


LIST_ITEM = re.compile(r"^( *)(- |\d+\. )(.*)$")


def tidy(line):
    """One line without stray spaces; a list item keeps its nesting indent."""
    item = LIST_ITEM.match(line)
    if item:
        indent, marker, text = item.groups()
        return indent + marker + " ".join(text.split())
    return " ".join(line.split())


def html_to_text(html):
    """Readable plain text: paragraphs, underlined headings, lists, links written out."""
    parser = _TextMaker()
    parser.feed(html)
    parser.close()
    text, blank = [], False
    for line in map(tidy, "".join(parser.out).splitlines()):
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip() + "\n"
