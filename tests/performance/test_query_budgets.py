"""Database queries per page stay within a fixed budget, for visitors and for members, and do
not grow with the number of tools, packs, events or threads listed (no query per item).

The budgets are the measured counts with a little headroom (two queries); the page cache is
off here so every request renders (the menu and footer links, shared by everyone, are kept).
A page that needs more has changed how it loads data: look for a query inside a loop
(select_related / prefetch_related) before raising its budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage
from tests.events.helpers import make_event
from tests.factories import make_pack, make_tool
from tests.network.discussions import start
from tests.network.helpers import client_for
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db

LIBRARY = "/resources/?topic=safety-planning&type=template"
SEARCH = "/search/?q=safety&type=tool&topic=safety-planning"
# (page, budget for a visitor, for a member, for a member with a cache every process shares)
BUDGETS = [
    ("home", 11, 18, 6),
    ("library", 21, 28, 8),
    ("pack", 23, 30, 8),
    ("events", 14, 21, 8),
    ("event", 10, 15, 8),
    ("search", 10, 18, 11),
    ("network", 9, 24, 13),
]


@pytest.fixture(autouse=True)
def render_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def urls(site):
    return {
        "home": "/",
        "library": LIBRARY,
        "pack": site["planning"].url,
        "events": "/events/",
        "event": EventPage.objects.live().order_by("start").first().url,
        "search": SEARCH,
        "network": "/network/",
    }


def queries_for(client, url):
    client.get(url)  # the first request fills per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("who", ["visitor", "member", "member, shared cache"])
@pytest.mark.parametrize(("page", "visitor", "member", "member_shared"), BUDGETS)
def test_page_stays_within_its_query_budget(
    client, site, people, settings, who, page, visitor, member, member_shared
):
    """With CACHE_URL (production), kept pieces of pages (a pack's contents, the library's and
    the events listing, the dashboard) and the restrictions are read from it."""
    settings.SHARED_CACHE = who == "member, shared cache"
    client_for(client, None if who == "visitor" else people["member"])
    budget = {"visitor": visitor, "member": member, "member, shared cache": member_shared}[who]
    assert queries_for(client, urls(site)[page]) <= budget


def add_more_of_everything(site, people):
    pack = site["planning"]
    library = pack.get_parent()
    events = EventIndexPage.objects.get()
    for n in range(5):
        make_tool(pack, title=f"Extra safety template {n}", tool_type="template",
                  topics=["safety-planning"], external_url="https://example.org/x")  # fmt: skip
        make_pack(library, topic_slug="guardianship", slug=f"extra-pack-{n}",
                  title=f"Extra pack {n}", topics=["safety-planning"])  # fmt: skip
        make_event(events, title=f"Extra safety event {n}", slug=f"extra-event-{n}")
        start(people["member"], title=f"Extra thread {n}", body="safety")
    index_everything()


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_queries_do_not_grow_with_the_number_of_items_listed(client, site, people, who):
    client_for(client, people["member"] if who == "member" else None)
    before = {page: queries_for(client, url) for page, url in urls(site).items()}
    add_more_of_everything(site, people)
    after = {page: queries_for(client, url) for page, url in urls(site).items()}
    assert after == before
