"""Markdown written by members, rendered to HTML that is safe to show to everyone.

Raw HTML is not Markdown here: the parser's HTML handling is switched off, so "<b>" shows
as text. The rendered HTML then goes through nh3 (the Ammonia sanitiser) with a short
allow-list as a second line of defence: no scripts, styles, event handlers or images, and
links keep only http(s) and mailto addresses, with rel="nofollow noopener noreferrer ugc".
"""

import markdown as markdown_lib
import nh3
from markdown.extensions import Extension

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4",
    "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


class NoRawHtml(Extension):
    """Treat HTML tags and images as plain text."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("image_link")
        md.inlinePatterns.deregister("image_reference")


def render_markdown(source):
    """Sanitised HTML for a member's Markdown."""
    html = markdown_lib.markdown(
        source or "", extensions=["sane_lists", NoRawHtml()], output_format="html"
    )
    # Headings written with "#" become h3/h4 so a post never outranks the page's own headings.
    html = (
        html.replace("<h1>", "<h3>")
        .replace("</h1>", "</h3>")
        .replace("<h2>", "<h3>")
        .replace("</h2>", "</h3>")
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )


def quote_markdown(author_name, source):
    """A Markdown blockquote of a post, for the start of a reply."""
    lines = [f"**{author_name} wrote:**", "", *(source or "").strip().splitlines()]
    return "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"
