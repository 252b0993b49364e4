"""The tool library at /resources/: filters, counts, sorting, pagination and bad input."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.library import TOOLS_PER_PAGE
from tests.factories import make_document, make_pack, make_tool
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(library):
    """Two packs, six tools with known topics, audiences, types and formats."""
    safety = make_pack(library, topic_slug="safety-planning", title="Safety planning")
    chairs = make_pack(library, topic_slug="chairing-roth-conferences", title="Chairing")
    tools = {
        "map": make_tool(
            safety,
            title="Context map",
            topics=["safety-planning"],
            audiences=["police"],
            tool_type="practice-tool",
        ),
        "plan": make_tool(
            safety,
            title="Plan template",
            topics=["safety-planning"],
            audiences=["health"],
            tool_type="template",
            document=make_document("plan.docx"),
        ),
        "guard": make_tool(
            safety,
            title="Guardians list",
            topics=["safety-planning", "guardianship"],
            audiences=["police", "health"],
            tool_type="template",
            document=make_document("guardians.xlsx"),
        ),
        "agenda": make_tool(
            chairs,
            title="Conference agenda",
            topics=["chairing-roth-conferences"],
            audiences=["roth-conference-chairs"],
            tool_type="template",
            document=make_document("agenda.docx"),
        ),
        "brief": make_tool(
            chairs,
            title="Chairs briefing",
            topics=["chairing-roth-conferences", "guardianship"],
            audiences=["roth-conference-chairs"],
            tool_type="briefing",
        ),
        "web": make_tool(
            chairs,
            title="Online guide",
            topics=["chairing-roth-conferences"],
            audiences=["health"],
            tool_type="guide",
            external_url="https://www.example.org/guide",
        ),
    }
    index_everything()  # make the new tools searchable at once
    return tools


def listed_titles(response):
    html = response.content.decode().split('id="tools-heading"', 1)[1]
    return re.findall(r'<h3 class="tool__title"><a href="[^"]+">([^<]+)</a>', html)


def facet_counts(response, param):
    """{value: count} for the options of one facet as the page shows them."""
    facet = next(f for f in response.context["facets"] if f.param == param)
    return {option.value: option.count for option in facet.options}


def test_library_lists_packs_and_every_published_tool(client, catalogue):
    response = client.get("/resources/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Safety planning" in html and "Chairing" in html
    assert sorted(listed_titles(response)) == sorted(t.title for t in catalogue.values())


def test_several_values_of_one_filter_mean_or(client, catalogue):
    response = client.get("/resources/", {"audience": ["police", "roth-conference-chairs"]})
    assert sorted(listed_titles(response)) == sorted(
        ["Context map", "Guardians list", "Conference agenda", "Chairs briefing"]
    )


def test_different_filters_combine_with_and(client, catalogue):
    response = client.get("/resources/", {"audience": ["health"], "type": ["template"]})
    assert sorted(listed_titles(response)) == ["Guardians list", "Plan template"]


def test_topic_and_format_filters(client, catalogue):
    response = client.get("/resources/", {"topic": "guardianship", "format": "excel"})
    assert listed_titles(response) == ["Guardians list"]
    response = client.get("/resources/", {"format": ["web", "word"]})
    assert sorted(listed_titles(response)) == ["Conference agenda", "Online guide", "Plan template"]


def test_each_filters_counts_apply_the_other_filters_but_not_its_own(client, catalogue):
    response = client.get("/resources/", {"audience": "health", "type": "template"})
    # Types, counted among tools for health (any type): Plan, Guardians (template), Web (guide).
    assert facet_counts(response, "type")["template"] == 2
    assert facet_counts(response, "type")["guide"] == 1
    # Audiences, counted among templates (any audience): Plan, Guardians, Agenda.
    audiences = facet_counts(response, "audience")
    assert (audiences["health"], audiences["police"], audiences["roth-conference-chairs"]) == (
        2,
        1,
        1,
    )
    # Formats, counted with both filters: the two listed templates.
    assert facet_counts(response, "format") == {
        "pdf": 0,
        "word": 1,
        "excel": 1,
        "powerpoint": 0,
        "video": 0,
        "web": 0,
        "other": 0,
    }


@pytest.mark.parametrize(
    "params",
    [{}, {"topic": "guardianship"}, {"audience": ["health", "police"], "format": "word"}],
)
def test_every_count_equals_the_tools_listed_for_that_value_with_the_other_filters(
    client, catalogue, params, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # some URLs repeat; every response must be rendered
    response = client.get("/resources/", params)
    for facet in response.context["facets"]:
        for option in facet.options:
            listed = client.get("/resources/", {**params, facet.param: option.value})
            assert option.count == listed.context["tools"].paginator.count, (
                facet.param,
                option.value,
            )


def test_zero_count_values_are_hidden_unless_selected(client, catalogue):
    html = client.get("/resources/", {"format": "powerpoint"}).content.decode()
    assert 'value="powerpoint"' in html and "checked" in html
    html = client.get("/resources/").content.decode()
    assert 'value="powerpoint"' not in html


def test_no_results_state_offers_a_way_back(client, catalogue):
    response = client.get("/resources/", {"format": "powerpoint"})
    html = response.content.decode()
    assert "No tools match these filters" in html
    assert 'href="/resources/#tools">Clear all filters and show every tool' in html


def test_selected_values_show_as_removable_chips(client, catalogue):
    html = client.get("/resources/", {"topic": "guardianship", "format": "excel"}).content.decode()
    assert 'href="?format=excel#tools">Topic: Guardianship' in html
    assert 'href="?topic=guardianship#tools">Format: Excel' in html


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "no-such-topic"},
        {"format": "<script>"},
        {"type": ["template", "bogus"], "audience": ""},
        {"sort": "price"},
        {"page": "abc"},
        {"page": "-3"},
        {"page": "99999999999999999999"},
        {"q": "x" * 5000},
        {"sort": "relevance"},
    ],
)
def test_bad_input_is_ignored_never_an_error(client, catalogue, params):
    response = client.get("/resources/", params)
    assert response.status_code == 200


def test_unknown_values_are_dropped_and_known_ones_kept(client, catalogue):
    response = client.get("/resources/", {"type": ["template", "bogus"], "topic": "nope"})
    assert sorted(listed_titles(response)) == [
        "Conference agenda",
        "Guardians list",
        "Plan template",
    ]


def test_sort_a_to_z_and_newest(client, catalogue):
    titles = listed_titles(client.get("/resources/", {"sort": "title"}))
    assert titles == sorted(titles)
    newest = listed_titles(client.get("/resources/", {"sort": "newest"}))
    assert newest[0] == "Online guide"  # published last
    assert newest[-1] == "Context map"


def test_keyword_search_sorts_by_relevance_by_default(client, catalogue):
    response = client.get("/resources/", {"q": "agenda"})
    assert response.context["library"].sort == "relevance"
    assert listed_titles(response) == ["Conference agenda"]
    assert 'option value="relevance" selected' in response.content.decode()


def test_keyword_combines_with_filters(client, catalogue):
    # "plan" also finds the tools on "Safety planning" (English stemming: planning → plan).
    response = client.get("/resources/", {"q": "plan", "audience": "health"})
    assert set(listed_titles(response)) == {"Plan template", "Guardians list"}
    response = client.get("/resources/", {"q": "plan", "audience": "police", "type": "template"})
    assert listed_titles(response) == ["Guardians list"]
    response = client.get("/resources/", {"q": "plan", "audience": "roth-conference-chairs"})
    assert listed_titles(response) == []


def test_pagination_edges(client, library):
    pack = make_pack(library)
    for number in range(TOOLS_PER_PAGE + 1):
        make_tool(pack, title=f"Tool {number:02d}", document=make_document(f"t{number}.pdf"))
    first = client.get("/resources/", {"sort": "title"})
    assert len(listed_titles(first)) == TOOLS_PER_PAGE
    assert "Page 1 of 2" in first.content.decode()
    last = client.get("/resources/", {"sort": "title", "page": 2})
    assert listed_titles(last) == [f"Tool {TOOLS_PER_PAGE:02d}"]
    beyond = client.get("/resources/", {"sort": "title", "page": 3})
    assert listed_titles(beyond) == listed_titles(last)
    assert 'href="?sort=title&amp;page=2"' in first.content.decode()


def test_drafts_and_restricted_tools_are_not_listed(client, library):
    from wagtail.models import PageViewRestriction

    pack = make_pack(library)
    make_tool(pack, title="Published tool")
    make_tool(pack, title="Draft tool", live=False)
    hidden = make_tool(pack, title="Members tool")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert listed_titles(client.get("/resources/")) == ["Published tool"]


# Routing, privacy checks, facet options, four facet counts, the result count, the page of
# results, the packs and the breadcrumbs: a fixed number whatever the tool count (the site,
# menu, footer links and settings are kept; the listing too with CACHE_URL).
LIBRARY_QUERY_BUDGET = 21


def queries_for_library(client):
    """Queries of the filtered library, after a first request has refilled what publishing
    emptied (the shared menu and footer links)."""
    params = {"topic": "safety-planning", "type": "template"}
    client.get("/resources/", params)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/resources/", params)
    assert response.status_code == 200
    return len(captured)


def add_tools(pack, count, start=0):
    for number in range(start, start + count):
        make_tool(
            pack,
            title=f"Template {number:03d}",
            tool_type="template",
            topics=["safety-planning"],
            audiences=["police"],
            document=make_document(f"template{number}.docx"),
        )


def test_query_count_does_not_grow_with_the_number_of_tools(client, library):
    pack = make_pack(library)
    add_tools(pack, 10)
    client.get("/resources/")  # warm per-process caches (site root paths, content types)
    with_ten = queries_for_library(client)
    add_tools(pack, 90, start=10)
    with_hundred = queries_for_library(client)
    assert with_ten == with_hundred
    assert with_hundred <= LIBRARY_QUERY_BUDGET
