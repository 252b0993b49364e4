"""One page of each template, as the demo content has them, for the accessibility and HTML
checks; and the people who sign in to see the gated ones."""

from collections.abc import Callable
from dataclasses import dataclass

from network.community.models import Thread
from network.learning.models import ActionLearningSession

MEMBER = "member@example.org"
CHAIR = "chair@example.org"
VISITOR = "visitor@example.org"
EDITOR = "editor@example.org"  # has an authenticator app (tests/e2e/conftest.py)
MODERATOR = "moderator@example.org"  # staff who have not set up two-factor sign-in yet
REVIEWER = "reviewer@example.org"  # approves in Programme review
OPEN_EVENT = "/events/introduction-yorkshire/"  # in person, open to everyone now
OPEN_EVENT_TITLE = "Introduction to ROTH pathways: Yorkshire and the Humber"
PRIORITY_EVENT = "/events/introduction-north-west/"  # only network members can book yet
PACK = "/resources/safety-planning-for-young-people-and-contexts/"
TOOL = PACK + "context-safety-plan-template/"


def first_peer_support_thread():
    return Thread.objects.filter(space__slug="peer-support").order_by("pk").first()


def first_session():
    return ActionLearningSession.objects.order_by("date").first()


@dataclass(frozen=True)
class SitePage:
    name: str
    path: str | Callable[[], str]
    person: str | None = None  # who is signed in; None for a visitor
    submit_empty_form: bool = False  # send the page's form blank, to show its errors
    second_factor: bool = True  # False: staff signed in with the password alone

    def url(self):
        return self.path if isinstance(self.path, str) else self.path()


SITE_PAGES = [
    SitePage("home", "/"),
    SitePage("standard page", "/about/"),
    SitePage("library with filters", "/resources/?topic=safety-planning&audience=social-workers"),
    SitePage("pack", PACK),
    SitePage("tool", TOOL),
    SitePage("events list", "/events/"),
    SitePage("events month calendar", "/events/?view=month"),
    SitePage("event with booking countdowns", PRIORITY_EVENT),
    SitePage("event", OPEN_EVENT),
    SitePage("booking form with errors", OPEN_EVENT + "book/", submit_empty_form=True),
    SitePage("sign-in", "/accounts/login/"),
    SitePage("two-factor code", "/accounts/two-factor/?next=/admin/", EDITOR, second_factor=False),
    SitePage("two-factor set-up", "/accounts/two-factor/setup/", MODERATOR, second_factor=False),
    SitePage("new recovery codes", "/accounts/two-factor/recovery-codes/new/", person=EDITOR),
    SitePage("network dashboard", "/network/", person=CHAIR),
    SitePage("thread", lambda: first_peer_support_thread().get_absolute_url(), person=MEMBER),
    SitePage("session notes", lambda: first_session().get_absolute_url(), person=CHAIR),
    SitePage("search with facets", "/search/?q=safety+plan&topic=safety-planning&type=tool"),
    SitePage("newsletter", "/newsletters/spring-2026/"),
    SitePage("page not found", "/no-such-page/"),
]
