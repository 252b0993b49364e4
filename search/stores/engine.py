"""The search store on Elasticsearch 9 / OpenSearch 2: one index of SearchDocuments that we own.

The index is reached through an alias, ``{INDEX_PREFIX}documents``, that points at one
concrete index, ``{INDEX_PREFIX}documents_<time>_<random>``. A rebuild loads a new concrete
index and moves the alias in one step, so searches never see a half-built index.

Every search is one ``_msearch`` request of two searches with the same query: the words
and the fixed filters (scopes, `within`, `listed`) in the query, the chosen facet values in
the post filter (so they narrow the results but not the counts).

- The **page**: the results shown, sorted, highlighted, without counting every match
  (so the engine may stop scoring early).
- The **counts**: no results (`size: 0`), the exact total (track_total_hits) and one filter
  aggregation per counted facet that applies every *other* facet's choice (disjunctive
  counts).

Both ask for the shard request cache (`request_cache`): the engine keeps each shard's answer
to this exact request (words, scopes, choices, page) until the index next changes, so a
popular search or a browsing page is matched, ranked and counted once per change, and the
fetch of the page's documents and their highlights is all that repeats. Scopes are part of
the request, so an answer is only ever reused for people holding the same scopes.

The two clients differ in how a request body is passed (the elasticsearch 9 client takes
the body's keys as keyword arguments, opensearch-py takes ``body=``) and in their
exceptions; the adapters below hide that, so the store builds plain request bodies.
"""

import contextlib
import itertools
import operator
import uuid
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe

from search.documents import FACETS, PACK_BOOST, SCOPE, SORTS, Hit, SearchResponse
from search.engines import engine_for_backend, redact_url
from search.highlight import fallback_snippet
from search.stores import SearchUnavailable

#: documents per bulk request (a few MB at most for our pages)
BATCH_SIZE = 1000
#: documents per page when reading every fingerprint
SCAN_SIZE = 5000
#: seconds allowed to bulk loads, deletes and index changes (searches get config TIMEOUT)
WRITE_TIMEOUT = 120
#: the most values counted per facet. Facet values are a controlled vocabulary (tens of
#: topics, a few types, formats and regions; one year per year of content), far below this.
FACET_VALUES_LIMIT = 1000
#: the engine's index.max_result_window: results beyond it are not fetched (totals and
#: counts stay exact; the page is empty)
MAX_RESULT_WINDOW = 10_000
#: longest typed word that suggestions match as a prefix; longer words are cut to it
PREFIX_MAX = 20
SNIPPET_FRAGMENT = 200

TEXT_FIELDS = ("title^3", "summary^2", "body")
RESULT_FIELDS = ["key", "kind", "title", "url", "published", "event_start", "summary"]
MISSING_LAST_DESC = {"order": "desc", "missing": "_last"}
SORT_ORDERS = {
    "relevance": [{"_score": "desc"}, {"published": MISSING_LAST_DESC}],
    "newest": [{"published": MISSING_LAST_DESC}, {"title.sort": "asc"}],
    "event_date": [
        {"event_start": {"order": "asc", "missing": "_last"}},
        {"published": MISSING_LAST_DESC},
    ],
    "title": [{"title.sort": "asc"}],
}
#: the last tie-breaker of every sort, so that pages never overlap or skip a document
TIE_BREAK = {"key": "asc"}
assert set(SORT_ORDERS) == set(SORTS)

ANALYSIS = {
    "filter": {
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stem": {"type": "stemmer", "language": "english"},
        "title_prefixes": {"type": "edge_ngram", "min_gram": 1, "max_gram": PREFIX_MAX},
        "prefix_length": {"type": "truncate", "length": PREFIX_MAX},
    },
    "normalizer": {"sort_key": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
    "analyzer": {
        # "schools" and "school", "planning" and "plan" index alike
        "english_text": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "english_possessive",
                "lowercase",
                "asciifolding",
                "english_stop",
                "english_stem",
            ],
        },
        # each title word and every beginning of it, for suggestions
        "title_prefixes": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "title_prefixes"],
        },
        # what was typed, word by word, compared with those beginnings
        "typed_words": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "prefix_length"],
        },
    },
}


def index_mappings():
    keyword = {"type": "keyword"}
    english = {"type": "text", "analyzer": "english_text"}
    # offsets in the postings: the highlighter needs not re-analyse long bodies
    highlighted = {**english, "index_options": "offsets"}
    properties = {
        "key": keyword,
        "kind": keyword,
        "title": {
            **english,
            "fields": {
                "suggest": {
                    "type": "text",
                    "analyzer": "title_prefixes",
                    "search_analyzer": "typed_words",
                },
                "sort": {"type": "keyword", "normalizer": "sort_key", "ignore_above": 1000},
            },
        },
        "summary": highlighted,
        "body": highlighted,
        "url": {"type": "keyword", "index": False},
        "published": {"type": "date"},
        "event_start": {"type": "date"},
        "listed": {"type": "boolean"},
        "fingerprint": keyword,
        SCOPE: keyword,
        **dict.fromkeys(FACETS, keyword),
    }
    return {"dynamic": "strict", "properties": properties}


def index_body(aliases=None, loading=False):
    """The body of a create-index request: settings, mappings and perhaps the alias."""
    settings = {"number_of_shards": 1, "auto_expand_replicas": "0-1", "analysis": ANALYSIS}
    if loading:
        settings["refresh_interval"] = "-1"  # refreshed once, when loaded
    body = {"settings": settings, "mappings": index_mappings()}
    if aliases:
        body["aliases"] = aliases
    return body


class IndexMissing(Exception):
    """The alias or index named in a request does not exist (the engine answered 404)."""


class IndexingFailed(SearchUnavailable):
    """The engine refused some documents of a bulk request."""


class ClientAdapter:
    """Calls one client's API with a request body, translating its exceptions.

    `call("indices.create", body, index=...)` runs client.indices.create: IndexMissing for
    a 404, SearchUnavailable (chained) for any other client error.
    """

    not_found = ()
    errors = ()

    def call(self, api, body=None, *, slow=False, **params):
        function = operator.attrgetter(api)(self.client_for(slow))
        arguments = self.body_arguments(api, body) if body is not None else {}
        if slow:
            arguments.update(self.slow_arguments())
        try:
            result = function(**params, **arguments)
        except self.not_found as error:
            raise IndexMissing(api) from error
        except self.errors as error:
            raise SearchUnavailable(f"{api}: {type(error).__name__}: {error}"[:500]) from error
        return getattr(result, "body", result)

    def client_for(self, slow):
        raise NotImplementedError

    def body_arguments(self, api, body):
        raise NotImplementedError

    def slow_arguments(self):
        return {}


class ElasticsearchAdapter(ClientAdapter):
    """elasticsearch 9: the body's keys are keyword arguments (`from` and `_source` are
    accepted by the client as aliases of `from_` and `source`)."""

    #: APIs whose whole body is one named argument rather than a set of fields
    BODY_ARGUMENTS = {
        "bulk": "operations",
        "msearch": "searches",
        "indices.put_settings": "settings",
    }

    def __init__(self, urls, auth, timeout):
        # Heavy client, imported only when SEARCH_URL points at this engine.
        from elastic_transport import TransportError
        from elasticsearch import ApiError, Elasticsearch, NotFoundError

        self.not_found = NotFoundError
        self.errors = (ApiError, TransportError, OSError)
        self.reader = Elasticsearch(
            urls, basic_auth=auth, request_timeout=timeout, max_retries=1, retry_on_timeout=False
        )
        self.writer = self.reader.options(request_timeout=max(timeout, WRITE_TIMEOUT))

    def client_for(self, slow):
        return self.writer if slow else self.reader

    def body_arguments(self, api, body):
        if api in self.BODY_ARGUMENTS:
            return {self.BODY_ARGUMENTS[api]: body}
        return dict(body)


class OpenSearchAdapter(ClientAdapter):
    """opensearch-py 2: the body is passed whole as `body=`."""

    def __init__(self, urls, auth, timeout):
        # Heavy client, imported only when SEARCH_URL points at this engine.
        from opensearchpy import OpenSearch
        from opensearchpy.exceptions import NotFoundError, OpenSearchException

        self.not_found = NotFoundError
        self.errors = (OpenSearchException, OSError)
        self.timeout = timeout
        self.client = OpenSearch(
            hosts=urls, http_auth=auth, timeout=timeout, max_retries=1, retry_on_timeout=False
        )

    def client_for(self, slow):
        return self.client

    def body_arguments(self, api, body):
        return {"body": body}

    def slow_arguments(self):
        return {"request_timeout": max(self.timeout, WRITE_TIMEOUT)}


ADAPTERS = {"elasticsearch": ElasticsearchAdapter, "opensearch": OpenSearchAdapter}


def connection(urls):
    """The nodes' URLs without credentials, and (user, password) when the first carries them
    (a cluster's nodes share their users)."""
    parts = urlsplit(urls[0])
    auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    return [redact_url(url) for url in urls], auth


def batches(items, size):
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def isoformat(value):
    return value.isoformat() if value else None


def moment(text):
    """An aware datetime from a date the index gave back."""
    return parse_datetime(text) if text else None


def source_of(document):
    """What the index stores for a SearchDocument."""
    values = document.facet_values()
    return {
        "key": document.key,
        "kind": document.kind,
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "url": document.url,
        "published": isoformat(document.published),
        "event_start": isoformat(document.event_start),
        "listed": document.listed,
        "fingerprint": document.fingerprint,
        SCOPE: sorted(document.scopes),
        **{facet: values.get(facet, []) for facet in FACETS},
    }


def terms(field, values):
    return {"terms": {field: sorted(values)}}


def check_facet(name):
    if name not in FACETS:
        raise ValueError(f"{name!r} is not a facet (one of {', '.join(FACETS)})")


def search_bodies(request):
    """The _msearch request (header and body pairs) that answers a SearchRequest: the page
    of results and, when facets are counted, the counts (see the module docstring)."""
    if request.sort not in SORT_ORDERS:
        raise ValueError(f"unknown sort {request.sort!r} (one of {', '.join(SORTS)})")
    text = request.text.strip()
    filters = [terms(SCOPE, request.scopes)]
    for name, values in request.within.items():
        check_facet(name)
        filters.append(terms(name, values))
    if not text:
        filters.append({"term": {"listed": True}})
    match = (
        {
            "multi_match": {
                "query": text,
                "type": "cross_fields",
                "operator": "and",
                "fields": list(TEXT_FIELDS),
            }
        }
        if text
        else {"match_all": {}}
    )
    selected = {}
    for name, values in request.selected.items():
        check_facet(name)
        if values:
            selected[name] = terms(name, values)
    offset = max(0, min(request.offset, MAX_RESULT_WINDOW))
    query = {"bool": {"filter": filters, "must": [match]}}
    if text:
        pack = {"filter": {"term": {"kind": "pack"}}, "weight": PACK_BOOST}
        query = {"function_score": {"query": query, "functions": [pack], "boost_mode": "multiply"}}
    shared = {"query": query}
    if selected:
        shared["post_filter"] = {"bool": {"filter": list(selected.values())}}
    page = {
        **shared,
        "track_total_hits": not request.counted,  # else the counts search counts them
        "from": offset,
        "size": max(0, min(request.limit, MAX_RESULT_WINDOW - offset)),
        "_source": RESULT_FIELDS,
        "sort": [*SORT_ORDERS[request.sort], TIE_BREAK],
    }
    if request.highlight and text:
        fragment = {"fragment_size": SNIPPET_FRAGMENT, "number_of_fragments": 1}
        page["highlight"] = {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {"summary": fragment, "body": fragment},
        }
    cached = {"request_cache": True}
    searches = [cached, page]
    if request.counted:
        counts = {
            **shared,
            "size": 0,
            "track_total_hits": True,
            "aggs": {facet: facet_count(facet, selected) for facet in request.counted},
        }
        searches += [cached, counts]
    return searches


def facet_count(facet, selected):
    """Counts of one facet's values under every other facet's choice (not its own)."""
    check_facet(facet)
    others = [clause for name, clause in selected.items() if name != facet]
    return {
        "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
        "aggs": {"values": {"terms": {"field": facet, "size": FACET_VALUES_LIMIT}}},
    }


def snippet_of(result):
    """The first highlighted fragment, from the summary or else the body; or the summary."""
    highlight = result.get("highlight", {})
    fragments = highlight.get("summary") or highlight.get("body")
    if fragments:
        # text the engine escaped (encoder: html), with only <mark> tags added
        return mark_safe(fragments[0])  # noqa: S308
    return fallback_snippet(result["_source"].get("summary"))


def hit_of(result):
    source = result["_source"]
    return Hit(
        key=source["key"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        published=moment(source.get("published")),
        event_start=moment(source.get("event_start")),
        snippet=snippet_of(result),
    )


def response_of(answer, request):
    """A SearchResponse from the _msearch answer to search_bodies(request)."""
    page, *rest = answer["responses"]
    counted = rest[0] if rest else page
    aggregations = counted.get("aggregations", {})
    counts = {
        facet: {
            bucket["key"]: bucket["doc_count"]
            for bucket in aggregations.get(facet, {}).get("values", {}).get("buckets", [])
            if bucket["doc_count"]
        }
        for facet in request.counted
    }
    return SearchResponse(
        total=counted["hits"]["total"]["value"],
        hits=[hit_of(result) for result in page["hits"]["hits"]],
        counts=counts,
        took_ms=float(answer.get("took", 0)),
    )


def refused(answer):
    """Raise for the first search of an _msearch answer that failed (the request as a whole
    succeeds when its searches fail): IndexMissing, or SearchUnavailable."""
    for response in answer["responses"]:
        error = response.get("error")
        if error is None:
            continue
        kind = error.get("type", "") if isinstance(error, dict) else str(error)
        if kind == "index_not_found_exception":
            raise IndexMissing(kind)
        raise SearchUnavailable(f"msearch: {kind}: {error}"[:500])


class EngineStore:
    """SearchDocuments in an Elasticsearch/OpenSearch index (see search.stores)."""

    transactional = False

    def __init__(self, config):
        engine = engine_for_backend(config["BACKEND"])
        if engine is None or not config.get("URLS"):
            raise ImproperlyConfigured(
                f"EngineStore needs an Elasticsearch/OpenSearch backend with URLS, "
                f"not {config['BACKEND']!r}."
            )
        urls, auth = connection(config["URLS"])
        self.engine = engine
        self.alias = f"{config.get('INDEX_PREFIX', '')}documents"
        self.client = ADAPTERS[engine.distribution](urls, auth, config.get("TIMEOUT", 10))
        self._ready = False  # the alias is known to exist

    # Searching

    def search(self, request):
        try:
            answer = self.client.call("msearch", search_bodies(request), index=self.alias)
            refused(answer)
        except IndexMissing:
            return SearchResponse(0, [], {facet: {} for facet in request.counted})
        return response_of(answer, request)

    def suggest(self, text, scopes, kinds, limit):
        """Documents whose title has a word beginning with each word typed, best first."""
        text = text.strip()
        if not text or limit <= 0:
            return []
        filters = [terms(SCOPE, scopes), {"term": {"listed": True}}]  # not single replies
        if kinds is not None:
            filters.append(terms("kind", kinds))
        body = {
            "query": {
                "bool": {
                    "filter": filters,
                    "must": [{"match": {"title.suggest": {"query": text, "operator": "and"}}}],
                    # titles that begin with what was typed come first
                    "should": [{"prefix": {"title.sort": {"value": text.lower()}}}],
                }
            },
            "size": limit,
            "_source": RESULT_FIELDS,
            "sort": [{"_score": "desc"}, {"title.sort": "asc"}, TIE_BREAK],
        }
        try:
            answer = self.client.call("search", body, index=self.alias)
        except IndexMissing:
            return []
        return [hit_of(result) for result in answer["hits"]["hits"]]

    # Writing

    def save(self, documents):
        """Add or replace documents, by key."""
        for batch in batches(documents, BATCH_SIZE):
            operations = []
            for document in batch:
                operations += [{"index": {"_id": document.key}}, source_of(document)]
            self._write(operations)

    def delete(self, keys):
        """Remove the documents with these keys (keys not in the index are fine)."""
        for batch in batches(keys, BATCH_SIZE):
            self._write([{"delete": {"_id": key}} for key in batch])

    def _write(self, operations):
        if not self._ready:
            self.ensure_index()
        try:
            self._bulk(operations, self.alias, require_alias=True)
        except IndexMissing:  # the index was deleted since we last looked
            self._ready = False
            self.ensure_index()
            self._bulk(operations, self.alias, require_alias=True)

    def _bulk(self, operations, index, require_alias=False):
        # require_alias: never let a write create an index named like the alias, with
        # guessed mappings; a missing alias is reported instead (and then created)
        params = {"require_alias": True} if require_alias else {}
        answer = self.client.call("bulk", operations, slow=True, index=index, **params)
        if not answer.get("errors"):
            return
        failures = [
            result["error"]
            for item in answer["items"]
            for result in item.values()
            if "error" in result  # deleting a missing key is "not_found", not an error
        ]
        if not failures:
            return
        if all(failure.get("type") == "index_not_found_exception" for failure in failures):
            raise IndexMissing(index)
        first = failures[0]
        raise IndexingFailed(
            f"{len(failures)} documents refused by {index}; first: "
            f"{first.get('type')}: {first.get('reason')}"
        )

    def rebuild(self, documents, progress=None):
        """Load every document into a new index, then point the alias at it alone."""
        name = self._new_index_name()
        self.client.call("indices.create", index_body(loading=True), slow=True, index=name)
        try:
            done = 0
            for batch in batches(documents, BATCH_SIZE):
                operations = []
                for document in batch:
                    operations += [{"index": {"_id": document.key}}, source_of(document)]
                self._bulk(operations, name)
                done += len(batch)
                if progress:
                    progress(done)
            self.client.call(
                "indices.put_settings", {"index": {"refresh_interval": None}}, slow=True, index=name
            )
            self.client.call("indices.refresh", slow=True, index=name)
            previous = self._alias_targets()
            actions = [{"add": {"index": name, "alias": self.alias}}]
            actions += [{"remove": {"index": old, "alias": self.alias}} for old in previous]
            if not previous and self._index_exists(self.alias):
                # a concrete index squatting on the alias's name: replace it too
                actions.append({"remove_index": {"index": self.alias}})
            self.client.call("indices.update_aliases", {"actions": actions}, slow=True)
        except BaseException:
            # if the engine is failing, the error that stopped the rebuild is the one to see
            with contextlib.suppress(SearchUnavailable):
                self._delete_indexes([name])
            raise
        self._delete_indexes(previous)
        self._ready = True
        return done

    def clear(self):
        """Delete every document (the index stays)."""
        with contextlib.suppress(IndexMissing):
            self.client.call("indices.refresh", slow=True, index=self.alias)
            self.client.call(
                "delete_by_query",
                {"query": {"match_all": {}}},
                slow=True,
                index=self.alias,
                refresh=True,
                conflicts="proceed",
            )

    def refresh(self):
        """Make every write so far visible to searches."""
        with contextlib.suppress(IndexMissing):
            self.client.call("indices.refresh", slow=True, index=self.alias)

    # Reading everything

    def fingerprints(self):
        """{key: fingerprint} of every document in the index."""
        found = {}
        body = {
            "query": {"match_all": {}},
            "size": SCAN_SIZE,
            "_source": ["key", "fingerprint"],
            "sort": [TIE_BREAK],
            "track_total_hits": False,
        }
        while True:
            try:
                answer = self.client.call("search", body, slow=True, index=self.alias)
            except IndexMissing:
                return found
            results = answer["hits"]["hits"]
            for result in results:
                found[result["_source"]["key"]] = result["_source"]["fingerprint"]
            if len(results) < SCAN_SIZE:
                return found
            body = {**body, "search_after": results[-1]["sort"]}

    # The index itself

    def ensure_index(self):
        """Create the alias, with an empty index behind it, unless it exists."""
        if not self._alias_targets():
            self.client.call(
                "indices.create",
                index_body(aliases={self.alias: {}}),
                slow=True,
                index=self._new_index_name(),
            )
            # another process may have created one at the same moment: all keep the first
            self._delete_indexes(self._alias_targets()[1:])
        self._ready = True

    def _new_index_name(self):
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        return f"{self.alias}_{stamp}_{uuid.uuid4().hex[:8]}"

    def _alias_targets(self):
        """The concrete indexes the alias points at, by name."""
        try:
            answer = self.client.call("indices.get_alias", name=self.alias)
        except IndexMissing:
            return []
        return sorted(answer)

    def _index_exists(self, name):
        return bool(self.client.call("indices.exists", index=name))

    def _delete_indexes(self, names):
        if names:
            with contextlib.suppress(IndexMissing):  # deleted already by another process
                self.client.call("indices.delete", slow=True, index=",".join(names))
