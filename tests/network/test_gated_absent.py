"""Gated pages never reach outsiders through the sitemap, search, listings or related blocks."""

import pytest

from home.models import HomePage, HomePageFeature
from tests.network.helpers import client_for
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db


def test_gated_pages_are_not_in_the_sitemap(client, gated):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/network/" in xml
    for kind in ("network_page", "chairs_page", "evidence_page"):
        assert gated[kind].url not in xml


@pytest.mark.parametrize(
    ("role", "finds_members_page", "finds_chairs_page"),
    [
        ("anonymous", False, False),
        ("registered", False, False),
        ("member", True, False),
        ("chair", True, True),
    ],
)
def test_site_search_shows_gated_pages_only_to_their_audience(
    client, people, gated, role, finds_members_page, finds_chairs_page
):
    index_everything()
    html = client_for(client, people[role]).get("/search/", {"q": "peer support"}).content.decode()
    assert ('href="/network/peer-support/"' in html) is finds_members_page
    html = (
        client_for(client, people[role]).get("/search/", {"q": "action learning"}).content.decode()
    )
    assert ('href="/network/action-learning/"' in html) is finds_chairs_page


def test_network_landing_lists_gated_pages_only_to_members(client, people, gated):
    anonymous = client.get("/network/").content.decode()
    assert "Peer support" not in anonymous
    member = client_for(client, people["member"]).get("/network/").content.decode()
    assert "Peer support" in member
    assert "Action learning sets" not in member


def test_home_page_never_features_a_gated_page(client, gated):
    home = HomePage.objects.get()
    HomePageFeature.objects.create(home_page=home, page=gated["network_page"])
    assert "Peer support" not in client.get("/").content.decode()
