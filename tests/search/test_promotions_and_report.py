"""Editors' promoted results (through the access policy) and the report of searches."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import Topic
from network.learning.models import ActionLearningSession  # noqa: F401 - model registry
from search.models import DailySearchCount
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db


def test_a_promoted_page_is_shown_first_for_its_query(client, site):
    query = Query.get("safety")
    SearchPromotion.objects.create(query=query, page=site["schools"], description="Start here")
    html = client.get("/search/", {"q": "Safety"}).content.decode()
    assert "Recommended" in html
    assert html.index("Start here") < html.index('<ol class="results">')


def test_promotions_never_show_pages_the_person_may_not_see(client, people, site, gated):
    query = Query.get("peer support")
    SearchPromotion.objects.create(query=query, page=gated["network_page"])
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/guide", external_link_text="Guide"
    )
    html = client_for(client, None).get("/search/", {"q": "peer support"}).content.decode()
    assert "/network/peer-support/" not in html
    assert 'href="https://example.org/guide"' in html
    html = client_for(client, people["member"]).get("/search/", {"q": "peer support"})
    assert "/network/peer-support/" in html.content.decode()


def test_searches_are_counted_with_those_that_found_nothing(client, people, site):
    client.get("/search/", {"q": "Safety"})
    client.get("/search/", {"q": "safety"})
    client.get("/search/", {"q": "safety", "page": "2"})  # paging is not a new search
    client.get("/search/", {"q": "zebra crossings"})
    counts = {row.query: (row.searches, row.no_results) for row in DailySearchCount.objects.all()}
    assert counts == {"safety": (2, 0), "zebra crossings": (1, 1)}
    client_for(client, people["staff"])
    report = client.get("/admin/reports/site-searches/").content.decode()
    assert "zebra crossings" in report
    assert report.index("safety") < report.index("Searches that found nothing")
    client_for(client, people["member"])
    assert client.get("/admin/reports/site-searches/").status_code == 302


def test_a_promotion_added_or_removed_shows_at_once_and_other_searches_do_not_look(client, site):
    assert "Recommended" not in client.get("/search/", {"q": "safety"}).content.decode()
    promotion = SearchPromotion.objects.create(
        query=Query.get("safety"), page=site["schools"], description="Start here"
    )
    assert "Start here" in client.get("/search/", {"q": "safety"}).content.decode()

    with CaptureQueriesContext(connection) as other:
        client.get("/search/", {"q": "schools"})
    assert not [q for q in other if "searchpromotion" in q["sql"]]

    promotion.delete()
    assert "Start here" not in client.get("/search/", {"q": "safety"}).content.decode()


def test_a_renamed_topic_labels_the_search_facets_at_once(client, site):
    topic = Topic.objects.get(slug="roles-of-schools")
    client.get("/search/", {"q": "schools"})
    topic.name = "Schools and colleges"
    topic.save()
    assert "Schools and colleges" in client.get("/search/", {"q": "schools"}).content.decode()
