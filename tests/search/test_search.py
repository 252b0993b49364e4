"""Search finds published public pages on the configured backend (database, or OpenSearch)."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from tests.factories import make_home_page, make_standard_page
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db


def index_pages(*pages):
    """Index after the pages' relations are saved, and make the changes visible to search:
    site search's index, and Wagtail's own (the admin's search)."""
    index_everything()
    backend = get_search_backend()
    for page in pages:
        backend.add(page)
    backend.refresh_indexes()


def test_the_configured_backend_indexes_and_finds_a_page():
    home = make_home_page()
    page = make_standard_page(
        home, title="Contextual safety planning", slug="planning", summary="Plans for places."
    )
    index_pages(page)
    results = StandardPage.objects.live().search("contextual planning", operator="and")
    assert [result.pk for result in results] == [page.pk]


def test_update_index_rebuilds_and_still_finds_pages():
    home = make_home_page()
    page = make_standard_page(home, title="Guardianship in neighbourhoods", slug="guardianship")
    call_command("update_index", verbosity=0)
    results = StandardPage.objects.live().search("guardianship", operator="and")
    assert page.pk in [result.pk for result in results]


def test_search_page_lists_public_matches(client):
    home = make_home_page()
    page = make_standard_page(home, title="Conference chairing guide", slug="chairing")
    index_pages(page)
    response = client.get("/search/", {"q": "chairing"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 result for “chairing”" in html
    assert 'href="/chairing/"' in html


def test_search_page_never_shows_restricted_pages(client):
    home = make_home_page()
    page = make_standard_page(home, title="Chairs session notes", slug="notes")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    index_pages(page)
    html = client.get("/search/", {"q": "session notes"}).content.decode()
    assert "Chairs session notes" not in html
    assert "0 results" in html


@pytest.mark.parametrize("page_param", ["999", "abc", "-1"])
def test_search_page_handles_bad_page_numbers_without_error(client, page_param):
    make_home_page()
    response = client.get("/search/", {"q": "anything", "page": page_param})
    assert response.status_code == 200


def test_an_empty_search_browses_everything_public_newest_first(client):
    home = make_home_page()
    make_standard_page(home, title="About", slug="about")
    response = client.get("/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Most relevant" not in html  # no keyword: no relevance sort
    assert '<a href="/about/">About</a>' in html
