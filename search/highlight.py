"""Snippets with the query's words marked; all text is escaped, only <mark> is markup."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240


def terms_of(query):
    return [term for term in re.findall(r"\w+", query.lower()) if len(term) > 1]


def snippet(text, query):
    """About SNIPPET_LENGTH characters of text around the first matched word, words marked."""
    text = " ".join((text or "").split())
    terms = terms_of(query)
    start = 0
    if terms:
        found = re.search(r"\b(" + "|".join(map(re.escape, terms)) + r")", text, re.IGNORECASE)
        if found and found.start() > SNIPPET_LENGTH // 3:
            start = text.rfind(" ", 0, found.start() - SNIPPET_LENGTH // 3) + 1
    excerpt = text[start : start + SNIPPET_LENGTH]
    if start + SNIPPET_LENGTH < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + " …"
    if start:
        excerpt = "… " + excerpt
    if not terms:
        return escape(excerpt)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, terms)) + r")", re.IGNORECASE)
    pieces, last = [], 0
    for found in pattern.finditer(excerpt):
        pieces += [escape(excerpt[last : found.start()]), f"<mark>{escape(found.group())}</mark>"]
        last = found.end()
    pieces.append(escape(excerpt[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - each piece of text is escaped


def fallback_snippet(summary):
    """The summary as a snippet when the engine marked nothing: escaped, about
    SNIPPET_LENGTH characters, cut at a word with " …" when longer."""
    text = " ".join((summary or "").split())
    if len(text) > SNIPPET_LENGTH:
        head = text[: SNIPPET_LENGTH + 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else head[:SNIPPET_LENGTH]
        text = cut + " …"
    return mark_safe(escape(text))  # noqa: S308 - the whole text is escaped
