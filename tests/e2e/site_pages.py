"""A page of every page template, as the demo content has them, for the accessibility and HTML
checks; and the people who sign in to see the gated ones.

`tests/e2e/test_page_templates.py` fails when a page template (tests/e2e/page_templates.py)
is rendered by none of these: a new template gets its entry here. Paths that need a signed
link, a token or a row the demo does not have are functions, called just before the page is
visited, that make them through the site's own code.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from events.links import booking_path
from events.models import Booking, EventPage
from network import two_factor, verification
from network.community import notifications, posting
from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession
from network.models import User
from newsletters import links
from newsletters.models import Subscriber
from tests.e2e.urls import DATABASE_DOWN, SEARCH_DOWN, SERVER_ERROR
from tests.two_factor import code_now

MEMBER = "member@example.org"
CHAIR = "chair@example.org"
LEAD = "lead@example.org"  # their area's single point of contact
VISITOR = "visitor@example.org"  # an account, not in the network
EDITOR = "editor@example.org"  # has an authenticator app (tests/e2e/conftest.py)
MODERATOR = "moderator@example.org"  # staff who have not set up two-factor sign-in yet
REVIEWER = "reviewer@example.org"  # approves in Programme review
OPEN_EVENT = "/events/introduction-yorkshire/"  # in person, open to everyone now
OPEN_EVENT_TITLE = "Introduction to ROTH pathways: Yorkshire and the Humber"
PRIORITY_EVENT = "/events/introduction-north-west/"  # only network members can book yet
PAST_EVENT = "webinar-schools"  # ended ten days ago: its attendees may give feedback
PACK = "/resources/safety-planning-for-young-people-and-contexts/"
TOOL = PACK + "context-safety-plan-template/"
NETWORK_PAGE = "/network/peer-support/"  # for members, with a teaser for everyone else


def person(email):
    return User.objects.get(email=email)


def first_peer_support_thread():
    return Thread.objects.filter(space__slug="peer-support").order_by("pk").first()


def first_session():
    return ActionLearningSession.objects.order_by("date").first()


def members_reply():
    """A reply the member wrote just now, so they may still edit it (the demo's are older)."""
    member = person(MEMBER)
    recent = Post.objects.filter(author=member, is_opening=False)
    recent = recent.filter(created_at__gt=timezone.now() - timedelta(minutes=5)).first()
    return recent or posting.add_reply(first_peer_support_thread(), member, "Thank you, noted.")


def someone_elses_post():
    """A post in the member's space by someone else, for the member to report."""
    return (
        Post.objects.filter(thread=first_peer_support_thread(), state=Post.State.PUBLISHED)
        .exclude(author__email=MEMBER)
        .order_by("pk")
        .first()
    )


def password_reset_link(email):
    """The link the password reset email sends (Django's token, for this person now)."""
    user = person(email)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("network:password_reset_confirm", args=[uid, token])


def unverified_account():
    """Someone who registered and has not yet proved their address (the demo has none)."""
    email = "new.applicant@example.org"
    user = User.objects.filter(email=email).first()
    return user or User.objects.create_user(email, "a-long-new-password-1", first_name="Robin")


def email_change_link(email, new_email):
    """The link sent to the new address once a person asks to change theirs."""
    user = person(email)
    user.pending_email = new_email
    user.save(update_fields=["pending_email"])
    token = verification.change_token(user, new_email)
    return reverse("network:email_change_confirm", args=[token])


def booking_link(email, event_slug):
    booking = Booking.objects.filter(email=email, event__slug=event_slug).first()
    return booking_path(booking)


def attendees_booking():
    """A booking for an event that ended ten days ago, attended (the demo books only future
    events), so its feedback form is open."""
    event = EventPage.objects.get(slug=PAST_EVENT)
    member = person(MEMBER)
    booking = Booking.objects.filter(event=event, user=member).first()
    return booking or Booking.objects.create(
        event=event,
        user=member,
        name=member.get_full_name(),
        email=member.email,
        organisation="Sallowby Council",
        job_role="Social worker",
        consented_at=event.start - timedelta(days=7),
        status=Booking.Status.CONFIRMED,
        attended=True,
    )


def newsletter_link(email, view):
    """The confirm, manage or unsubscribe link in the subscriber's emails."""
    subscriber = Subscriber.objects.get(email=email)
    purpose = links.CONFIRM if view == "confirm" else links.MANAGE
    return reverse(f"newsletters:{view}", args=[links.make_token(subscriber, purpose)])


def setup_code():
    """The code the moderator's new authenticator app shows, once they scanned the QR code."""
    return {"code": code_now(two_factor.start_setup(person(MODERATOR)))}


def searches_refused():
    """Lower the search limit to none, so the next search answers 429 as it does past the limit.

    The browser and HTML tests set generous RATE_LIMITS through pytest-django's settings
    fixture (conftest.py, load_demo_content), which puts the originals back after each test.
    Later searches in the same test are refused too: keep this entry last.
    """
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (0, 60)}
    return "/search/?q=safety+plan"


@dataclass(frozen=True)
class SitePage:
    name: str
    path: str | Callable[[], str]
    person: str | None = None  # who is signed in; None for a visitor
    status: int = 200  # the page's HTTP status, after any redirects
    submit_empty_form: bool = False  # send the page's form blank, to show its errors
    # send the page's (first) form with these fields, by name, to see the page that answers
    submit: dict | Callable[[], dict] | None = None
    second_factor: bool = True  # False: staff signed in with the password alone
    standalone: bool = False  # the page stands alone: no site header, menu or footer

    def url(self):
        return self.path if isinstance(self.path, str) else self.path()

    def form_data(self):
        return self.submit if isinstance(self.submit, dict) else self.submit()


SITE_PAGES = [
    # Home, general pages and the resource library
    SitePage("home", "/"),
    SitePage("standard page", "/about/"),
    SitePage("library with filters", "/resources/?topic=safety-planning&audience=social-workers"),
    SitePage("pack", PACK),
    SitePage("tool", TOOL),
    SitePage("flyer", "/flyer/"),
    # Events
    SitePage("events list", "/events/"),
    SitePage("events month calendar", "/events/?view=month"),
    SitePage("event with booking countdowns", PRIORITY_EVENT),
    SitePage("event", OPEN_EVENT),
    SitePage("booking form with errors", OPEN_EVENT + "book/", submit_empty_form=True),
    SitePage("booking", lambda: booking_link(VISITOR, "workshop-designing-plans")),
    SitePage("booking link not valid", OPEN_EVENT + "booking/" + "0" * 64 + "/", status=404),
    SitePage("feedback", lambda: booking_path(attendees_booking()) + "feedback/"),
    # Signing in and accounts
    SitePage("sign-in", "/accounts/login/"),
    SitePage("password reset", "/accounts/password-reset/"),
    SitePage("password reset sent", "/accounts/password-reset/sent/"),
    SitePage("new password", lambda: password_reset_link("former@example.org")),
    SitePage("password reset complete", "/accounts/password-reset/complete/"),
    SitePage(
        "verify email",
        lambda: reverse(
            "network:verify_email", args=[verification.verification_token(unverified_account())]
        ),
    ),
    SitePage(
        "confirm new email",
        lambda: email_change_link("network-admin@example.org", "admin.new@example.org"),
    ),
    SitePage("two-factor code", "/accounts/two-factor/?next=/admin/", EDITOR, second_factor=False),
    SitePage("two-factor set-up", "/accounts/two-factor/setup/", MODERATOR, second_factor=False),
    SitePage(
        "recovery codes",
        "/accounts/two-factor/setup/",
        MODERATOR,
        submit=setup_code,
        second_factor=False,
    ),
    SitePage("new recovery codes", "/accounts/two-factor/recovery-codes/new/", person=EDITOR),
    SitePage("profile", "/accounts/profile/", person=MEMBER),
    SitePage("password change", "/accounts/password/", person=MEMBER),
    SitePage("email change", "/accounts/email/", person=MEMBER),
    SitePage("my bookings", "/accounts/bookings/", person=MEMBER),
    SitePage("leave the network", "/accounts/leave-network/", person=MEMBER),
    SitePage("delete account", "/accounts/delete/", person=MEMBER),
    SitePage("newsletter in my account", "/accounts/newsletter/", person=VISITOR),
    # Joining the network
    SitePage("join", "/network/join/"),
    SitePage("join as a person", "/network/join/person/"),
    SitePage("join as a person with errors", "/network/join/person/", submit_empty_form=True),
    SitePage("join sent", "/network/join/sent/"),
    SitePage("join as an area", "/network/join/area/"),
    SitePage("join as an area sent", "/network/join/area/sent/"),
    SitePage("area requests", "/network/requests/", person=LEAD),
    # The network
    SitePage("network dashboard", "/network/", person=CHAIR),
    SitePage("network page", NETWORK_PAGE, person=MEMBER),
    SitePage("network page teaser", NETWORK_PAGE),
    SitePage("chairs' network page", "/network/about-action-learning-sets/", person=CHAIR),
    SitePage("evidence activity", "/network/community-and-peer-guardianship/", person=MEMBER),
    SitePage("directory", "/network/directory/", person=MEMBER),
    SitePage("directory explained to a visitor", "/network/directory/"),
    SitePage("refused action", "/network/sessions/new/", person=MEMBER, status=403),
    # Discussions and session notes
    SitePage("discussion spaces", "/network/discussions/", person=MEMBER),
    SitePage("discussion space", "/network/discussions/peer-support/", person=MEMBER),
    SitePage("new thread", "/network/discussions/peer-support/new/", person=MEMBER),
    SitePage("thread", lambda: first_peer_support_thread().get_absolute_url(), person=MEMBER),
    SitePage(
        "edit a post",
        lambda: reverse("network:post_edit", args=[members_reply().pk]),
        person=MEMBER,
    ),
    SitePage(
        "delete a post",
        lambda: reverse("network:post_delete", args=[members_reply().pk]),
        person=MEMBER,
    ),
    SitePage(
        "report a post",
        lambda: reverse("network:post_report", args=[someone_elses_post().pk]),
        person=MEMBER,
    ),
    SitePage("discussion emails", "/accounts/discussion-emails/", person=MEMBER),
    SitePage(
        "stop discussion emails",
        lambda: reverse(
            "network:discussion_unfollow",
            args=[notifications.unfollow_token(person(MEMBER), "all")],
        ),
    ),
    SitePage(
        "discussion emails stopped",
        lambda: reverse(
            "network:discussion_unfollow",
            args=[notifications.unfollow_token(person(CHAIR), "all")],
        ),
        submit={},
    ),
    SitePage("discussion link not valid", "/network/discussions/unfollow/nonsense/", status=400),
    SitePage("session notes list", "/network/sessions/", person=CHAIR),
    SitePage("session notes", lambda: first_session().get_absolute_url(), person=CHAIR),
    SitePage("new session notes", "/network/sessions/new/", person=CHAIR),
    # Newsletters
    SitePage("newsletters", "/newsletters/"),
    SitePage("newsletter", "/newsletters/spring-2026/"),
    SitePage("newsletter sign-up", "/subscribe/"),
    SitePage("newsletter sign-up sent", "/subscribe/check-your-email/"),
    SitePage(
        "confirm subscription",
        lambda: newsletter_link("not.yet@example.org", "confirm"),
    ),
    SitePage(
        "newsletter preferences",
        lambda: newsletter_link("practitioner@example.org", "manage"),
    ),
    SitePage(
        "unsubscribe",
        lambda: newsletter_link("practitioner@example.org", "unsubscribe"),
    ),
    SitePage(
        "unsubscribed",
        lambda: newsletter_link("schools.lead@example.org", "unsubscribe"),
        submit={},
    ),
    SitePage("newsletter link not valid", "/subscription/nonsense/", status=400),
    # Search and errors
    SitePage("search with facets", "/search/?q=safety+plan&topic=safety-planning&type=tool"),
    SitePage("search unavailable", SEARCH_DOWN, status=503),
    SitePage("page not found", "/no-such-page/", status=404),
    SitePage("server error", SERVER_ERROR, status=500, standalone=True),
    SitePage("database unavailable", DATABASE_DOWN, status=503, standalone=True),
    SitePage("too many searches", searches_refused, status=429),  # last: refuses later searches
]
