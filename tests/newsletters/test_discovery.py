"""Feeds, sitemap, robots.txt, canonical URLs and share tags: public content only."""

import re

import feedparser
import pytest
from django.conf import settings
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from home.models import SiteSettings
from tests.events.helpers import make_event
from tests.factories import make_home_page, make_library, make_pack, make_standard_page, publish
from tests.network.helpers import client_for
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed):
    return sorted(entry.title for entry in feed.entries)


def test_resources_feed_lists_public_packs_and_tools_only(client):
    library = make_library(make_home_page())
    public = make_pack(library, topic_slug="safety-planning", title="Public pack")
    private = make_pack(library, topic_slug="guardianship", title="Private pack")
    restrict(private)
    draft = make_pack(library, topic_slug="roles-of-schools", title="Draft pack")
    draft.unpublish()
    feed = parse(client, "/resources/feed.rss")
    assert titles(feed) == ["Public pack"]
    assert feed.entries[0].link == settings.BASE_URL + public.url
    assert feed.entries[0].summary == public.summary


def test_events_feed_lists_public_upcoming_events_only(client):
    from events.models import EventIndexPage

    home = make_home_page()
    events = publish(home, EventIndexPage(title="Events", slug="events", intro="<p>x</p>"))
    make_event(events, title="Open event", slug="open")
    hidden = make_event(events, title="Restricted event", slug="restricted")
    restrict(hidden)
    feed = parse(client, "/events/feed.rss")
    assert titles(feed) == ["Open event"]
    assert "SECRET-JOINING-LINK" not in str(feed)


def test_newsletters_feed_lists_published_issues_only(client, newsletter_index):
    make_issue(newsletter_index, title="Spring update", slug="spring")
    draft = make_issue(newsletter_index, title="Draft issue", slug="draft")
    draft.unpublish()
    assert titles(parse(client, "/newsletters/feed.rss")) == ["Spring update"]


def test_feeds_never_carry_gated_network_content(client, gated):
    for url in ("/resources/feed.rss", "/events/feed.rss", "/newsletters/feed.rss"):
        text = client.get(url).content.decode()
        for page in ("network_page", "chairs_page", "evidence_page"):
            assert gated[page].title not in text
        assert "MEMBERS-ONLY" not in text


def test_sitemap_has_public_pages_but_no_gated_restricted_or_unpublished_page(client, gated):
    home = make_home_page()
    public = make_standard_page(home, title="About", slug="about")
    private = make_standard_page(home, title="Private", slug="private")
    restrict(private)
    draft = make_standard_page(home, title="Draft", slug="draft")
    draft.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert public.url in xml
    for page in (private, draft, gated["network_page"], gated["chairs_page"]):
        assert f"{page.url}<" not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_private_areas(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http" in text and "/sitemap.xml" in text
    for path in ("/admin/", "/accounts/", "/network/", "/subscription/"):
        assert f"Disallow: {path}" in text


def test_pages_have_canonical_and_share_tags_with_the_default_share_image(client):
    home = make_home_page()
    page = make_standard_page(home, title="About", slug="about", summary="Who we are.")
    image = Image.objects.create(title="Share", file=get_test_image_file(size=(1200, 630)))
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.default_share_image = image
    site_settings.save()
    html = client.get("/about/?page=2&utm_source=x").content.decode()
    assert f'<link rel="canonical" href="{settings.BASE_URL}{page.url}">' in html
    assert '<meta property="og:title" content="About">' in html
    assert '<meta property="og:description" content="Who we are.">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert 'property="og:image" content="http' in html


def test_gated_pages_do_not_put_their_summary_in_share_tags(client, gated, people):
    page = gated["network_page"]
    for person in (None, people["registered"]):
        client_for(client, person)
        html = client.get(page.url).content.decode()
        assert f'content="{page.summary}"' not in html


def test_social_links_from_site_settings_are_in_the_footer(client):
    home = make_home_page()
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.social_links = [
        ("link", {"platform": "linkedin", "url": "https://www.linkedin.com/company/example"})
    ]
    site_settings.save()
    html = client.get("/").content.decode()
    footer = html.split('class="site-footer"', 1)[1]
    assert 'href="https://www.linkedin.com/company/example"' in footer


ALTERNATE = re.compile(r'<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)">')


def advertised(client, url):
    """{href: type} of the feeds a page advertises in its head."""
    html = client.get(url).content.decode()
    head = html.split("</head>")[0]
    return {href: kind for kind, href in ALTERNATE.findall(head)}


@pytest.fixture
def sections(newsletter_index):
    from events.models import EventIndexPage

    home = newsletter_index.get_parent().specific
    library = make_library(home)
    events = publish(home, EventIndexPage(title="Events", slug="events", intro="<p>x</p>"))
    return home, library, events, newsletter_index


def test_the_home_page_advertises_every_feed_and_each_parses(client, sections):
    feeds = advertised(client, "/")
    assert feeds == {
        "/resources/feed.rss": "application/rss+xml",
        "/events/feed.rss": "application/rss+xml",
        "/events/feed.ics": "text/calendar",
        "/newsletters/feed.rss": "application/rss+xml",
    }
    for href, kind in feeds.items():
        if kind == "application/rss+xml":
            parse(client, href)
        else:
            assert client.get(href)["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize(
    ("section", "feeds"),
    [
        (1, {"/resources/feed.rss"}),
        (2, {"/events/feed.rss", "/events/feed.ics"}),
        (3, {"/newsletters/feed.rss"}),
    ],
)
def test_each_section_advertises_its_feeds_and_links_them_beside_its_listing(
    client, sections, section, feeds
):
    url = sections[section].url
    assert set(advertised(client, url)) == feeds
    body = client.get(url).content.decode().split("</head>")[1]
    for href in feeds:
        assert f'<a href="{href}">' in body
