"""What the search index holds and what a search asks of it.

One SearchDocument per findable thing (a page, a discussion thread, a reply, a session note),
carrying everything a result, a facet count or an access check needs, so that a search is
answered by the index alone: the engine (Elasticsearch/OpenSearch) or, on the embedded
default, a database table (search.stores). Nothing is built per match in Python.

The documents themselves are defined in home.search_documents, so that the content apps
that supply them (through the "register_search_documents" hook) need not import search.
"""

from dataclasses import dataclass, field

from home.search_documents import FACETS, KIND_LABELS, SCOPE, SearchDocument

__all__ = ["FACETS", "KIND_LABELS", "SCOPE", "SORTS", "Hit", "SearchDocument", "SearchRequest",
           "SearchResponse"]  # fmt: skip

SORTS = ("relevance", "newest", "event_date", "title")
#: Packs gather a topic's tools: their relevance is multiplied by this on both stores, so
#: that a pack comes before the tools that match about as well as it does.
PACK_BOOST = 1.5


@dataclass(frozen=True)
class SearchRequest:
    """One search: the words, who asks (their scopes), filters, sort and the page wanted."""

    text: str  # cleaned keywords; "" browses
    scopes: frozenset
    selected: dict = field(default_factory=dict)  # facet -> frozenset of chosen values
    #: fixed filters that are not facets shown to the person (e.g. the library: type=tool)
    within: dict = field(default_factory=dict)
    counted: tuple = tuple(FACETS)  # the facets to count
    sort: str = "relevance"  # one of SORTS; "relevance" needs text
    offset: int = 0
    limit: int = 10
    highlight: bool = True


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    published: object = None
    event_start: object = None
    snippet: str = ""  # safe HTML: escaped text, matched words in <mark>
    state: object = None  # set by the view for events (booking state)

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, "Page")

    @property
    def date(self):
        return self.event_start or self.published

    @property
    def object_id(self):
        return int(self.key.split(":")[1])

    @property
    def page_id(self):
        return self.object_id if self.key.startswith("page:") else None


@dataclass
class SearchResponse:
    total: int
    hits: list
    counts: dict  # facet -> {value: number of documents}
    took_ms: float = 0.0  # the engine's own time, when it reports one
