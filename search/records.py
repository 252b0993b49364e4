"""Recording searches for the report, and the editors' promoted results."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from home import page_cache
from network.access import all_pages
from search.models import DailySearchCount

#: the report shows this many days
REPORT_DAYS = 30


def record_search(query, found_nothing, day=None):
    """Count one search of this query today (safe when many app servers count at once)."""
    query = normalise_query_string(query)[:200]
    if not query:
        return
    day = day or timezone.localdate()
    increments = {"searches": F("searches") + 1}
    if found_nothing:
        increments["no_results"] = F("no_results") + 1
    if DailySearchCount.objects.filter(query=query, day=day).update(**increments):
        return
    try:
        with transaction.atomic():
            DailySearchCount.objects.create(
                query=query, day=day, searches=1, no_results=int(found_nothing)
            )
    except IntegrityError:  # another server created today's row a moment ago
        DailySearchCount.objects.filter(query=query, day=day).update(**increments)


def promoted_queries():
    """The normalised queries that have promotions, kept in the shared cache until a
    promotion (or a page) next changes: most searches have none and need no query."""
    return page_cache.shared(
        "promoted-queries",
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promoted_results(user, query):
    """Editors' picks for this query: pages the user may see, and external links."""
    query = normalise_query_string(query)
    if query not in promoted_queries():
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    allowed = (
        set(all_pages().filter(pk__in=page_ids).visible_to(user).values_list("pk", flat=True))
        if page_ids
        else set()
    )
    results = []
    for promotion in promotions:
        if promotion.page_id and promotion.page_id in allowed:
            url = promotion.page.url
        elif not promotion.page_id and promotion.external_link_url:
            url = promotion.external_link_url
        else:
            continue
        results.append({"title": promotion.title, "url": url, "description": promotion.description})
    return results
