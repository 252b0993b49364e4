"""Every URL and every page type, as every role: the status each one gets is in a table here.

A URL pattern, page type, routable-page route or document collection that is not in a table
fails the coverage tests, so nothing new reaches the site without its access being decided.
The expected outcomes are the intended policy (network/access.py, DESIGN.md "Roles"). Each
programme staff group has its own person, in that group only, so the tables show each
group's exact powers (docs/security.md, "Roles and staff groups").
"""

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from network.models import ChairsNetworkPage, EvidenceActivityPage, NetworkHomePage, NetworkPage
from newsletters.models import NewsletterIndexPage, NewsletterPage
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage
from tests.events.helpers import make_event
from tests.factories import make_document
from tests.security.walk import (
    ADMIN_LOGIN,
    EXPLAINED,
    LOGIN,
    PEOPLE,
    REFUSED,
    STAFF_GROUPS,
    TEASER,
    but,
    by_role,
    everyone,
    url_patterns,
    visit_all,
)

pytestmark = pytest.mark.django_db

OUR_APPS = (
    "home.",
    "network.",
    "resources.",
    "events.",
    "newsletters.",
    "search.",
    "operations.",
    "config.",
)

# Common outcomes, in ROLES order:
#     anonymous, registered, applicant, member, chair, left_area_member, spoc (the applicant's
#     area's single point of contact), then one person in each staff group:
#     editor, moderator, network_admin (Network administrators), data_protection, reviewer
PUBLIC = everyone(200)
SIGNED_IN = but(everyone(200), anonymous=LOGIN)
# Members' content: members and staff who see all network content (Editors, Network
# administrators); not Moderators, Data protection or Reviewers.
MEMBERS = by_role(LOGIN, 403, 403, 200, 200, 403, 200, 200, 403, 200, 403, 403)
CHAIRS = by_role(LOGIN, 403, 403, 403, 200, 403, 403, 200, 403, 200, 403, 403)
# Discussions and session notes: Moderators read every space too (they moderate them).
DISCUSSIONS = but(MEMBERS, moderator=200)
SESSIONS = but(CHAIRS, moderator=200)
# Links to gated things: anonymous visitors are told what the link is to and how to get in.
LINK_MEMBERS = but(MEMBERS, anonymous=EXPLAINED)
LINK_DISCUSSIONS = but(DISCUSSIONS, anonymous=EXPLAINED)
LINK_SESSIONS = but(SESSIONS, anonymous=EXPLAINED)
POST_ONLY = everyone(405)
SIGNED_IN_POST_ONLY = but(everyone(405), anonymous=LOGIN)
SIGNED_IN_MOVED_ON = but(everyone(302), anonymous=LOGIN)


def admin(**staff):
    """Our admin views: people outside the staff are sent to the admin's sign-in; staff
    groups not named are refused (Wagtail's redirect to the dashboard)."""
    outcomes = dict.fromkeys(PEOPLE, ADMIN_LOGIN) | dict.fromkeys(STAFF_GROUPS, REFUSED)
    return but(outcomes, **staff)


def post(w):
    return [w.post.pk]


def booking(w):
    return [w.booking.pk]


def event(w):
    return [w.event.pk]


def space(w):
    return [w.thread.space.slug]


# {url name: (the URL's arguments from the world, or None; {role: expected outcome})}
URLS = {
    # Site-wide
    "healthz": (None, PUBLIC),
    "robots_txt": (None, PUBLIC),
    "sitemap": (None, PUBLIC),
    "search": (None, PUBLIC),
    "search_autocomplete": (None, PUBLIC),
    "events_feed": (None, PUBLIC),
    "events_rss": (None, PUBLIC),
    "resources_feed": (None, PUBLIC),
    "newsletters_feed": (None, PUBLIC),
    "page_qr": (lambda w: [w.pack.pk, "svg"], PUBLIC),
    "page_flyer": (lambda w: [w.pack.pk], PUBLIC),
    "flyer": (None, PUBLIC),
    # Accounts
    "network:login": (None, but(everyone(302), anonymous=200)),  # signed in: go on
    "network:logout": (None, POST_ONLY),
    # Two-factor sign-in: these are signed in with it already (or never need it), so the code
    # and set-up pages send them on; no new recovery codes wait to be shown. Before the second
    # factor: tests/security/test_two_factor.py.
    "network:two_factor": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_setup": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_recovery_codes": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_new_recovery_codes": (
        None,
        but(everyone(302), anonymous=LOGIN, **dict.fromkeys(STAFF_GROUPS, 200)),
    ),
    "network:password_reset": (None, PUBLIC),
    "network:password_reset_done": (None, PUBLIC),
    # A valid link moves on to the set-password address, whoever follows it.
    "network:password_reset_confirm": (
        lambda w: [w.tokens.reset_uid, w.tokens.reset],
        everyone(302),
    ),
    "network:password_reset_complete": (None, PUBLIC),
    "network:password_change": (None, SIGNED_IN),
    "network:profile": (None, SIGNED_IN),
    "network:my_bookings": (None, SIGNED_IN),
    "network:my_data": (None, SIGNED_IN_POST_ONLY),
    "network:delete_account": (None, SIGNED_IN),  # one's own account only
    # Leaving needs a membership: people with none get 404.
    "network:leave": (
        None,
        by_role(LOGIN, 404, 200, 200, 200, 200, 200, 404, 404, 404, 404, 404),
    ),
    "network:discussion_settings": (None, SIGNED_IN),  # one's own email choices only
    "newsletters:mine": (None, SIGNED_IN),
    # Joining the network
    "network:join": (None, PUBLIC),
    "network:join_person": (None, PUBLIC),
    "network:join_area": (None, PUBLIC),
    "network:join_sent": (None, PUBLIC),
    "network:join_area_sent": (None, PUBLIC),
    "network:verify_email": (lambda w: [w.tokens.verify], PUBLIC),  # the signed link is the key
    "network:email_change": (None, SIGNED_IN),  # one's own address only
    "network:email_change_confirm": (lambda w: [w.tokens.email_change], PUBLIC),  # signed link
    # Join requests: each area's single point of contact (by role) and Network administrators.
    "network:area_requests": (
        None,
        by_role(LOGIN, 403, 403, 403, 403, 403, 200, 403, 403, 200, 403, 403),
    ),
    "network:directory": (None, LINK_MEMBERS),
    # Discussions
    "network:discussions": (None, LINK_DISCUSSIONS),
    "network:space": (space, LINK_DISCUSSIONS),
    "network:new_thread": (space, LINK_DISCUSSIONS),
    "network:thread": (
        lambda w: [w.thread.space.slug, w.thread.pk, w.thread.slug],
        LINK_DISCUSSIONS,
    ),
    # To its thread, for everyone who may read it
    "network:post": (
        post,
        by_role(EXPLAINED, 403, 403, 302, 302, 403, 302, 302, 302, 302, 403, 403),
    ),
    # The member wrote the post: others may not edit (sent back to it) or delete (404) it.
    "network:post_edit": (
        post,
        by_role(EXPLAINED, 403, 403, 200, 302, 403, 302, 302, 302, 302, 403, 403),
    ),
    "network:post_delete": (
        post,
        by_role(EXPLAINED, 403, 403, 200, 404, 403, 404, 404, 404, 404, 403, 403),
    ),
    "network:post_report": (post, LINK_DISCUSSIONS),
    "network:post_moderate": (post, POST_ONLY),
    "network:thread_reply": (lambda w: [w.thread.pk], POST_ONLY),
    "network:thread_moderate": (lambda w: [w.thread.pk], POST_ONLY),
    "network:follow": (lambda w: ["thread", w.thread.pk], POST_ONLY),
    "network:discussion_unfollow": (lambda w: [w.tokens.unfollow], PUBLIC),  # one-click link
    # Session notes of the Chairs' action learning set
    "network:sessions": (None, LINK_SESSIONS),
    # Recorded by the set's Chairs and by Editors (who facilitate), no other staff.
    "network:new_session": (None, but(CHAIRS, network_admin=403)),
    "network:session": (lambda w: [w.session.pk], LINK_SESSIONS),
    "network:session_attachment": (lambda w: [w.session.pk, w.attachment.pk], LINK_SESSIONS),
    "network:action_toggle": (lambda w: [w.action.pk], SIGNED_IN_POST_ONLY),
    # Newsletter subscriptions: the signed links are the key, for whoever holds them.
    "newsletters:signup": (None, PUBLIC),
    "newsletters:signup_sent": (None, PUBLIC),
    "newsletters:confirm": (lambda w: [w.tokens.confirm], PUBLIC),
    "newsletters:manage": (lambda w: [w.tokens.manage], PUBLIC),
    "newsletters:unsubscribe": (lambda w: [w.tokens.manage], PUBLIC),
    # Wagtail's front-end helpers (not under /admin/, so listed here too)
    "wagtailcore_login": (None, PUBLIC),
    "wagtailcore_authenticate_with_password": (
        lambda w: [0, w.standard_page.pk],  # no password restrictions in this world
        everyone(404),
    ),
    "wagtaildocs_authenticate_with_password": (lambda w: [w.document_restriction.pk], PUBLIC),
    # Our admin views, by staff group
    "network_moderation": (None, admin(moderator=200)),
    "network_moderation_act": (post, admin(moderator=405)),
    "network_membership_change": (
        lambda w: [w.applicant_membership.pk],
        admin(network_admin=200),
    ),
    "network_area_application_decide": (
        lambda w: [w.area_application.pk],
        admin(network_admin=200),
    ),
    # Import from CSV: the upload form (its POST is the preview), and confirm (POST only).
    "network_localarea_import": (None, admin(network_admin=200)),
    "network_localarea_import_confirm": (None, admin(network_admin=405)),
    "network_membership_import": (None, admin(network_admin=200)),
    "network_membership_import_confirm": (None, admin(network_admin=405)),
    "resources_document_downloads": (None, admin(editor=200)),
    "resources_document_downloads_results": (None, admin(editor=200)),
    "events_attendance": (event, admin(editor=200)),
    "events_sign_in_sheet": (event, admin(editor=200)),
    "events_email": (event, admin(editor=200)),
    "events_feedback": (event, admin(editor=200)),
    "events_feedback_csv": (event, admin(editor=200)),
    # Cancel and offer change nothing on GET: they send staff back to the attendance page.
    "events_cancel_booking": (booking, admin(editor=302)),
    "events_offer_place": (booking, admin(editor=302)),
    "events_move_booking": (booking, admin(editor=200)),
    "events_capacity": (None, admin(editor=200)),
    "newsletters_send": (lambda w: [w.issue.pk], admin(editor=200)),
    "newsletters_mailings": (None, admin(editor=200)),
    "newsletters_mailing": (lambda w: [w.mailing.pk], admin(editor=200)),
    "search_report": (None, admin(editor=200)),
    # every staff group reads the scheduled jobs (no personal data in it)
    "scheduled_jobs": (
        None,
        admin(editor=200, moderator=200, network_admin=200, data_protection=200, reviewer=200),
    ),
    # The outbox names every recipient: superusers, or whoever is given home.view_outgoingemail.
    "failed_emails": (None, admin()),
    "failed_emails_results": (None, admin()),
    "subject_access": (None, admin(data_protection=200)),
    "subject_access_export": (None, admin(data_protection=405)),
    "subject_access_erase": (None, admin(data_protection=405)),
    "audit_log": (None, admin(data_protection=200)),
}

# Front-end patterns covered by the other walks below rather than by URLS.
COVERED_BY_WALKS = {"wagtail_serve", "wagtaildocs_serve"}

GATED_MEMBERS = but(MEMBERS, anonymous=TEASER)
PAGES = {
    HomePage: PUBLIC,
    StandardPage: PUBLIC,
    NetworkHomePage: PUBLIC,  # what the network is; members see their dashboard
    NetworkPage: GATED_MEMBERS,
    EvidenceActivityPage: GATED_MEMBERS,
    ChairsNetworkPage: but(CHAIRS, anonymous=TEASER),
    EventIndexPage: PUBLIC,
    EventPage: PUBLIC,
    ResourceIndexPage: PUBLIC,
    ResourcePackPage: PUBLIC,
    ResourcePage: PUBLIC,
    NewsletterIndexPage: PUBLIC,
    NewsletterPage: PUBLIC,
}

# Sub-URLs of routable pages: {(page type, route name): (arguments, {role: expected})}
ROUTES = {
    (EventPage, "book"): (None, PUBLIC),
    # The booking's signed link is the key: it works for whoever holds it, signed in or not.
    (EventPage, "booking"): (lambda w: [w.tokens.booking], PUBLIC),
    (EventPage, "booking_ics"): (lambda w: [w.tokens.booking], PUBLIC),
    (EventPage, "certificate"): (lambda w: [w.tokens.booking], PUBLIC),
    (EventPage, "feedback"): (lambda w: [w.tokens.booking], PUBLIC),
    (EventPage, "ics"): (None, PUBLIC),
    (ResourcePackPage, "download_zip"): (None, PUBLIC),
}

# Documents, by the name of their collection
DOCUMENTS = {
    "Root": PUBLIC,
    "Network documents": LINK_MEMBERS,
    # Evidence contributions: the contributing area (the member's and the spoc's) and staff
    # who see all network content only.
    "Evidence contributions": by_role(
        EXPLAINED, 403, 403, 200, 403, 403, 200, 200, 403, 200, 403, 403
    ),
}

# Wagtail's admin pages for people without admin access: signing in, and what it needs
ADMIN_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# Switched off (WAGTAIL_PASSWORD_RESET_ENABLED): staff use the site's own, limited reset page.
ADMIN_GONE = {
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_complete",
}
# The Wagtail admin, group by group: {url name: (the URL's arguments, {group: outcome})}.
# Everyone reaches the dashboard; the rest is each group's work and no more.
ALL_STAFF = dict.fromkeys(STAFF_GROUPS, 200)


def only(**groups):
    return dict.fromkeys(STAFF_GROUPS, REFUSED) | groups


ADMIN_AREAS = {
    "wagtailadmin_home": (None, ALL_STAFF),
    # Pages: Editors add, edit and publish (reviewed sections: Reviewers publish); no one else.
    "wagtailadmin_explore_root": (None, only(editor=200, reviewer=302)),  # to their sections
    "wagtailadmin_pages:edit": (lambda w: [w.standard_page.pk], only(editor=200)),
    "wagtailadmin_pages:add": (
        lambda w: ["home", "standardpage", w.standard_page.get_parent().pk],
        only(editor=200),
    ),
    # Reviewers edit and publish in the sections under review, and nowhere else.
    "wagtailadmin_explore": (lambda w: [w.pack.pk], only(editor=200, reviewer=200)),
    "wagtailadmin_reports:aging_pages": (None, only(editor=200, reviewer=200)),
    "wagtaildocs:index": (None, only(editor=200)),
    "wagtailimages:index": (None, only(editor=200)),
    "wagtailredirects:index": (None, only(editor=200)),
    # Editors have no rights on the topic and audience snippets, so not /admin/snippets/.
    "wagtailsnippets_network_actionlearningsession:list": (None, only(editor=200)),
    "network_evidencecontribution_modeladmin_index": (None, only(editor=200)),
    "network_space_modeladmin_index": (None, only(editor=200)),
    "events_booking_modeladmin_index": (None, only(editor=200)),
    "newsletters_subscriber_modeladmin_index": (None, only(editor=200)),
    # Moderators: discussion moderation (our view, in URLS) and per-person approval settings.
    "network_discussionsettings_modeladmin_index": (None, only(moderator=200)),
    # Network administrators: areas, memberships, area applications.
    "network_localarea_modeladmin_index": (None, only(network_admin=200)),
    "network_membership_modeladmin_index": (None, only(network_admin=200)),
    "network_areaapplication_modeladmin_index": (None, only(network_admin=200)),
    # Accounts and groups stay with superusers.
    "wagtailusers_users:index": (None, only()),
    "wagtailusers_groups:index": (None, only()),
}


def needs_entry(pattern):
    """Our own views, and every front-end pattern the other walks do not cover."""
    if pattern.is_admin:
        return pattern.module.startswith(OUR_APPS)
    if pattern.module == "django.views.static":
        return False  # development-only serving of public images (DEBUG)
    return pattern.key not in COVERED_BY_WALKS


def no_args_url(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def our_page_models():
    return [model for model in get_page_models() if model is not Page]


def routes_of(model):
    return [
        route.name
        for route in model.get_subpage_urls()
        if route.name != "index_route"  # the page itself
    ]


# Coverage: every URL, page type, route and collection has its row --------------------------


def test_every_url_pattern_of_ours_has_an_entry_and_every_entry_a_pattern():
    keys = {pattern.key for pattern in url_patterns() if needs_entry(pattern)}
    assert sorted(keys - URLS.keys()) == [], "URL patterns without an entry in URLS"
    assert sorted(URLS.keys() - keys) == [], "URLS entries whose pattern is gone"


def test_every_page_type_and_route_has_an_entry():
    assert sorted(m.__name__ for m in set(our_page_models()) - PAGES.keys()) == []
    assert sorted(m.__name__ for m in PAGES.keys() - set(our_page_models())) == []
    routes = {
        (model, name)
        for model in our_page_models()
        if issubclass(model, RoutablePageMixin)
        for name in routes_of(model)
    }
    assert sorted(f"{m.__name__}:{n}" for m, n in routes - ROUTES.keys()) == []
    assert sorted(f"{m.__name__}:{n}" for m, n in ROUTES.keys() - routes) == []


# Each role against each URL ---------------------------------------------------------------


def test_each_role_gets_its_expected_outcome_from_every_url_of_ours(world):
    cases = [
        (name, reverse(name, args=args(world) if args else None), expected)
        for name, (args, expected) in URLS.items()
    ]
    problems = visit_all(world.people, cases)
    assert problems == [], "\n".join(problems)


def test_each_role_gets_its_expected_outcome_from_every_live_page_and_route(world):
    cases, types_seen = [], set()
    for page in Page.objects.live().specific():
        if page.url is None:
            continue  # the tree's root, outside every site
        kind = type(page)
        types_seen.add(kind)
        expected = dict(PAGES[kind])
        if expected["anonymous"] == TEASER and not page.show_teaser:
            expected["anonymous"] = LOGIN  # editors turned the teaser off
        cases.append((kind.__name__, page.url, expected))
        if isinstance(page, RoutablePageMixin):
            for name in routes_of(kind):
                args, expected = ROUTES[kind, name]
                path = page.url + page.reverse_subpage(name, args=args(world) if args else None)
                cases.append((f"{kind.__name__}:{name}", path, expected))
    assert sorted(m.__name__ for m in PAGES.keys() - types_seen) == [], "types not in the world"
    problems = visit_all(world.people, cases)
    assert problems == [], "\n".join(problems)


def test_each_role_gets_its_expected_outcome_from_every_document(people, gated):
    make_document("public-briefing.pdf")
    documents = get_document_model().objects.select_related("collection")
    assert {document.collection.name for document in documents} == DOCUMENTS.keys()
    cases = [
        (document.collection.name, document.url, DOCUMENTS[document.collection.name])
        for document in documents
    ]
    problems = visit_all(people, cases)
    assert problems == [], "\n".join(problems)


# Wagtail's own admin, by rule -------------------------------------------------------------


def test_wagtail_admin_sends_everyone_but_staff_to_the_admin_sign_in(people):
    urls = {
        pattern.key: no_args_url(pattern.name)
        for pattern in url_patterns()
        # Nameless admin patterns are Wagtail's catch-all 404s.
        if pattern.is_admin and pattern.name and not needs_entry(pattern)
    }
    assert urls.keys() >= ADMIN_OPEN | ADMIN_GONE
    not_staff = PEOPLE

    def expected(name):
        if name in ADMIN_GONE:
            return 404
        return 200 if name in ADMIN_OPEN else ADMIN_LOGIN

    cases = [
        (name, url, dict.fromkeys(not_staff, expected(name)))
        for name, url in urls.items()
        if url  # patterns that need no arguments
    ]
    problems = visit_all(people, cases)
    assert problems == [], "\n".join(problems)


def test_each_staff_group_reaches_exactly_its_parts_of_the_admin(world):
    cases = [
        (name, reverse(name, args=args(world) if args else None), expected)
        for name, (args, expected) in ADMIN_AREAS.items()
    ]
    problems = visit_all(world.people, cases)
    assert problems == [], "\n".join(problems)


# Signed links -----------------------------------------------------------------------------


def altered(token):
    return token[:-1] + ("1" if token[-1] == "0" else "0")


def test_altered_or_misused_signed_links_are_refused(world):
    t = world.tokens
    other_event = make_event(world.event.get_parent(), title="Another event", slug="another")
    event = world.event.url
    cases = [
        ("altered booking link", f"{event}booking/{altered(t.booking)}/", 404),
        ("altered booking calendar", f"{event}booking/{altered(t.booking)}/calendar/", 404),
        ("altered certificate", f"{event}booking/{altered(t.booking)}/certificate/", 404),
        ("booking link on another event", f"{other_event.url}booking/{t.booking}/", 404),
        ("altered confirm", reverse("newsletters:confirm", args=[altered(t.confirm)]), 400),
        ("manage link used to confirm", reverse("newsletters:confirm", args=[t.manage]), 400),
        ("confirm link used to manage", reverse("newsletters:manage", args=[t.confirm]), 400),
        ("altered manage", reverse("newsletters:manage", args=[altered(t.manage)]), 400),
        ("altered unsubscribe", reverse("newsletters:unsubscribe", args=[altered(t.manage)]), 400),
        ("altered unfollow", reverse("network:discussion_unfollow", args=[altered(t.unfollow)]),
         400),
        ("altered verification", reverse("network:verify_email", args=[altered(t.verify)]), 400),
        (
            "altered address change",
            reverse("network:email_change_confirm", args=[altered(t.email_change)]),
            400,
        ),
    ]  # fmt: skip
    cases = [(label, path, everyone(code)) for label, path, code in cases]
    problems = visit_all(world.people, cases)
    assert problems == [], "\n".join(problems)


def test_qr_codes_and_flyers_are_only_for_public_pages(people, gated):
    gated_page = gated["network_page"]
    cases = [
        ("QR code", reverse("page_qr", args=[gated_page.pk, "png"]), everyone(404)),
        ("flyer", reverse("page_flyer", args=[gated_page.pk]), everyone(404)),
    ]
    problems = visit_all(people, cases)
    assert problems == [], "\n".join(problems)
