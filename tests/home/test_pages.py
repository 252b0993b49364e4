"""Home and standard pages render through Wagtail's routing, with navigation and breadcrumbs."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import HomePage, HomePageFeature, Topic
from resources.models import ResourceIndexPage
from tests.factories import make_home_page, make_standard_page, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return make_home_page()


def test_home_page_renders_the_programme_introduction_and_empty_states(client, home):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Support for local areas" in html
    assert "Welcome to the programme." in html
    assert "resource packs are being prepared" in html
    assert "No events are open for booking" in html


def test_standard_page_renders_its_streamfield_body(client, home):
    make_standard_page(
        home,
        body=[
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("quote", {"text": "Contexts matter.", "attribution": "A Chair"}),
            ("callout", {"title": "Remember", "text": "<p>No case details.</p>", "tone": "info"}),
            (
                "accordion",
                {
                    "title": "Questions",
                    "items": [{"heading": "Who can join?", "content": "<p>Areas</p>"}],
                },
            ),
        ],
    )
    response = client.get("/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Who we are</h2>" in html
    assert "Contexts matter." in html
    assert "<summary>Who can join?</summary>" in html
    assert 'class="callout callout--info"' in html


def test_layout_has_skip_link_landmarks_and_breadcrumbs(client, home):
    make_standard_page(home)
    html = client.get("/about/").content.decode()
    assert '<a class="skip-link" href="#main-content">' in html
    assert '<main id="main-content"' in html
    assert 'aria-label="Main"' in html
    assert '<nav class="breadcrumbs container" aria-label="Breadcrumb">' in html
    assert '<span aria-current="page">About the programme</span>' in html
    assert 'role="search"' in html


def test_menu_shows_sections_marked_for_menus_and_marks_the_current_one(client, home):
    publish(
        home,
        ResourceIndexPage(
            title="Resource packs", slug="resources", intro="<p>x</p>", show_in_menus=True
        ),
    )
    html = client.get("/resources/").content.decode()
    assert '<a href="/resources/" aria-current="page">Resource packs</a>' in html


def test_restricted_pages_never_appear_in_the_menu_or_footer(client, home):
    secret = make_standard_page(home, title="Internal notes", slug="internal", show_in_menus=True)
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    footer_page = make_standard_page(home, title="Staff rota", slug="rota")
    PageViewRestriction.objects.create(page=footer_page, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/").content.decode()
    assert "Internal notes" not in html
    assert "Staff rota" not in html


def test_footer_lists_general_pages(client, home):
    make_standard_page(home, title="Privacy notice", slug="privacy")
    html = client.get("/").content.decode()
    assert '<a href="/privacy/">Privacy notice</a>' in html


def test_featured_pages_exclude_drafts_and_restricted_pages(client, home):
    public = make_standard_page(home, title="Public pack", slug="public-pack")
    hidden = make_standard_page(home, title="Members pack", slug="members-pack")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    HomePageFeature.objects.create(home_page=home, page=hidden, sort_order=0)
    HomePageFeature.objects.create(home_page=home, page=public, sort_order=1)
    home = HomePage.objects.get(pk=home.pk)
    assert [page.title for page in home.featured()] == ["Public pack"]


def test_site_settings_appear_in_the_footer(client, home):
    from home.models import SiteSettings

    settings = SiteSettings.for_site(home.get_site())
    settings.contact_email = "team@example.org"
    settings.social_links = [
        ("link", {"platform": "linkedin", "url": "https://linkedin.example/pfs"})
    ]
    settings.save()
    html = client.get("/").content.decode()
    assert 'href="mailto:team@example.org"' in html
    assert 'href="https://linkedin.example/pfs"' in html


def test_topic_taxonomy_is_seeded_with_pack_and_event_topics():
    slugs = set(Topic.objects.values_list("slug", flat=True))
    assert len(slugs) == 12
    assert {"chairing-roth-conferences", "community-guardianship", "roles-of-schools"} <= slugs


def test_topic_slug_is_made_from_the_name_when_left_empty():
    topic = Topic.objects.create(name="Peer guardianship online")
    assert topic.slug == "peer-guardianship-online"


def test_section_pages_with_their_own_listing_do_not_query_for_children(client, home, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from events.models import EventIndexPage
    from newsletters.models import NewsletterIndexPage

    publish(home, EventIndexPage(title="Events", slug="events", intro="<p>x</p>"))
    publish(home, NewsletterIndexPage(title="Newsletters", slug="newsletters", intro="<p>x</p>"))
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of rendering, not of a cache hit
    settings.FRAGMENT_CACHE_SECONDS = 0  # the menu and footer query too, as measured below
    client.get("/events/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/events/")
    privacy_queries = [q for q in captured if "wagtailcore_pageviewrestriction" in q["sql"]]
    # Measured: 5 with the children list left uncomputed, 6 when it was computed eagerly.
    assert len(privacy_queries) == 5
    assert (
        "No newsletter issues have been published yet."
        in client.get("/newsletters/").content.decode()
    )
