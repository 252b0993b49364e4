"""Pieces of pages kept in the cache for signed-in people (home/templatetags/fragments.py):
one person's piece is never shown to another, what is kept for an audience only to people who
see the same things, and publishing, posting, membership changes, bookings and settings show
in the very next request."""

import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import PageViewRestriction, Site

from events.booking import book_place
from home.models import SiteSettings
from network.audience import Audience
from network.community import posting
from network.community.models import Space
from network.models import Membership, Role
from network.pages import NetworkPage
from tests.events.helpers import booking_details, make_event
from tests.factories import make_tool, publish
from tests.network.helpers import client_for
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def kept(settings):
    """Tests run in one process, so its memory cache is shared by every request here; whole
    pages are never cached, so each response is rendered and only its fragments are kept."""
    settings.SHARED_CACHE = True
    settings.PAGE_CACHE_SECONDS = 0


def render(who, secret):
    template = Template(
        '{% load fragments %}{% fragment "probe" for=who %}{{ secret }}{% endfragment %}'
    )
    return template.render(
        Context({"who": who, "secret": secret, "request": RequestFactory().get("/")})
    )


def test_a_fragment_is_kept_for_its_person_and_never_shown_to_another():
    assert render(1, "first person") == "first person"
    assert render(2, "second person") == "second person"
    assert render(1, "changed") == "first person"


def test_fragments_for_a_person_are_not_kept_without_a_cache_every_process_shares(settings):
    settings.SHARED_CACHE = False
    assert render(1, "first") == "first"
    assert render(1, "second") == "second"


def dashboard(client, person):
    response = client_for(client, person).get("/network/")
    assert response.status_code == 200
    return response.content.decode()


def test_each_member_gets_their_own_dashboard(client, gated, people, areas):
    mine = dashboard(client, people["member"])
    theirs = dashboard(client, people["chair"])
    assert f"My area: {escape(areas['member'].name)}" in mine
    assert f"My area: {escape(areas['other'].name)}" in theirs
    assert escape(areas["member"].name) not in theirs
    assert "Your open actions" in theirs and "Your open actions" not in mine
    assert f"My area: {escape(areas['member'].name)}" in dashboard(client, people["member"])


def test_a_members_dashboard_is_kept_between_their_requests(client, gated, people):
    client_for(client, people["member"])
    with CaptureQueriesContext(connection) as first:
        client.get("/network/")
    with CaptureQueriesContext(connection) as again:
        client.get("/network/")

    def reads_threads(context):
        return any("network_thread" in query["sql"] for query in context.captured_queries)

    assert reads_threads(first) and not reads_threads(again)
    assert len(again) < len(first)


def test_a_new_thread_shows_on_dashboards_at_once(client, gated, people, no_approval):
    assert "Who chairs your panel?" not in dashboard(client, people["member"])
    space = Space.objects.filter(audience=Audience.MEMBERS).first()
    posting.start_thread(space, people["chair"], "Who chairs your panel?", "Tell me.")
    assert "Who chairs your panel?" in dashboard(client, people["member"])


def test_a_published_network_page_shows_on_dashboards_at_once(client, gated, people):
    dashboard(client, people["member"])
    publish(
        gated["network_page"].get_parent(),
        NetworkPage(title="Winter briefing", slug="winter", summary="For winter."),
    )
    assert "Winter briefing" in dashboard(client, people["member"])


def test_a_new_role_shows_on_the_dashboard_at_once(client, gated, people):
    assert "Your open actions" not in dashboard(client, people["member"])
    membership = Membership.objects.get(user=people["member"])
    membership.roles.add(Role.objects.get(code="chair"))
    assert "Your open actions" in dashboard(client, people["member"])


def test_an_area_colleague_listing_themselves_shows_at_once(client, gated, people):
    colleague = Membership.objects.get(user=people["spoc"])
    colleague.listed_in_directory = False
    colleague.save()
    name = people["spoc"].get_full_name()
    assert name not in dashboard(client, people["member"])
    colleague.listed_in_directory = True
    colleague.save()
    assert name in dashboard(client, people["member"])


def test_a_booking_shows_on_the_dashboard_at_once(client, gated, people, events_index):
    event = make_event(events_index, title="Peer review clinic")
    dashboard(client, people["member"])
    book_place(event, people["member"], booking_details(email=people["member"].email))
    assert "Peer review clinic" in dashboard(client, people["member"]).split("My bookings")[1]


def test_the_library_shows_a_login_only_tool_to_members_and_never_to_visitors(client, site, people):
    tool = make_tool(site["planning"], title="Members' mapping notes", tool_type="template")
    PageViewRestriction.objects.create(page=tool, restriction_type=PageViewRestriction.LOGIN)
    assert "Members&#x27; mapping notes" not in Client().get("/resources/").content.decode()
    member = client_for(client, people["member"]).get("/resources/").content.decode()
    assert "Members&#x27; mapping notes" in member
    assert "Members&#x27; mapping notes" not in Client().get("/resources/").content.decode()


def test_a_newly_published_tool_shows_in_the_library_and_its_pack_at_once(client, site, people):
    client_for(client, people["member"])
    client.get("/resources/")
    client.get(site["planning"].url)
    make_tool(site["planning"], title="Fresh agenda template", tool_type="template")
    assert "Fresh agenda template" in client.get("/resources/").content.decode()
    assert "Fresh agenda template" in client.get(site["planning"].url).content.decode()


def test_a_new_organisation_name_shows_at_once(client, gated, people):
    dashboard(client, people["member"])
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "ROTH Pathways Programme"
    settings.save()
    assert "ROTH Pathways Programme" in dashboard(client, people["member"])


def test_each_person_gets_their_own_csrf_token_in_a_kept_fragment(client, gated, people):
    first = TOKEN.findall(dashboard(client, people["member"]))
    other = client_for(Client(enforce_csrf_checks=True), people["chair"])
    page = other.get("/network/").content.decode()
    signup = re.search(r'<form[^>]*action="([^"]+)"[^>]*>(?:(?!</form>).)*id_footer_', page, re.S)
    token = TOKEN.search(page[signup.start() :]).group(1)
    assert token not in first
    response = other.post(signup.group(1), {"csrfmiddlewaretoken": token})
    assert response.status_code != 403


def test_the_events_listing_and_booking_box_are_kept_per_audience_and_follow_bookings(
    client, gated, people, events_index
):
    members_only = make_event(
        events_index, title="Members' clinic", slug="clinic", who_may_book="members", capacity=1
    )
    visitor = Client().get("/events/").content.decode()
    member = client_for(client, people["member"]).get("/events/").content.decode()
    assert "1 place left" in member and "1 place left" not in visitor
    assert "1 place left" not in Client().get("/events/").content.decode()
    assert "1 place left" in client.get(members_only.url).content.decode()
    assert "1 place left" not in Client().get(members_only.url).content.decode()
    book_place(members_only, people["member"], booking_details(email=people["member"].email))
    assert "Waitlist only" in client.get("/events/").content.decode()
    assert "Waitlist only" in client.get(members_only.url).content.decode()


def test_a_fragment_rendered_without_a_request_is_rendered_afresh():
    template = Template(
        '{% load fragments %}{% fragment "form" %}'
        '<input name="csrfmiddlewaretoken" value="{{ token }}">{% endfragment %}'
    )
    kept = template.render(Context({"token": "abc", "request": RequestFactory().get("/")}))
    assert 'value="abc"' not in kept  # stored with a placeholder, given this request's token
    assert 'value="abc"' in template.render(Context({"token": "abc"}))


def test_the_newsletter_archive_and_an_issue_follow_publishing_at_once(
    client, people, newsletter_index
):
    issue = make_issue(newsletter_index, title="Spring update")
    client_for(client, people["member"])
    assert "Spring update" in client.get("/newsletters/").content.decode()
    assert "Autumn update" not in client.get("/newsletters/").content.decode()
    make_issue(newsletter_index, title="Autumn update", slug="autumn")
    assert "Autumn update" in client.get("/newsletters/").content.decode()
    issue.summary = "What changed this spring."
    issue.save_revision().publish()
    assert "What changed this spring." in client.get(issue.url).content.decode()


def test_an_editors_preview_is_never_served_from_or_stored_in_the_cache():
    template = Template('{% load fragments %}{% fragment "page" 1 %}{{ title }}{% endfragment %}')
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert (
        template.render(Context({"title": "Live", "request": RequestFactory().get("/")})) == "Live"
    )
    assert template.render(Context({"title": "Draft", "request": preview})) == "Draft"
    assert (
        template.render(Context({"title": "Other", "request": RequestFactory().get("/")})) == "Live"
    )
