"""Every public listing answers any query string: filters, keywords, sorts and page numbers
that are missing, repeated, unknown, huge, binary or hostile give a page, never an error,
and nothing typed comes back as live markup."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from events.models import EventFormat, EventType
from network.community.models import Thread
from network.models import Region
from resources.formats import Format
from resources.models import ToolType
from search.documents import FACETS, KIND_LABELS
from tests.network.discussions import start
from tests.network.helpers import client_for
from tests.security.fuzz import (
    FUZZ,
    SCRIPT_PAYLOADS,
    assert_answered_safely,
    hostile_text,
    query_strings,
    scripts_in_every,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limits")]

REAL_VALUES = [
    "safety-planning",
    "guardianship",
    "police",
    "2027",
    "relevance",
    "newest",
    "event_date",
    "title",
    "past",
    *KIND_LABELS,
    *ToolType.values,
    *Format.values,
    *EventType.values,
    *EventFormat.values,
    *Region.values,
]
SEARCH = ["q", *FACETS, "sort", "page"]
LIBRARY = ["q", "topic", "audience", "type", "format", "sort", "page"]
EVENTS = ["type", "format", "region", "topic", "when", "page"]
ARCHIVE = ["year", "page"]
DISCUSSIONS = ["topic", "page", "sort", "quote"]
DIRECTORY = ["area", "page"]
PEOPLE = st.sampled_from(["anonymous", "member"])


@FUZZ
@given(params=query_strings(SEARCH, REAL_VALUES), person=PEOPLE)
@example(params=scripts_in_every(SEARCH), person="member")
def test_site_search_answers_any_query_string(client, site, people, params, person):
    client_for(client, people[person])
    assert_answered_safely(client.get("/search/", params))


@FUZZ
@given(q=st.lists(hostile_text, max_size=3), person=PEOPLE)
@example(q=SCRIPT_PAYLOADS, person="member")
def test_autocomplete_answers_any_keyword_with_a_list(client, site, people, q, person):
    client_for(client, people[person])
    response = client.get("/search/autocomplete/", {"q": q})
    assert response.status_code < 500
    if response.status_code == 200:
        assert isinstance(response.json()["results"], list)


@FUZZ
@given(params=query_strings(LIBRARY, REAL_VALUES))
@example(params=scripts_in_every(LIBRARY))
def test_resource_library_answers_any_query_string(client, site, params):
    assert_answered_safely(client.get("/resources/", params))


@FUZZ
@given(params=query_strings(EVENTS, REAL_VALUES), person=PEOPLE)
@example(params=scripts_in_every(EVENTS), person="anonymous")
def test_events_listing_answers_any_query_string(client, site, people, params, person):
    client_for(client, people[person])
    assert_answered_safely(client.get("/events/", params))


@FUZZ
@given(params=query_strings(ARCHIVE, ["2026", "2027"]))
@example(params=scripts_in_every(ARCHIVE))
def test_newsletter_archive_answers_any_query_string(client, site, params):
    assert_answered_safely(client.get("/newsletters/", params))


@FUZZ
@given(listing=st.sampled_from(["spaces", "space", "thread"]), params=query_strings(DISCUSSIONS))
@example(listing="space", params=scripts_in_every(DISCUSSIONS))
@example(listing="thread", params=scripts_in_every(DISCUSSIONS))
def test_discussion_lists_answer_any_query_string_for_a_member(
    client, site, people, listing, params
):
    client_for(client, people["member"])
    path = {
        "spaces": "/network/discussions/",
        "space": "/network/discussions/peer-support/",
        "thread": Thread.objects.get(title="Safety plans for parks").get_absolute_url(),
    }[listing]
    assert_answered_safely(client.get(path, params))


@FUZZ
@given(params=query_strings(DIRECTORY))
@example(params=scripts_in_every(DIRECTORY))
def test_member_directory_answers_any_query_string(client, site, people, params):
    client_for(client, people["member"])
    assert_answered_safely(client.get("/network/directory/", params))


OTHER_PAGES = [
    "/",
    "/sitemap.xml",
    "/robots.txt",
    "/events/feed.ics",
    "/events/feed.rss",
    "/resources/feed.rss",
    "/newsletters/feed.rss",
    "/flyer/",
    "/subscribe/",
    "/network/join/person/",
    "/accounts/login/",
]


@FUZZ
@given(path=st.sampled_from(OTHER_PAGES), params=query_strings(["p", "page", "q", "next"]))
def test_other_public_pages_answer_any_query_string(client, site, path, params):
    assert_answered_safely(client.get(path, params))


NOT_IDS = ["²", "٣", "9" * 30, "9" * 5000]


@pytest.mark.parametrize("value", NOT_IDS)
def test_directory_ignores_an_area_that_cannot_be_an_id(client, people, value):
    client_for(client, people["member"])
    response = client.get("/network/directory/", {"area": value})
    assert response.status_code == 200


@pytest.mark.parametrize("value", NOT_IDS)
def test_a_thread_ignores_a_quoted_post_that_cannot_be_an_id(client, people, no_approval, value):
    thread = start(people["member"])
    client_for(client, people["member"])
    response = client.get(thread.get_absolute_url(), {"quote": value})
    assert response.status_code == 200
    assert not response.context["form"].initial
