"""Search-as-you-type: titles as JSON, only what the person may see."""

import pytest
from django.test import override_settings

from search.engines import search_backends
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db


def suggested(client, person, query):
    response = client_for(client, person).get("/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return {result["title"]: result for result in response.json()["results"]}


def test_titles_are_suggested_from_the_first_letters(client, site):
    found = suggested(client, None, "schoo")
    assert "Schools pack" in found
    assert found["Schools pack"]["url"] == "/resources/roles-of-schools/"
    assert found["Schools pack"]["type"] == "Resource pack"


@pytest.mark.parametrize(
    "role, sees_members, sees_chairs, sees_restricted",
    [
        ("anonymous", False, False, False),
        ("registered", False, False, False),
        ("member", True, False, False),
        ("chair", True, True, False),
        ("staff", True, True, True),
    ],
)
def test_suggestions_respect_access(
    client, people, site, role, sees_members, sees_chairs, sees_restricted
):
    found = suggested(client, people[role], "safety")
    assert ("Safety plans for parks" in found) is sees_members
    assert ("Chairs safety agenda" in found or "Safety session notes" in found) is sees_chairs
    assert len(found) <= 8
    assert ("Restricted safety pack" in suggested(client, people[role], "restricted")) is (
        sees_restricted
    )
    assert "Draft safety page" not in suggested(client, people[role], "draft")


def test_too_short_or_odd_input_suggests_nothing(client, site):
    assert suggested(client, None, "s") == {}
    assert suggested(client, None, "") == {}
    assert suggested(client, None, "%00\"'") == {}


def test_suggestions_answer_503_json_when_the_engine_is_down(client, site):
    down = search_backends("http://127.0.0.1:9", "opensearch2", "down_", timeout=2)
    with override_settings(WAGTAILSEARCH_BACKENDS=down):
        response = client.get("/search/autocomplete/", {"q": "safety"})
    assert response.status_code == 503
    assert response.json()["results"] == []


def test_the_search_boxes_offer_the_combobox_when_scripts_run(client, site):
    html = client.get("/search/").content.decode()
    assert html.count('data-autocomplete="/search/autocomplete/"') == 2  # header and page
