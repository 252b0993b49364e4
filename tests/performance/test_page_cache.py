"""The anonymous page cache: shared only between visitors who are not signed in, never
holding anything made for one person, emptied when pages are published, and keeping forms
on cached pages working."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from events.booking import book_place
from home.models import StandardPage
from tests.events.helpers import booking_details, make_event
from tests.factories import make_home_page, publish
from tests.network.helpers import client_for
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def event(events_index):
    return make_event(events_index, title="Mapping workshop", capacity=2)


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


def test_second_anonymous_visit_is_served_from_the_cache(client, event):
    first = client.get(event.url)
    second = Client().get(event.url)
    assert not is_hit(first)
    assert is_hit(second)
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())


def test_query_strings_are_cached_separately(client, events_index):
    client.get("/events/?format=online")
    assert not is_hit(Client().get("/events/?format=in-person"))
    assert is_hit(Client().get("/events/?format=online"))


def test_member_never_gets_the_anonymous_cached_page(client, event, people):
    Client().get(event.url)
    response = client_for(client, people["member"]).get(event.url)
    assert not is_hit(response)
    assert "Sign out" in response.content.decode()


def test_page_rendered_for_a_member_is_never_stored(client, event, people):
    client_for(client, people["member"]).get(event.url)
    client_for(client, people["member"]).get(event.url)
    anonymous = Client().get(event.url)
    assert not is_hit(anonymous)
    assert "Sign out" not in anonymous.content.decode()


def test_visitor_with_a_session_or_messages_cookie_is_not_served_from_the_cache(event):
    Client().get(event.url)
    for cookie in ("sessionid", "messages"):
        visitor = Client()
        visitor.cookies[cookie] = "anything"
        assert not is_hit(visitor.get(event.url))


def test_publishing_a_change_empties_the_cache(event):
    Client().get(event.url)
    event.title = "Mapping workshop, new date"
    event.save_revision().publish()
    response = Client().get(event.url)
    assert not is_hit(response)
    assert "Mapping workshop, new date" in response.content.decode()


def test_unpublishing_empties_the_cache(event):
    Client().get(event.url)
    event.unpublish()
    assert Client().get(event.url).status_code == 404


def test_publishing_a_new_page_shows_it_in_cached_listings(events_index):
    Client().get("/events/")
    make_event(events_index, title="Brand new briefing", slug="new-briefing")
    assert "Brand new briefing" in Client().get("/events/").content.decode()


def test_a_booking_empties_the_cache_so_places_left_stay_true(event):
    Client().get(event.url)
    book_place(event, None, booking_details())
    assert not is_hit(Client().get(event.url))


def test_sub_routes_such_as_the_booking_form_are_never_cached(event):
    Client().get(f"{event.url}book/")
    assert not is_hit(Client().get(f"{event.url}book/"))


def test_each_visitor_gets_their_own_working_csrf_token_on_a_cached_page(event):
    Client().get(event.url)
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(event.url)
    assert is_hit(page)
    token = TOKEN.search(page.content.decode()).group(1)
    response = visitor.post(
        "/subscribe/",
        {"email": "reader@example.org", "consent": "on", "source": "footer",
         "csrfmiddlewaretoken": token},
    )  # fmt: skip
    assert response.status_code == 302


def test_security_headers_are_sent_with_cached_pages(event):
    first = Client().get(event.url)
    second = Client().get(event.url)
    assert is_hit(second)
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert second[header] == first[header]


def test_search_results_are_never_cached(events_index):
    Client().get("/search/?q=workshop")
    assert not is_hit(Client().get("/search/?q=workshop"))


def test_page_cache_can_be_switched_off(settings, event):
    settings.PAGE_CACHE_SECONDS = 0
    Client().get(event.url)
    assert not is_hit(Client().get(event.url))


def test_gated_network_pages_are_never_cached(gated):
    url = gated["network_page"].url
    Client().get(url)
    assert not is_hit(Client().get(url))


def test_anonymous_search_matches_are_shared_until_a_page_is_published(events_index):
    assert "Harbour briefing" not in Client().get("/search/?q=harbour").content.decode()
    make_event(events_index, title="Harbour briefing", slug="harbour")
    index_everything()  # a search server shows new pages after a refresh
    assert "Harbour briefing" in Client().get("/search/?q=harbour").content.decode()


def test_member_search_never_uses_the_matches_shared_by_visitors(client, site, people):
    assert "Safety plans for parks" not in Client().get("/search/?q=safety").content.decode()
    member_results = client_for(client, people["member"]).get("/search/?q=safety")
    assert "Safety plans for parks" in member_results.content.decode()


def test_restricting_a_cached_page_takes_it_away_from_visitors_at_once(event):
    Client().get(event.url)
    restriction = PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert Client().get(event.url).status_code == 302  # to sign in, not the cached copy
    restriction.delete()
    assert Client().get(event.url).status_code == 200


def test_deleting_a_cached_page_removes_it_at_once(event):
    Client().get(event.url)
    event.delete()
    assert Client().get(event.url).status_code == 404


# The menu and footer links, kept for everyone until pages change


@pytest.fixture
def menu():
    home = make_home_page()
    about = publish(
        home,
        StandardPage(title="About us", slug="about", summary="Who we are.", show_in_menus=True),
    )
    return {"home": home, "about": about}


def menu_html(client=None):
    return (client or Client()).get("/").content.decode()


def test_the_menu_follows_publishing_and_unpublishing_at_once(settings, menu):
    settings.PAGE_CACHE_SECONDS = 0  # the home page itself rendered each time
    assert "About us" in menu_html()
    menu["about"].title = "About the programme"
    menu["about"].save_revision().publish()
    assert "About the programme" in menu_html()
    menu["about"].unpublish()
    assert "About the programme" not in menu_html()


def test_a_restricted_page_leaves_the_menu_at_once_and_returns_when_it_is_lifted(settings, menu):
    settings.PAGE_CACHE_SECONDS = 0
    assert "About us" in menu_html()
    restriction = PageViewRestriction.objects.create(page=menu["about"], restriction_type="login")
    assert "About us" not in menu_html()
    restriction.delete()
    assert "About us" in menu_html()


def test_a_deleted_page_leaves_the_footer_at_once(settings, menu):
    settings.PAGE_CACHE_SECONDS = 0
    contact = publish(menu["home"], StandardPage(title="Contact the team", slug="contact",
                                                 summary="How to reach us."))  # fmt: skip
    assert "Contact the team" in menu_html()
    contact.delete()
    assert "Contact the team" not in menu_html()


def privacy_queries(client):
    """The page-privacy queries of rendering the home page (after a first visit)."""
    menu_html(client)
    with CaptureQueriesContext(connection) as queries:
        menu_html(client)
    return sum("wagtailcore_pageviewrestriction" in query["sql"] for query in queries)


def test_the_menu_is_read_once_and_then_shared_by_visitors_and_members(
    settings, menu, client, people
):
    settings.PAGE_CACHE_SECONDS = 0
    member = client_for(client, people["member"])
    shared = {"visitor": privacy_queries(Client()), "member": privacy_queries(member)}
    settings.FRAGMENT_CACHE_SECONDS = 0
    unshared = {"visitor": privacy_queries(Client()), "member": privacy_queries(member)}

    # the menu and the footer links each read page privacy once, not once per request (the
    # restrictions themselves are read once per request without a cache every process shares)
    assert {who: unshared[who] - shared[who] for who in shared} == {"visitor": 2, "member": 2}


def test_the_shared_menu_still_marks_the_current_page_for_each_request(menu):
    assert 'aria-current="page"' not in menu_html()
    assert 'href="/about/" aria-current="page"' in Client().get("/about/").content.decode()
