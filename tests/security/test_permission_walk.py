"""Every URL and every page type, as every role: the status each one gets is in a table here.

A URL pattern, page type, routable-page route or document collection that is not in a table
fails the coverage tests, so nothing new reaches the site without its access being decided.
The expected outcomes are the intended policy (network/access.py, DESIGN.md "Roles").
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
from tests.events.conftest import make_event
from tests.factories import make_document
from tests.security.walk import (
    ADMIN_LOGIN,
    EXPLAINED,
    LOGIN,
    ROLES,
    TEASER,
    by_role,
    everyone,
    url_patterns,
    visit_all,
)

pytestmark = pytest.mark.django_db

OUR_APPS = ("home.", "network.", "resources.", "events.", "newsletters.", "search.", "config.")

# Common outcomes, in ROLES order:
# anonymous, registered, applicant, member, chair, left_area_member, staff
PUBLIC = everyone(200)
SIGNED_IN = by_role(LOGIN, 200, 200, 200, 200, 200, 200)
CHAIRS = by_role(LOGIN, 403, 403, 403, 200, 403, 200)
STAFF = by_role(LOGIN, 403, 403, 403, 403, 403, 200)
# Links to gated things: anonymous visitors are told what the link is to and how to get in.
LINK_MEMBERS = by_role(EXPLAINED, 403, 403, 200, 200, 403, 200)
LINK_CHAIRS = by_role(EXPLAINED, 403, 403, 403, 200, 403, 200)
POST_ONLY = everyone(405)
SIGNED_IN_POST_ONLY = by_role(LOGIN, 405, 405, 405, 405, 405, 405)
SIGNED_IN_MOVED_ON = by_role(LOGIN, 302, 302, 302, 302, 302, 302)


def admin(staff):
    """Our admin views: only staff get past Wagtail's admin sign-in."""
    return by_role(*[ADMIN_LOGIN] * (len(ROLES) - 1), staff)


STAFF_ADMIN = admin(200)


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
    "network:login": (None, by_role(200, 302, 302, 302, 302, 302, 302)),  # signed in: go on
    "network:logout": (None, POST_ONLY),
    # Two-factor sign-in: these are signed in with it already (or never need it), so the code
    # and set-up pages send them on; no new recovery codes wait to be shown. Before the second
    # factor: tests/security/test_two_factor.py.
    "network:two_factor": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_setup": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_recovery_codes": (None, SIGNED_IN_MOVED_ON),
    "network:two_factor_new_recovery_codes": (None, by_role(LOGIN, 302, 302, 302, 302, 302, 200)),
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
    "network:leave": (None, by_role(LOGIN, 404, 200, 200, 200, 200, 404)),
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
    # For staff and each area's single point of contact (nobody in this world is one).
    "network:area_requests": (None, STAFF),
    "network:directory": (None, LINK_MEMBERS),
    # Discussions
    "network:discussions": (None, LINK_MEMBERS),
    "network:space": (space, LINK_MEMBERS),
    "network:new_thread": (space, LINK_MEMBERS),
    "network:thread": (lambda w: [w.thread.space.slug, w.thread.pk, w.thread.slug], LINK_MEMBERS),
    "network:post": (post, by_role(EXPLAINED, 403, 403, 302, 302, 403, 302)),  # to its thread
    # The member wrote the post: others may not edit (sent back to it) or delete (404) it.
    "network:post_edit": (post, by_role(EXPLAINED, 403, 403, 200, 302, 403, 302)),
    "network:post_delete": (post, by_role(EXPLAINED, 403, 403, 200, 404, 403, 404)),
    "network:post_report": (post, LINK_MEMBERS),
    "network:post_moderate": (post, POST_ONLY),
    "network:thread_reply": (lambda w: [w.thread.pk], POST_ONLY),
    "network:thread_moderate": (lambda w: [w.thread.pk], POST_ONLY),
    "network:follow": (lambda w: ["thread", w.thread.pk], POST_ONLY),
    "network:discussion_unfollow": (lambda w: [w.tokens.unfollow], PUBLIC),  # one-click link
    # Session notes of the Chairs' action learning set
    "network:sessions": (None, LINK_CHAIRS),
    "network:new_session": (None, CHAIRS),
    "network:session": (lambda w: [w.session.pk], LINK_CHAIRS),
    "network:session_attachment": (lambda w: [w.session.pk, w.attachment.pk], LINK_CHAIRS),
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
    # Our admin views
    "network_moderation": (None, STAFF_ADMIN),
    "network_moderation_act": (post, admin(405)),
    "network_membership_change": (lambda w: [w.applicant_membership.pk], STAFF_ADMIN),
    "network_area_application_decide": (lambda w: [w.area_application.pk], STAFF_ADMIN),
    "resources_document_downloads": (None, STAFF_ADMIN),
    "resources_document_downloads_results": (None, STAFF_ADMIN),
    "events_attendance": (event, STAFF_ADMIN),
    "events_sign_in_sheet": (event, STAFF_ADMIN),
    "events_email": (event, STAFF_ADMIN),
    # Cancel and offer change nothing on GET: they send staff back to the attendance page.
    "events_cancel_booking": (booking, admin(302)),
    "events_offer_place": (booking, admin(302)),
    "events_move_booking": (booking, STAFF_ADMIN),
    "events_capacity": (None, STAFF_ADMIN),
    "newsletters_send": (lambda w: [w.issue.pk], STAFF_ADMIN),
    "newsletters_mailings": (None, STAFF_ADMIN),
    "newsletters_mailing": (lambda w: [w.mailing.pk], STAFF_ADMIN),
    "search_report": (None, STAFF_ADMIN),
    "subject_access": (None, STAFF_ADMIN),
    "subject_access_export": (None, admin(405)),
    "subject_access_erase": (None, admin(405)),
    "audit_log": (None, STAFF_ADMIN),
}

# Front-end patterns covered by the other walks below rather than by URLS.
COVERED_BY_WALKS = {"wagtail_serve", "wagtaildocs_serve"}

GATED_MEMBERS = by_role(TEASER, 403, 403, 200, 200, 403, 200)
PAGES = {
    HomePage: PUBLIC,
    StandardPage: PUBLIC,
    NetworkHomePage: PUBLIC,  # what the network is; members see their dashboard
    NetworkPage: GATED_MEMBERS,
    EvidenceActivityPage: GATED_MEMBERS,
    ChairsNetworkPage: by_role(TEASER, 403, 403, 403, 200, 403, 200),
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
    (EventPage, "ics"): (None, PUBLIC),
    (ResourcePackPage, "download_zip"): (None, PUBLIC),
}

# Documents, by the name of their collection
DOCUMENTS = {
    "Root": PUBLIC,
    "Network documents": LINK_MEMBERS,
    # Evidence contributions: staff and the contributing area (the member's) only.
    "Evidence contributions": by_role(EXPLAINED, 403, 403, 200, 403, 403, 200),
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
# Wagtail's admin pages an editor uses every day
STAFF_SAMPLE = [
    "wagtailadmin_home",
    "wagtailadmin_explore_root",
    "wagtaildocs:index",
    "wagtailimages:index",
    # Editors have no rights on the topic and audience snippets, so not /admin/snippets/.
    "wagtailsnippets_network_actionlearningsession:list",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:aging_pages",
    "network_membership_modeladmin_index",
    "network_areaapplication_modeladmin_index",
    "events_booking_modeladmin_index",
    "newsletters_subscriber_modeladmin_index",
]


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
    not_staff = [role for role in ROLES if role != "staff"]

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


def test_staff_reach_the_admin_pages_editors_use(people):
    problems = visit_all(people, [(name, reverse(name), {"staff": 200}) for name in STAFF_SAMPLE])
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
