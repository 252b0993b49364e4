"""Snippets for results whose words the store did not mark: the summary, escaped."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240


def fallback_snippet(summary):
    """The summary as a snippet when the engine marked nothing: escaped, about
    SNIPPET_LENGTH characters, cut at a word with " …" when longer."""
    text = " ".join((summary or "").split())
    if len(text) > SNIPPET_LENGTH:
        head = text[: SNIPPET_LENGTH + 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else head[:SNIPPET_LENGTH]
        text = cut + " …"
    return mark_safe(escape(text))  # noqa: S308 - the whole text is escaped
