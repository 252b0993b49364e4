"""The site search page (with facets) and its autocomplete endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from events.booking import booking_state, with_places_taken
from events.models import EventPage
from home import limits
from search.records import promoted_results, record_search
from search.service import run_search, suggestions
from search.stores import SearchUnavailable


@never_cache
def search(request):
    verdict = limits.hit("search", limits.client_network(request))
    if not verdict.allowed:
        return limits.too_many_requests(request, verdict, "searches")
    try:
        outcome = run_search(request.user, request.GET)
    except SearchUnavailable:
        return render(request, "search/unavailable.html", status=503)
    add_booking_states(outcome.page, request.user)
    first_page = request.GET.get("page", "1") in ("", "1")
    if outcome.query and first_page and not outcome.chips:
        record_search(outcome.query, found_nothing=outcome.total == 0)
    promoted = promoted_results(request.user, outcome.query) if outcome.query and first_page else []
    return render(
        request,
        "search/search.html",
        {
            "search": outcome,
            "promoted": promoted,
            "query": outcome.query,
            "search_query": outcome.query,
        },
    )


def add_booking_states(page, user):
    """Events on this page of results show whether they can be booked now."""
    event_ids = [item.page_id for item in page if item.kind == "event"]
    if not event_ids:
        return
    events = with_places_taken(EventPage.objects.filter(pk__in=event_ids)).in_bulk()
    now = timezone.now()
    for item in page:
        if item.kind == "event" and item.page_id in events:
            event = events[item.page_id]
            item.state = booking_state(event, user, now, booked=event.booked, waiting=event.waiting)


@never_cache
def autocomplete(request):
    """JSON titles for the search box's suggestions: {"results": [{title, url, type}]}."""
    verdict = limits.hit("autocomplete", limits.client_network(request))
    if not verdict.allowed:
        message = limits.limit_message(verdict, "searches")
        return limits.refuse(JsonResponse({"results": [], "error": message}), verdict)
    try:
        results = suggestions(request.user, request.GET.get("q", ""))
    except SearchUnavailable:
        return JsonResponse({"results": [], "error": "Search is unavailable."}, status=503)
    return JsonResponse({"results": results})
