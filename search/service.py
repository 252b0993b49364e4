"""Site search: every keyword search on the site goes through here.

The question is turned into one SearchRequest (words, the person's scopes, the facets
chosen, the sort and the page wanted) and answered by the store in one go: the engine or
the database computes the matches, access, counts, order, page and snippets
(search.stores). This module only reads the request and labels the answer. An engine that
does not answer raises SearchUnavailable, which every view turns into the 503 page.
"""

import logging
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import Page, Paginator

from events.models import EventFormat
from home import page_cache
from home.facets import Facet, FacetOption, toggled_query
from home.keywords import clean_keywords
from home.models import Audience, Topic
from network.access import scopes_of_person
from network.models import Region
from resources.formats import Format
from resources.models import ToolType
from search.documents import FACETS, KIND_LABELS, SearchRequest
from search.stores import SearchUnavailable, get_store

log = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SORTS = {"relevance": "Most relevant", "newest": "Newest first", "event_date": "Event date"}
AUTOCOMPLETE_LIMIT = 8


@dataclass
class SearchOutcome:
    query: str
    sort: str
    page: object  # a Paginator page of Hits
    facets: list
    chips: list  # selected FacetOptions, each with the link that removes it
    total: int
    sorts: dict
    browsing: bool
    took_ms: float = 0.0


def facet_labels():
    """{param: {value: label}} for the values with fixed labels, in display order. Topics
    and audiences are kept in the shared cache until they (or pages) next change."""
    return page_cache.shared("facet-labels", read_facet_labels)


def read_facet_labels():
    return {
        "topic": dict(Topic.objects.order_by("name").values_list("slug", "name")),
        "type": dict(KIND_LABELS),
        "audience": dict(Audience.objects.order_by("name").values_list("slug", "name")),
        "tool_type": dict(ToolType.choices),
        "format": dict(Format.choices),
        "event_format": dict(EventFormat.choices),
        "region": dict(Region.choices),
    }


def selected_values(params, labels):
    """{param: frozenset of values asked for}; unknown values and facets are ignored.

    Years are free values: any four digits are accepted (a year with nothing finds nothing).
    """
    selected = {}
    for param in FACETS:
        asked = params.getlist(param)
        if param == "year":
            chosen = {value for value in asked if value.isdigit() and len(value) == 4}
        else:
            chosen = {value for value in asked if value in labels[param]}
        if chosen:
            selected[param] = frozenset(chosen)
    return selected


def page_number(params):
    try:
        return max(1, int(params.get("page", 1)))
    except (TypeError, ValueError):
        return 1


def ask(request):
    """The store's answer, or SearchUnavailable when the engine does not give one."""
    try:
        return get_store().search(request)
    except SearchUnavailable as error:
        report_outage(error)
        raise


def report_outage(error):
    """Log an outage once a minute, not once per request of a burst."""
    if cache.add("search:outage-logged", True, timeout=60):
        cause = error.__cause__ or error
        log.error("Search engine unavailable: %s: %s", type(cause).__name__, cause)


def paged(response, number, per_page):
    """A Paginator page of the hits the store returned for this page number."""
    paginator = Paginator(range(response.total), per_page)
    return Page(response.hits, number, paginator)


def search_page(user, params, *, within=None, counted=tuple(FACETS), per_page, sorts):
    """(SearchResponse, page, query, sort, selected, labels) for one page of a search.

    A page number past the end shows the last page, as Django's paginator does."""
    labels = facet_labels()
    query = clean_keywords(params.get("q", ""), MAX_QUERY_LENGTH)
    selected = selected_values(params, labels)
    sort = params.get("sort", "")
    if sort not in sorts or (sort == "relevance" and not query):
        sort = "relevance" if query else "newest"
    number = page_number(params)
    request = SearchRequest(
        text=query,
        scopes=scopes_of_person(user),
        selected=selected,
        within=within or {},
        counted=counted,
        sort=sort,
        offset=(number - 1) * per_page,
        limit=per_page,
    )
    response = ask(request)
    last = max(1, -(-response.total // per_page))
    if number > last:
        number = last
        response = ask(SearchRequest(**{**request.__dict__, "offset": (number - 1) * per_page}))
    return response, paged(response, number, per_page), query, sort, selected, labels


def facet_options(params, response, selected, labels, counted):
    """Facets with their counts; values with no results are left out unless chosen."""
    facets = []
    for param in counted:
        counts = response.counts.get(param, {})
        chosen = selected.get(param, frozenset())
        if param == "year":
            values = {year: year for year in sorted(set(counts) | chosen, reverse=True)}
        else:
            values = labels[param]
        options = [
            FacetOption(
                value,
                label,
                counts.get(value, 0),
                value in chosen,
                toggled_query(params, param, value),
            )
            for value, label in values.items()
            if counts.get(value) or value in chosen
        ]
        if options:
            facets.append(Facet(param, FACETS[param], options))
    return facets


def run_search(user, params):
    """The /search/ page's search: everything the person may see, faceted."""
    response, page, query, sort, selected, labels = search_page(
        user, params, per_page=RESULTS_PER_PAGE, sorts=SORTS
    )
    facets = facet_options(params, response, selected, labels, tuple(FACETS))
    return SearchOutcome(
        query=query,
        sort=sort,
        page=page,
        facets=facets,
        chips=[option for facet in facets for option in facet.selected],
        total=response.total,
        sorts=SORTS,
        browsing=not query,
        took_ms=response.took_ms,
    )


def suggestions(user, raw_query):
    """Up to AUTOCOMPLETE_LIMIT titles for the search box, only what the user may see."""
    query = clean_keywords(raw_query, MAX_QUERY_LENGTH)
    if len(query) < 2:
        return []
    try:
        hits = get_store().suggest(query, scopes_of_person(user), None, AUTOCOMPLETE_LIMIT)
    except SearchUnavailable as error:
        report_outage(error)
        raise
    return [{"title": hit.title, "url": hit.url, "type": hit.kind_label} for hit in hits]
