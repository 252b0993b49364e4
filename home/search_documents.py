"""Search documents: what a findable thing tells the search index about itself.

Content apps build these for their pages, threads and notes and hand them to search through
the "register_search_documents" hook (a DocumentSource each); search.stores keeps and
searches them. Access: a document lists its *scopes* (from network.access), a person holds
scopes, and a person may see a document when they share one.
"""

import datetime
import hashlib
import json
from dataclasses import dataclass, field

from django.utils import timezone

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
class DocumentSource:
    """One kind of findable thing: its key prefix ("page", "thread"...) and a builder.

    `build(ids)` yields the documents of those objects that should be findable now (an
    object left out is removed from the index); `build(None)` yields every one."""

    prefix: str
    build: object  # callable(ids or None) -> iterable of SearchDocument


def start_of_day(day):
    """A date as an aware datetime (midnight in the site's time zone): documents sort and
    facet by datetimes, and some things (newsletter issues, session notes) only have a date."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time())) if day else None
