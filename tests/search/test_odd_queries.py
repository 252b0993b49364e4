"""Odd keyword input is answered, never an error, on every search box."""

import pytest

from tests.factories import make_home_page, make_library, make_pack, make_tool

pytestmark = pytest.mark.django_db

ODD = [
    '"',
    "'",
    "*",
    "AND",
    "OR NOT",
    "(",
    ")",
    "-",
    "a:b",
    "NEAR(",
    "^",
    "\\",
    "%",
    "é💥",
    "x" * 300,
]


@pytest.fixture
def site(db):
    home = make_home_page()
    make_tool(make_pack(make_library(home)), title="Context mapping")
    return home


@pytest.mark.parametrize("query", ODD)
def test_site_search_answers_odd_queries(client, site, query):
    assert client.get("/search/", {"q": query}).status_code == 200


@pytest.mark.parametrize("query", ODD)
def test_library_keyword_answers_odd_queries(client, site, query):
    assert client.get("/resources/", {"q": query}).status_code == 200
