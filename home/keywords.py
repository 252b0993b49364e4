"""Keywords typed into a search box, made safe for every search backend."""

import unicodedata

from wagtail import hooks

# A lone double quote opens a phrase that never closes: SQLite's full-text search refuses it.
QUERY_SYNTAX = str.maketrans({'"': " "})


def printable(text):
    """Drop control and format characters (a NUL ends SQLite's query string early)."""
    return "".join(char for char in text if not unicodedata.category(char).startswith("C"))


def clean_keywords(raw, max_length=200):
    """The words of a search box: no phrase quotes, single spaces, at most max_length."""
    return " ".join(printable(raw or "").translate(QUERY_SYNTAX).split())[:max_length].strip()


def keyword_search(user, params, **options):
    """Site search for a listing's keyword box (the library's ?q=): the one search service,
    which the search app registers as the "keyword_search" hook (content apps do not
    import search). Returns search.service.search_page's answer."""
    (search,) = hooks.get_hooks("keyword_search")
    return search(user, params, **options)
