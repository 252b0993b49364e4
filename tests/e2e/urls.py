"""The site's URLs, plus three test-only views that fail as a real outage would, so the error
pages the site's own handlers render (config/errors.py, search/middleware.py) get the same
browser and HTML checks as every other page. Nothing on the real site fails on purpose; the
browser tests serve these URLs (tests/e2e/conftest.py)."""

from django.db import OperationalError
from django.urls import path

from config.urls import handler500
from config.urls import urlpatterns as site_urlpatterns
from search.stores import SearchUnavailable

__all__ = ["handler500", "urlpatterns"]

SERVER_ERROR = "/test-only/server-error/"
DATABASE_DOWN = "/test-only/database-down/"
SEARCH_DOWN = "/test-only/search-down/"


def server_error(request):
    raise RuntimeError("A test-only view failed (tests/e2e/urls.py).")


def database_down(request):
    raise OperationalError("A test-only view lost the database (tests/e2e/urls.py).")


def search_down(request):
    raise SearchUnavailable("A test-only view lost the search engine (tests/e2e/urls.py).")


urlpatterns = [
    path(SERVER_ERROR.strip("/") + "/", server_error),
    path(DATABASE_DOWN.strip("/") + "/", database_down),
    path(SEARCH_DOWN.strip("/") + "/", search_down),
    *site_urlpatterns,
]
