"""The site search page."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def public_page_search(query):
    """Live pages open to everyone that match every word of the query."""
    return Page.objects.live().public().specific().search(query, operator="and")


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = public_page_search(query) if query else Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"query": query, "search_query": query, "results": page}
    return render(request, "search/search.html", context)
