"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server,
which serves the demo content (`manage.py load_demo_content`).

Like the tests that need PostgreSQL or a search server, these are skipped when Chromium,
Playwright or a checker (axe-core, the Nu HTML Checker, Java) is missing, and fail instead
with REQUIRE_SERVICES=1. Install the checkers with `npm ci --prefix tests/e2e`.
"""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections

from network.demo import DEMO_PASSWORD
from network.models import User
from tests.e2e.browsing import make_searchable_now
from tests.e2e.site_pages import EDITOR
from tests.services import REQUIRE_SERVICES
from tests.two_factor import authenticator

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(__file__).parent / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Fail fast: a page that has not answered in 15 seconds is broken, not slow.
TIMEOUT_MS = 15_000


def require(problem):
    """Skip the test for a missing tool, or fail it when REQUIRE_SERVICES=1."""
    if problem is None:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {problem}")
    pytest.skip(problem)


def browser_problem():
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -r requirements-dev.txt)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"there is no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


def checker_problem(path):
    if not path.exists():
        return f"{path.relative_to(NODE_MODULES.parent)} is missing (npm ci --prefix tests/e2e)"
    return None


@pytest.fixture
def axe_script():
    require(checker_problem(AXE_SCRIPT))
    return AXE_SCRIPT


@pytest.fixture
def vnu_jar():
    require(checker_problem(VNU_JAR))
    require(None if shutil.which("java") else "Java is missing (apt-get install default-jre)")
    return VNU_JAR


@pytest.fixture(scope="package")
def browser():
    require(browser_problem())
    from playwright.sync_api import sync_playwright

    # Playwright's sync API marks its asyncio event loop as running in the test's thread. The
    # loop only waits for the browser while the test's own code runs, but Django sees it:
    # - it refuses database queries (SynchronousOnlyOperation), which are safe here;
    # - its connection handler keeps connections per asyncio context instead of per thread,
    #   so the test would get new connections, without the test database's set-up; give it
    #   the thread's own.
    thread_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            for alias, connection_ in thread_connections.items():
                connections[alias] = connection_
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
            yield chromium
            chromium.close()


@pytest.fixture(scope="package")
def migrated_database(django_db_setup, django_db_blocker):
    """Each browser test restores the database as migrations left it (serialized_rollback).

    Restoring over rows that a flush left behind (content types a non-serialized
    transactional test recreated) would clash, so start from an empty database, and leave
    the migrated data behind for the tests that run after these.
    """
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        yield
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        align_sequences()


def align_sequences():
    """Restored rows keep their ids but PostgreSQL's sequences stay behind (a flush reset
    them): move each past its table's highest id, as loaddata does, so new rows get new ids."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def load_demo_content(settings):
    """The demo content, with generous abuse limits, usable demo passwords and the editor's
    authenticator app with a random key (load_demo_content gives the demo people passwords and
    the staff the development key only when DEBUG is on). The moderator has not set up
    two-factor sign-in yet. The site's URLs come with three test-only views that fail, for
    the error pages (tests/e2e/urls.py)."""
    settings.RATE_LIMITS = dict.fromkeys(settings.RATE_LIMITS, (1_000_000, 60))
    settings.ROOT_URLCONF = "tests.e2e.urls"
    align_sequences()  # after serialized_rollback restored the migrated rows
    call_command("load_demo_content", stdout=io.StringIO())
    mail.outbox.clear()  # the demo's own email (a tool submitted for review) is no test's
    for person in User.objects.all():
        person.set_password(DEMO_PASSWORD)
        person.save(update_fields=["password"])
    authenticator(User.objects.get(email=EDITOR))
    make_searchable_now()


@pytest.fixture
def demo_content(db, settings):
    """The demo content, for the Django test client."""
    load_demo_content(settings)


@pytest.fixture
def demo_site(migrated_database, live_server, settings):
    """The demo content on the live server; emailed links point at it."""
    settings.BASE_URL = live_server.url
    load_demo_content(settings)
    return live_server


def open_page(browser, demo_site, **options):
    context = browser.new_context(base_url=demo_site.url, **options)
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


@pytest.fixture
def page(browser, demo_site):
    """A browser tab on the demo site, as a visitor sees it (Content-Security-Policy on)."""
    tab = open_page(browser, demo_site)
    yield tab
    tab.context.close()


@pytest.fixture
def new_page(browser, demo_site):
    """Opens more tabs, each with its own cookies: two people at once."""
    tabs = []

    def open_tab(**options):
        tabs.append(open_page(browser, demo_site, **options))
        return tabs[-1]

    yield open_tab
    for tab in tabs:
        tab.context.close()


def pytest_collection_modifyitems(items):
    """Everything here is a browser test: `-m e2e` selects them, `-m "not e2e"` leaves them."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)
