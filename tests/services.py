"""Which real services the tests use, and REQUIRE_SERVICES: a missing one fails the run."""

import os

import pytest
from django.conf import settings

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "") in {"1", "true", "yes"}
# CI's second run of the search tests uses the database backend on purpose (SEARCH_URL unset):
# REQUIRE_SEARCH_SERVER=0 lets it, while REQUIRE_SERVICES still demands PostgreSQL.
REQUIRE_SEARCH_SERVER = os.environ.get(
    "REQUIRE_SEARCH_SERVER", "1" if REQUIRE_SERVICES else ""
) in {"1", "true", "yes"}


def uses_search_server():
    return "URLS" in settings.WAGTAILSEARCH_BACKENDS["default"]


def require_search_server():
    """Skip (or, with REQUIRE_SERVICES=1, fail) a test that needs a real search server."""
    if uses_search_server():
        return
    if REQUIRE_SEARCH_SERVER:
        pytest.fail("REQUIRE_SERVICES=1 but no search server is configured (SEARCH_URL)")
    pytest.skip("needs SEARCH_URL: a real Elasticsearch/OpenSearch server")
