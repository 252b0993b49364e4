"""Keyword matching on the search engine, and one ranking across content kinds.

The engine answers "which items match, best first" separately for pages, threads, replies
and session notes. The lists are merged by reciprocal rank fusion (each item scores
1 / (60 + its rank in its own list)), which needs no comparable scores: SQLite, PostgreSQL
and Elasticsearch/OpenSearch score on different scales, and this ranking is the same on all.
"""

import logging

from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession

log = logging.getLogger(__name__)

#: matches fetched per kind; facet counts cover these (see docs/search.md)
MAX_MATCHES = 500
FUSION_K = 60


class SearchUnavailable(Exception):
    """The search engine did not answer (down, refused, or slower than SEARCH_TIMEOUT)."""


def engine_errors():
    """Exceptions that mean "the engine is not there", for whichever clients are installed."""
    errors = [OSError]
    for module_name, names in (
        ("elastic_transport", ("TransportError",)),
        ("elasticsearch", ("ApiError",)),
        ("opensearchpy.exceptions", ("OpenSearchException",)),
    ):
        try:
            module = __import__(module_name, fromlist=list(names))
        except ImportError:
            continue
        errors.extend(getattr(module, name) for name in names if hasattr(module, name))
    return tuple(errors)


ENGINE_ERRORS = engine_errors()


def ranked_ids(queryset, query):
    """Primary keys matching every word, best first (`operator` set: backends differ)."""
    results = get_search_backend().search(query, queryset, operator="and", order_by_relevance=True)
    return [obj.pk for obj in results[:MAX_MATCHES]]


def match(query, include_discussions):
    """{"page": [ids], "thread": [...], "post": [...], "session": [...]}, best first."""
    try:
        found = {"page": ranked_ids(Page.objects.live(), query)}
        if include_discussions:
            found["thread"] = ranked_ids(Thread.objects.filter(awaiting_approval=False), query)
            found["post"] = ranked_ids(Post.objects.filter(state=Post.State.PUBLISHED), query)
            found["session"] = ranked_ids(ActionLearningSession.objects.all(), query)
    except ENGINE_ERRORS as error:
        report_outage(error)
        raise SearchUnavailable from error
    return found


def autocomplete_ids(query, include_discussions, limit):
    """Ids whose titles start with the words typed so far, best first, per kind."""
    backend = get_search_backend()
    kinds = {"page": Page.objects.live()}
    if include_discussions:
        kinds["thread"] = Thread.objects.filter(awaiting_approval=False)
        kinds["session"] = ActionLearningSession.objects.all()
    try:
        return {
            kind: [obj.pk for obj in backend.autocomplete(query, queryset)[: limit * 3]]
            for kind, queryset in kinds.items()
        }
    except ENGINE_ERRORS as error:
        report_outage(error)
        raise SearchUnavailable from error


def report_outage(error):
    """Log an outage once a minute, not once per request of a burst."""
    if cache.add("search:outage-logged", True, timeout=60):
        log.error("Search engine unavailable: %s: %s", type(error).__name__, error)


def fused_scores(found):
    """{item key: score} from each kind's ranked list."""
    scores = {}
    for kind, ids in found.items():
        for rank, pk in enumerate(ids, start=1):
            scores[f"{kind}:{pk}"] = 1.0 / (FUSION_K + rank)
    return scores
