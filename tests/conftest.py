"""Shared test set-up: real services when configured, and REQUIRE_SERVICES enforcement.

With DATABASE_URL/SEARCH_URL unset the suite runs on SQLite and the database search backend.
With them set it runs against those servers; with REQUIRE_SERVICES=1 a missing server fails
the run instead of skipping the tests that need it.
"""

import uuid

import pytest
from django.conf import settings

from search.probe import probe_search_engine
from tests.services import (
    REQUIRE_SEARCH_SERVER,
    REQUIRE_SERVICES,
    uses_search_server,
)

# Fixtures for every folder; helpers are imported from modules (tests/*/helpers.py).
pytest_plugins = ["tests.fixtures.sections", "tests.fixtures.network", "tests.fixtures.search"]


def pytest_report_header(config):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    database = settings.DATABASES["default"]["ENGINE"]
    return (
        f"database: {database}; search backend: {backend}; "
        f"require services: {REQUIRE_SERVICES}; require search server: {REQUIRE_SEARCH_SERVER}"
    )


def pytest_sessionstart(session):
    if not REQUIRE_SERVICES:
        return
    problems = []
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        problems.append("DATABASE_URL does not point at PostgreSQL")
    if not uses_search_server():
        if REQUIRE_SEARCH_SERVER:
            problems.append("SEARCH_URL is not set")
    else:
        probe = probe_search_engine()
        if not probe.ok:
            problems.append(f"search engine {probe.engine} at {probe.url}: {probe.detail}")
    if problems:
        pytest.exit("REQUIRE_SERVICES=1 but: " + "; ".join(problems), returncode=3)


@pytest.fixture(scope="session", autouse=True)
def search_indexes(request):
    """Give this run its own search indexes, built with proper mappings, and drop them after."""
    if not uses_search_server():
        yield
        return
    request.getfixturevalue("django_db_setup")
    django_db_blocker = request.getfixturevalue("django_db_blocker")
    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    original_prefix = config["INDEX_PREFIX"]
    config["INDEX_PREFIX"] = f"{original_prefix}test_{uuid.uuid4().hex[:8]}_"
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)
    yield
    backend = get_search_backend()
    backend.es.indices.delete(index=config["INDEX_PREFIX"] + "*")
    config["INDEX_PREFIX"] = original_prefix


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing is deliberately slow; tests check behaviour, not the hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files go to a fresh folder per test, never to the developer's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def bucket(settings):
    """Uploads go to a fresh stand-in for an S3 bucket (tests/storage.py), as with
    MEDIA_STORAGE=s3: no local path, so any code assuming one fails. Yields the storage."""
    from django.core.files.storage import storages

    from tests.storage import BucketStorage

    name = f"test-{uuid.uuid4().hex[:8]}"
    default = {"BACKEND": "tests.storage.BucketStorage", "OPTIONS": {"bucket": name}}
    settings.STORAGES = {**settings.STORAGES, "default": default}
    yield storages["default"]
    BucketStorage.buckets.pop(name, None)


@pytest.fixture(autouse=True)
def empty_cache():
    """A test's database changes roll back, but the cache (pages kept for visitors, search
    matches) lives in the process: start each test with it empty."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def empty_search_index_after_test():
    """A test's database changes roll back, but a search server keeps what was indexed:
    empty the run's indexes after each test so no test sees another's pages."""
    yield
    if uses_search_server():
        from wagtail.search.backends import get_search_backend

        prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
        # A visitor's search gets 2 s (SEARCH_TIMEOUT); emptying every index with a refresh
        # may take longer on a busy machine, and a timeout here would fail a passing test.
        client, timeout = get_search_backend().es, {"request_timeout": 60}
        if hasattr(client, "options"):  # Elasticsearch's client; opensearch-py takes it per call
            client, timeout = client.options(**timeout), {}
        client.delete_by_query(
            index=f"{prefix}*",
            body={"query": {"match_all": {}}},
            refresh=True,
            conflicts="proceed",
            **timeout,
        )


@pytest.fixture
def search_backend():
    from wagtail.search.backends import get_search_backend

    return get_search_backend()
