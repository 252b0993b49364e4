"""The site search page."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from home.keywords import clean_keywords
from network.access import visible_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def page_search(user, query):
    """Live pages this person may see (the access policy decides) matching every word."""
    return visible_pages(user, Page.objects.all()).specific().search(query, operator="and")


def search(request):
    query = clean_keywords(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    results = page_search(request.user, query) if query else Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"query": query, "search_query": query, "results": page}
    return render(request, "search/search.html", context)
