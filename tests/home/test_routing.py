"""URLs reach their pages as Wagtail's own routing would, in fewer queries (home/routing.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from events.models import EventPage
from home.models import HomePage, StandardPage
from tests.events.helpers import make_event
from tests.factories import make_home_page, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def every_request_routed(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def about():
    return publish(make_home_page(), StandardPage(title="About", slug="about", summary="Us."))


def test_a_page_below_the_home_page_is_served(client, about):
    response = client.get("/about/")
    assert response.status_code == 200
    assert response.context["page"] == about


def test_a_routable_page_routes_what_lies_below_it(client, events_index):
    event = make_event(events_index, slug="mapping")
    assert client.get("/events/mapping/").context["page"].specific == event
    assert client.get("/events/mapping/book/").status_code == 200
    assert client.get("/events/mapping/no-such-route/").status_code == 404


@pytest.mark.parametrize(
    "path", ["/nowhere/", "/about/nowhere/", "/events/nowhere/", "/nowhere/about/"]
)
def test_a_path_that_is_not_a_page_is_not_found(client, about, events_index, path):
    assert client.get(path).status_code == 404


def test_a_draft_is_not_found_but_a_live_page_below_a_draft_is_served(client, events_index):
    event = make_event(events_index, slug="mapping")
    events_index.unpublish()
    assert client.get("/events/").status_code == 404
    assert client.get("/events/mapping/").status_code == 200
    EventPage.objects.filter(pk=event.pk).update(live=False)
    assert client.get("/events/mapping/").status_code == 404


def test_the_pages_on_the_path_are_read_in_one_query(client, events_index):
    make_event(events_index, slug="mapping")
    client.get("/events/mapping/")
    with CaptureQueriesContext(connection) as context:
        client.get("/events/mapping/")
    page_reads = [q for q in context.captured_queries if 'FROM "wagtailcore_page"' in q["sql"]]
    # the site's root page, the pages on the path, the event's own row is a join of its table
    assert len(page_reads) <= 3


def test_the_site_and_its_root_page_are_kept_and_follow_changes_at_once(client, about):
    assert client.get("/about/").status_code == 200
    with CaptureQueriesContext(connection) as context:
        client.get("/about/")
    assert not any('FROM "wagtailcore_site"' in q["sql"] for q in context.captured_queries)

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "elsewhere.example.org", False
    site.save()
    assert client.get("/about/").status_code == 404


def test_a_new_home_page_heading_shows_at_once(client, about):
    client.get("/")
    home = HomePage.objects.get()
    home.hero_heading = "Planning for Safety, renewed"
    home.save_revision().publish()
    assert "Planning for Safety, renewed" in client.get("/").content.decode()
