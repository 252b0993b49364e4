"""The tool library at /resources/: filters, keyword, sort, counts and pagination.

Several values within one filter mean OR; different filters combine with AND. Each filter's
counts apply every other filter but not its own, so a count says how many tools that value
would show next to the current selection. Unknown values are ignored, never an error.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, When

from home.facets import Facet, FacetOption, toggled_query
from home.keywords import clean_keywords
from home.models import Audience, Topic
from network.access import visible_pages
from resources.formats import Format
from resources.models import ResourcePage, ToolType

TOOLS_PER_PAGE = 20
MAX_KEYWORD_LENGTH = 200
MAX_KEYWORD_MATCHES = 500
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


def through_filter(relation, slugs):
    """Tool ids tagged with any of these slugs through a many-to-many relation."""
    through = getattr(ResourcePage, relation).through
    target = "topic" if relation == "topics" else "audience"
    return through.objects.filter(**{f"{target}__slug__in": slugs}).values("resourcepage_id")


FACET_FILTERS = {
    "topic": lambda tools, values: tools.filter(pk__in=through_filter("topics", values)),
    "audience": lambda tools, values: tools.filter(pk__in=through_filter("audiences", values)),
    "type": lambda tools, values: tools.filter(tool_type__in=values),
    "format": lambda tools, values: tools.filter(file_format__in=values),
}


def apply_filters(tools, query, skip=None):
    for param, values in query.selected.items():
        if values and param != skip:
            tools = FACET_FILTERS[param](tools, values)
    return tools


def count_by_relation(relation, tools):
    through = getattr(ResourcePage, relation).through
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


def keyword_ranking(keyword):
    """Ids of live tools matching every word of the keyword, best match first."""
    results = ResourcePage.objects.live().search(keyword, operator="and")[:MAX_KEYWORD_MATCHES]
    return [tool.pk for tool in results]


def ordered(tools, query, ranking):
    if query.sort == "relevance":
        rank = Case(
            *[When(pk=pk, then=position) for position, pk in enumerate(ranking)],
            output_field=IntegerField(),
        )
        return tools.annotate(rank=rank).order_by("rank")
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


def library_context(index_page, request):
    """Everything the library template needs, in a fixed number of queries."""
    choices = facet_choices(Topic.objects.all(), Audience.objects.all())
    query = LibraryQuery.from_querydict(request.GET, choices)
    tools = visible_pages(request.user, ResourcePage.objects.descendant_of(index_page))
    ranking = keyword_ranking(query.keyword) if query.keyword else None
    if ranking is not None:
        tools = tools.filter(pk__in=ranking)

    facets = []
    for param, values in choices.items():
        counts = FACET_COUNTS[param](apply_filters(tools, query, skip=param))
        facets.append(
            Facet(
                param,
                FACET_LABELS[param],
                [
                    FacetOption(
                        value,
                        label,
                        counts.get(value, 0),
                        value in query.selected[param],
                        toggled_query(request.GET, param, value),
                    )
                    for value, label in values.items()
                ],
            )
        )

    results = ordered(apply_filters(tools, query), query, ranking).select_related("document")
    paginator = Paginator(results, TOOLS_PER_PAGE)
    page = paginator.get_page(query.page)
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
