"""The tool library at /resources/: filters, keyword, sort, counts and pagination.

Several values within one filter mean OR; different filters combine with AND. Each filter's
counts apply every other filter but not its own, so a count says how many tools that value
would show next to the current selection. Unknown values are ignored, never an error.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import QueryDict

from home.facets import Facet, FacetOption, toggled_query
from home.keywords import clean_keywords, keyword_search
from home.models import Audience, Topic
from resources.formats import Format
from resources.tool_types import ToolType

TOOLS_PER_PAGE = 20
MAX_KEYWORD_LENGTH = 200
SORTS = {"relevance": "Most relevant", "newest": "Newest", "title": "A to Z"}


@dataclass
class LibraryQuery:
    """What the visitor asked for, keeping only values that exist."""

    selected: dict = field(default_factory=dict)  # facet param -> tuple of values
    keyword: str = ""
    sort: str = "newest"
    page: str = "1"

    @classmethod
    def from_querydict(cls, params, choices):
        selected = {}
        for param, valid in choices.items():
            values = [value for value in params.getlist(param) if value in valid]
            selected[param] = tuple(dict.fromkeys(values))
        keyword = clean_keywords(params.get("q", ""), MAX_KEYWORD_LENGTH)
        sort = params.get("sort", "")
        if sort not in SORTS or (sort == "relevance" and not keyword):
            sort = "relevance" if keyword else "newest"
        return cls(selected, keyword, sort, params.get("page", "1"))

    @property
    def is_filtered(self):
        return bool(self.keyword) or any(self.selected.values())


def through_filter(tools, relation, slugs):
    """Tool ids tagged with any of these slugs through a many-to-many relation."""
    through = getattr(tools.model, relation).through
    target = "topic" if relation == "topics" else "audience"
    return through.objects.filter(**{f"{target}__slug__in": slugs}).values("resourcepage_id")


FACET_FILTERS = {
    "topic": lambda tools, values: tools.filter(pk__in=through_filter(tools, "topics", values)),
    "audience": lambda tools, values: tools.filter(
        pk__in=through_filter(tools, "audiences", values)
    ),
    "type": lambda tools, values: tools.filter(tool_type__in=values),
    "format": lambda tools, values: tools.filter(file_format__in=values),
}


def apply_filters(tools, query, skip=None):
    for param, values in query.selected.items():
        if values and param != skip:
            tools = FACET_FILTERS[param](tools, values)
    return tools


def count_by_relation(relation, tools):
    through = getattr(tools.model, relation).through
    target = "topic" if relation == "topics" else "audience"
    rows = (
        through.objects.filter(resourcepage__in=tools.values("pk"))
        .values(f"{target}__slug")
        .annotate(n=Count("resourcepage_id", distinct=True))
    )
    return {row[f"{target}__slug"]: row["n"] for row in rows}


def count_by_field(field_name, tools):
    rows = tools.order_by().values(field_name).annotate(n=Count("pk"))
    return {row[field_name]: row["n"] for row in rows}


FACET_COUNTS = {
    "topic": lambda tools: count_by_relation("topics", tools),
    "audience": lambda tools: count_by_relation("audiences", tools),
    "type": lambda tools: count_by_field("tool_type", tools),
    "format": lambda tools: count_by_field("file_format", tools),
}


def ordered(tools, query):
    if query.sort == "title":
        return tools.order_by("title", "pk")
    return tools.order_by("-first_published_at", "title", "pk")


def facet_choices(topics, audiences):
    return {
        "topic": {topic.slug: topic.name for topic in topics},
        "audience": {audience.slug: audience.name for audience in audiences},
        "type": dict(ToolType.choices),
        "format": dict(Format.choices),
    }


FACET_LABELS = {"topic": "Topic", "audience": "Audience", "type": "Tool type", "format": "Format"}


#: the library's filter parameters and the site search's facets they are
SEARCH_FACETS = {"topic": "topic", "audience": "audience", "type": "tool_type", "format": "format"}


#: the names library_context gives the template
LIBRARY_CONTEXT = ("library", "facets", "sorts", "tools", "packs")


def library_context(index_page, request, tools):
    """Everything the library template needs, in a fixed number of queries.

    `tools` is every tool (a ResourcePage queryset): the library page passes it, since
    resources.models imports this module and not the other way round. Browsing is a database
    listing of the tools below the index page; a keyword search goes to site search
    (search.service), which matches, counts and pages in the search index."""
    choices = facet_choices(Topic.objects.all(), Audience.objects.all())
    query = LibraryQuery.from_querydict(request.GET, choices)
    if query.keyword:
        facets, page = searched_tools(tools, request, query, choices)
    else:
        facets, page = listed_tools(tools, index_page, request, query, choices)
    packs_by_path = {pack.path: pack for pack in index_page.listed_children()}
    for tool in page.object_list:
        tool.pack_page = packs_by_path.get(tool.path[: -index_page.steplen])
    return {
        "library": query,
        "facets": facets,
        "sorts": SORTS,
        "tools": page,
        "packs": list(packs_by_path.values()),
    }


def facet(param, values, counts, query, params):
    options = [
        FacetOption(
            value,
            label,
            counts.get(value, 0),
            value in query.selected[param],
            toggled_query(params, param, value),
        )
        for value, label in values.items()
    ]
    return Facet(param, FACET_LABELS[param], options)


def listed_tools(tools, index_page, request, query, choices):
    tools = tools.descendant_of(index_page).visible_to(request.user)
    facets = [
        facet(
            param,
            values,
            FACET_COUNTS[param](apply_filters(tools, query, skip=param)),
            query,
            request.GET,
        )
        for param, values in choices.items()
    ]
    results = ordered(apply_filters(tools, query), query).select_related("document")
    return facets, Paginator(results, TOOLS_PER_PAGE).get_page(query.page)


def searched_tools(tools, request, query, choices):
    """Facets and the page of tools for a keyword, from site search."""
    params = QueryDict(mutable=True)
    params.update({"q": query.keyword, "sort": query.sort, "page": query.page})
    for param, search_facet in SEARCH_FACETS.items():
        params.setlist(search_facet, query.selected[param])
    response, page, *_ = keyword_search(
        request.user,
        params,
        within={"type": frozenset({"tool"})},
        counted=tuple(SEARCH_FACETS.values()),
        per_page=TOOLS_PER_PAGE,
        sorts=SORTS,
    )
    facets = [
        facet(param, values, response.counts.get(SEARCH_FACETS[param], {}), query, request.GET)
        for param, values in choices.items()
    ]
    found = tools.select_related("document").in_bulk([hit.object_id for hit in page.object_list])
    page.object_list = [found[hit.object_id] for hit in page.object_list if hit.object_id in found]
    return facets, page
