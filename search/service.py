"""Site search: match, keep what the person may see, facet, sort and page.

1. The keyword goes to the search engine for each kind of content (search.matching); with
   no keyword, everything the person may see is browsed.
2. Items are built only for what the access policy allows (search.items), so nothing
   gated reaches results, counts, snippets or facets.
3. Facets are counted over those items (search.facets); results are sorted and paged.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator

from home.keywords import clean_keywords
from home.page_cache import remembered
from network.access import is_signed_in, visible_spaces
from network.community.models import Post
from search import items as item_builders
from search.facets import count_facets, facet_labels, passes, selected_values
from search.highlight import snippet, terms_of
from search.matching import autocomplete_ids, fused_scores, match

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SORTS = {"relevance": "Most relevant", "newest": "Newest first", "event_date": "Event date"}


@dataclass
class SearchOutcome:
    query: str
    sort: str
    page: object  # a Paginator page of SearchItems
    facets: list
    chips: list  # selected FacetOptions, each with the link that removes it
    total: int
    sorts: dict
    browsing: bool


def may_see_discussions(user):
    return is_signed_in(user) and visible_spaces(user).exists()


def fold_opening_posts(found):
    """An opening post matching means its thread matches: rank the thread in its place."""
    posts = found.get("post")
    if not posts:
        return found
    opening = dict(
        Post.objects.filter(pk__in=posts, is_opening=True).values_list("pk", "thread_id")
    )
    threads = list(found.get("thread", []))
    for pk in posts:
        if pk in opening and opening[pk] not in threads:
            threads.append(opening[pk])
    return {**found, "thread": threads, "post": [pk for pk in posts if pk not in opening]}


def gather(user, query):
    """(items, relevance scores or None) for everything matching that the user may see.

    What anonymous visitors may see is the same for all of them: their matches are shared
    through the page cache, emptied on every publish."""
    if not user.is_authenticated:
        return remembered(f"search:{query}", lambda: gather_for(user, query))
    return gather_for(user, query)


def gather_for(user, query):
    discussions = may_see_discussions(user)
    if not query:
        items = item_builders.page_items(user)
        if discussions:  # browsing lists threads; single replies are found by their words
            items += item_builders.discussion_items(user, post_ids=[])
            items += item_builders.session_items(user)
        return items, None
    found = fold_opening_posts(match(query, discussions))
    items = item_builders.page_items(user, found["page"])
    if discussions:
        items += item_builders.discussion_items(user, found["thread"], found["post"])
        items += item_builders.session_items(user, found["session"])
    return items, fused_scores(found)


TITLE_BONUS = 0.02  # more than the gap between first and last place in a ranked list
# Packs gather a topic's tools: among equally good matches they come first.
KIND_BONUS = {"pack": 0.005}


def title_bonus(item, terms):
    """Up to TITLE_BONUS for titles holding the query's words (the same on every backend)."""
    if not terms:
        return 0
    words = re.findall(r"\w+", item.title.lower())
    hits = sum(any(word.startswith(term) for word in words) for term in terms)
    return TITLE_BONUS * hits / len(terms)


def sort_items(items, sort, scores, query=""):
    newest = sorted(items, key=lambda item: (str(item.date or ""), item.title), reverse=True)
    if sort == "relevance" and scores is not None:
        terms = terms_of(query)
        return sorted(
            newest,
            key=lambda item: (
                scores.get(item.key, 0) + title_bonus(item, terms) + KIND_BONUS.get(item.kind, 0)
            ),
            reverse=True,
        )
    if sort == "event_date":
        events = sorted(
            (item for item in items if item.event_start), key=lambda item: item.event_start
        )
        return events + [item for item in newest if not item.event_start]
    return newest


def chosen_sort(params, query):
    sort = params.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not query):
        return "relevance" if query else "newest"
    return sort


def run_search(user, params):
    query = clean_keywords(params.get("q", ""), MAX_QUERY_LENGTH)
    items, scores = gather(user, query)
    labels = facet_labels(items)
    selected = selected_values(params, labels)
    facets = count_facets(items, selected, labels, params)
    shown = [item for item in items if passes(item, selected)]
    sort = chosen_sort(params, query)
    page = Paginator(sort_items(shown, sort, scores, query), RESULTS_PER_PAGE).get_page(
        params.get("page")
    )
    for item in page:
        item.snippet = snippet(item.text, query)
    return SearchOutcome(
        query=query,
        sort=sort,
        page=page,
        facets=facets,
        chips=[option for facet in facets for option in facet.selected],
        total=len(shown),
        sorts=SORTS,
        browsing=not query,
    )


AUTOCOMPLETE_LIMIT = 8


def suggestions(user, raw_query):
    """Up to AUTOCOMPLETE_LIMIT titles for the search box, only what the user may see."""
    query = clean_keywords(raw_query, MAX_QUERY_LENGTH)
    if len(query) < 2:
        return []
    discussions = may_see_discussions(user)
    found = autocomplete_ids(query, discussions, AUTOCOMPLETE_LIMIT)
    items = item_builders.page_items(user, found["page"])
    if discussions:
        items += item_builders.discussion_items(user, found["thread"], post_ids=[])
        items += item_builders.session_items(user, found["session"])
    scores = fused_scores(found)
    ranked = sorted(items, key=lambda item: scores.get(item.key, 0), reverse=True)
    return [
        {"title": item.title, "url": item.url, "type": item.kind_label}
        for item in ranked[:AUTOCOMPLETE_LIMIT]
    ]
