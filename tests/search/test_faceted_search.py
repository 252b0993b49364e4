"""Faceted site search: access for every role, facet counts, OR/AND, sorting, snippets,
bad input and an engine outage. Runs on the database backend and on the engine in CI."""

import logging

import pytest
from django.test import override_settings

from events.models import EventPage
from home.models import Topic
from newsletters.models import NewsletterPage
from resources.models import ResourcePackPage, ResourcePage
from search.engines import search_backends
from tests.network.helpers import client_for
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db

PUBLIC = {
    "Safety planning pack",
    "Schools pack",
    "Safety mapping template",
    "Safety briefing",
    "School safety guide",
    "About safety",
    "Safety webinar",
    "Safety workshop",
    "Safety newsletter",
}
MEMBERS = {"Safety plans for parks", "Reply in “Safety plans for parks”"}
CHAIRS = {"Chairs safety agenda", "Safety session notes"}
NEVER = {"Draft safety page"}


def outcome(client, person, **params):
    """The search's outcome, with `every_item`: the results of all its pages in order."""
    visitor = client_for(client, person)
    response = visitor.get("/search/", params)
    assert response.status_code == 200
    result = response.context["search"]
    result.every_item = list(result.page.object_list)
    for number in range(2, result.page.paginator.num_pages + 1):
        later = visitor.get("/search/", {**params, "page": number}).context["search"]
        result.every_item += later.page.object_list
    return result


def titles(result):
    return {item.title for item in result.every_item}


def counts(result, param):
    facet = next((facet for facet in result.facets if facet.param == param), None)
    return {option.value: option.count for option in facet.options} if facet else {}


@pytest.mark.parametrize(
    "role, expected",
    [
        ("anonymous", PUBLIC),
        ("registered", PUBLIC),
        ("applicant", PUBLIC),
        ("left_area_member", PUBLIC),
        ("member", PUBLIC | MEMBERS),
        ("chair", PUBLIC | MEMBERS | CHAIRS),
        ("staff", PUBLIC | MEMBERS | CHAIRS | {"Restricted safety pack"}),
    ],
)
def test_each_role_finds_exactly_what_the_policy_lets_them_see(
    client, people, site, role, expected
):
    found = outcome(client, people[role], q="safety")
    assert titles(found) == expected
    assert found.total == len(expected)
    assert sum(counts(found, "type").values()) == len(expected)
    browsed = titles(outcome(client, people[role]))
    threads_not_replies = {title for title in expected if not title.startswith("Reply in")}
    assert threads_not_replies <= browsed and not (browsed & NEVER)
    assert not any(title.startswith("Reply in") for title in browsed)
    if role != "staff":
        assert "Restricted safety pack" not in browsed


def test_home_and_section_landing_pages_are_not_results(client, site):
    assert not {"Planning for Safety", "Events", "Resource packs", "Newsletters"} & titles(
        outcome(client, None, q="safety")
    )


def test_gated_pages_text_never_reaches_snippets_or_results_for_outsiders(client, people, site):
    html = client_for(client, None).get("/search/", {"q": "peer support"}).content.decode()
    assert "MEMBERS-ONLY" not in html and "/network/peer-support/" not in html
    html = client_for(client, people["member"]).get("/search/", {"q": "chairs"}).content.decode()
    assert "CHAIRS" not in html


def brute_force_type_counts(topic_slug):
    """Public items with this topic, by kind, straight from the database."""
    return {
        kind: model.objects.live().public().filter(topics__slug=topic_slug).distinct().count()
        for kind, model in (
            ("pack", ResourcePackPage),
            ("tool", ResourcePage),
            ("event", EventPage),
        )
    }


def test_facet_counts_match_a_count_from_the_database(client, site):
    result = outcome(client, None, topic="safety-planning")
    expected = {kind: n for kind, n in brute_force_type_counts("safety-planning").items() if n}
    assert counts(result, "type") == expected
    # Topic counts ignore the topic selection itself (disjunctive): every public item's topics.
    topic_counts = counts(result, "topic")
    for topic in Topic.objects.all():
        public = sum(
            model.objects.live().public().filter(topics=topic).distinct().count()
            for model in (ResourcePackPage, ResourcePage, EventPage)
        )
        assert topic_counts.get(topic.slug, 0) == public, topic.slug


def test_more_than_ten_topic_values_are_all_counted(client, site):
    tools_pack = site["planning"]
    from tests.factories import make_tool

    slugs = list(Topic.objects.values_list("slug", flat=True))
    assert len(slugs) > 10
    for slug in slugs:
        make_tool(tools_pack, title=f"Tool about {slug}", topics=[slug])
    index_everything()
    result = outcome(client, None, q="tool")
    assert set(counts(result, "topic")) == set(slugs)


def test_values_within_a_facet_or_and_facets_and(client, site):
    one = titles(outcome(client, None, topic="roles-of-schools"))
    both = titles(outcome(client, None, topic=["roles-of-schools", "guardianship"]))
    assert one < both  # OR widens
    narrowed = titles(
        outcome(client, None, topic=["roles-of-schools", "guardianship"], type="tool")
    )
    assert narrowed == {"School safety guide", "Safety mapping template"}  # AND narrows


def test_chips_remove_one_filter_and_clear_all_keeps_the_query(client, site):
    html = client.get("/search/", {"q": "safety", "type": "tool", "topic": "guardianship"})
    content = html.content.decode()
    assert "Filters in use:" in content
    assert (
        'href="?q=safety&amp;topic=guardianship">Tool' in content or "remove this filter" in content
    )
    assert 'href="?q=safety">Clear all filters</a>' in content


def test_zero_count_values_are_hidden_unless_chosen(client, site):
    result = outcome(client, None, q="school")
    assert "newsletter" not in counts(result, "type")
    chosen = outcome(client, None, q="school", type="newsletter")
    assert counts(chosen, "type")["newsletter"] == 0
    assert chosen.total == 0


def test_sorting_newest_and_by_event_date(client, site):
    by_event = outcome(client, None, q="safety", sort="event_date")
    first_two = [item.title for item in by_event.page.object_list[:2]]
    assert first_two == ["Safety webinar", "Safety workshop"]
    newest = outcome(client, None, sort="newest")
    dates = [str(item.date) for item in newest.every_item]
    assert dates == sorted(dates, reverse=True)
    assert outcome(client, None, sort="relevance").sort == "newest"  # no keyword


def test_results_show_type_snippet_with_marked_words_and_event_booking_state(client, site):
    html = client.get("/search/", {"q": "mapping"}).content.decode()
    assert "<mark>mapping</mark>" in html.lower() or "<mark>Mapping</mark>" in html
    html = client.get("/search/", {"q": "webinar"}).content.decode()
    assert "Safety webinar" in html and "Event" in html
    assert 'class="tag' in html  # booking state label


def test_snippets_escape_the_text_before_marking(client, site):
    from tests.factories import make_standard_page

    make_standard_page(
        site["home"], title="Markup test", slug="markup", summary="<b>safety</b> & <i>x</i>"
    )
    index_everything()
    html = client.get("/search/", {"q": "markup"}).content.decode()
    assert "&lt;b&gt;safety&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;" in html
    assert "<b>safety</b>" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?colour=red",
        "?topic=no-such-topic&type=spaceship&year=abc",
        "?page=999999",
        "?page=-1",
        "?sort=bogus",
        "?q=" + "safety%20" * 1500,
        "?q=%ff%fe%00",
        "?q=%22%22%22",
        "?q=AND%20OR%20NOT",
    ],
)
def test_bad_parameters_give_a_sane_page_never_an_error(client, site, query):
    response = client.get("/search/" + query)
    assert response.status_code == 200


def test_newsletter_and_page_results_are_found(client, site):
    assert "Safety newsletter" in titles(outcome(client, None, q="newsletter"))
    assert NewsletterPage.objects.live().count() == 1


def test_an_engine_outage_gives_a_friendly_503_logged_once(client, site, caplog, settings):
    from django.core.cache import cache

    cache.delete("search:outage-logged")
    down = search_backends("http://127.0.0.1:9", "opensearch2", "down_", timeout=2)
    with override_settings(WAGTAILSEARCH_BACKENDS=down):
        with caplog.at_level(logging.ERROR, logger="search.service"):
            for _ in range(3):
                response = client.get("/search/", {"q": "safety"})
                assert response.status_code == 503
                assert "Search is temporarily unavailable" in response.content.decode()
                assert 'href="/resources/"' in response.content.decode()
        assert len([r for r in caplog.records if r.name == "search.service"]) == 1
        assert client.get("/").status_code == 200  # the rest of the site keeps working
        library = client.get("/resources/", {"q": "safety"})  # the library's keyword box
        assert library.status_code == 503
        assert "Search is temporarily unavailable" in library.content.decode()
        assert client.get("/resources/").status_code == 200  # browsing needs no engine
