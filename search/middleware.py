"""An engine outage during any page's keyword search (the resource library's, say) gives the
friendly 503 page, as /search/ does, never a 500."""

from django.shortcuts import render

from search.stores import SearchUnavailable


class SearchOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, SearchUnavailable):
            return render(request, "search/unavailable.html", status=503)
        return None
