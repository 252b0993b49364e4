"""What the search index holds and what a search asks of it.

One SearchDocument per findable thing (a page, a discussion thread, a reply, a session note),
carrying everything a result, a facet count or an access check needs, so that a search is
answered by the index alone: the engine (Elasticsearch/OpenSearch) or, on the embedded
default, a database table (search.stores). Nothing is built per match in Python.

Access: a document lists its *scopes* (network.access.scopes_of_*), a person has scopes
(network.access.scopes_of_person), and a person may see a document when they share one.
"""

import hashlib
import json
from dataclasses import dataclass, field

#: The facets, in display order: query parameter and label.
FACETS = {
    "topic": "Topic",
    "type": "Content type",
    "audience": "Audience",
    "tool_type": "Tool type",
    "format": "Format",
    "event_format": "Event format",
    "region": "Region",
    "year": "Year",
}
#: The document field that holds the access scopes (stored beside the facet values).
SCOPE = "scope"

KIND_LABELS = {
    "pack": "Resource pack",
    "tool": "Tool",
    "event": "Event",
    "newsletter": "Newsletter",
    "page": "Page",
    "discussion": "Discussion",
    "session-note": "Session note",
}

SORTS = ("relevance", "newest", "event_date", "title")


@dataclass(frozen=True)
class SearchDocument:
    key: str  # "page:12", "thread:3", "post:40", "session:2"
    kind: str  # a KIND_LABELS key; also the "type" facet's value
    title: str
    url: str
    scopes: frozenset
    summary: str = ""
    body: str = ""
    published: object = None  # an aware datetime: "newest" and the year facet
    event_start: object = None  # an aware datetime, events only
    facets: dict = field(default_factory=dict)  # facet param -> frozenset of values
    #: shown when browsing without a keyword (replies are found only by their words)
    listed: bool = True

    def facet_values(self):
        """{facet: sorted values}, including the type and year every document has."""
        values = {name: sorted(v) for name, v in self.facets.items() if v}
        values["type"] = [self.kind]
        if self.published:
            values["year"] = [str(self.published.year)]
        return values

    @property
    def fingerprint(self):
        """A digest of everything indexed: the index check compares it with the index."""
        data = {
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "scopes": sorted(self.scopes),
            "summary": self.summary,
            "body": self.body,
            "published": self.published.isoformat() if self.published else None,
            "event_start": self.event_start.isoformat() if self.event_start else None,
            "facets": self.facet_values(),
            "listed": self.listed,
        }
        encoded = json.dumps(data, sort_keys=True).encode()
        return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()


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
