"""The Wagtail site of a request, with its root page, kept in the shared cache.

Wagtail looks the site up for every request (a query matching the host and port) and routing
then reads the site's root page twice (the page, then its own type): together about a third
of a simple page's time (docs/benchmarks.md, #17). Both are the same for every request to a
host, so they are kept like the menu: under the pages generation, which publishing moves,
and which a change to any site moves too (home/apps.py). Wagtail finds the kept site where
it keeps its own answer for the request (`request._wagtail_site`).
"""

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from home import page_cache


def site_with_root_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # routing starts from it: no query per request
    return site


class KeptSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = split_domain_port(request.get_host())[0]
            port = request.get_port()
        except DisallowedHost:
            return self.get_response(request)  # Django answers it with a 400
        try:
            site = page_cache.shared(f"site:{host}:{port}", lambda: site_with_root_page(request))
        except DatabaseError:  # the view answers for the outage (health check, 503 page)
            return self.get_response(request)
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
