"""The pages the benchmarks measure (call after django.setup()).

Every public page type as a visitor sees it, and the pages members use each week as a
member and as a Chair sees them, each paired with the bakerydemo page it is compared with
(bench/bakerydemo.py). Pages are picked from the demo content (never the generated
`benchmark-` pages, so the same URLs are measured on the demo content and on the large data
set, where the listings they belong to are large).
"""

from dataclasses import dataclass

from django.contrib.staticfiles.storage import staticfiles_storage
from django.test import Client

from events.models import EventPage
from home.models import StandardPage
from network.community.models import Space, Thread
from network.learning.models import ActionLearningSession
from network.models import User
from newsletters.pages import NewsletterPage
from resources.models import ResourcePackPage, ResourcePage

#: the demo content's people (network/demo_content.py)
PEOPLE = {"member": "member@example.org", "chair": "chair@example.org"}
#: text only a signed-in person's page shows (the cookie did sign in)
SIGNED_IN_MARKER = "Sign out"


@dataclass(frozen=True)
class Target:
    """One measured URL. `marker` is text the page must show; `compare` names the
    bakerydemo page of the same kind."""

    label: str
    path: str
    who: str = "visitor"
    cookie: str | None = None
    marker: str | None = None
    compare: str | None = None


def session_cookie(email):
    """A signed-in person's session cookie (a session row, as a real sign-in makes)."""
    client = Client()
    client.force_login(User.objects.get(email=email))
    return f"sessionid={client.cookies['sessionid'].value}"


def demo(pages):
    return pages.live().exclude(slug__startswith="benchmark")


def shared_paths():
    """{label: (path, compared with)} of the pages visitors and members both use."""
    tool = demo(ResourcePage.objects).order_by("pk").first()
    topic = tool.topics.first().slug
    pack = demo(ResourcePackPage.objects).order_by("pk").first()
    event = demo(EventPage.objects).order_by("start").last()
    return {
        "library, 2 filters": (f"/resources/?topic={topic}&type={tool.tool_type}", "breads index"),
        "pack": (pack.url, "blog index"),
        "events": ("/events/", "locations index"),
        "event": (event.url, "blog post"),
        "search, 2 facets": (f"/search/?q=safety&type=tool&topic={topic}", "search"),
    }


def public_targets():
    tool = demo(ResourcePage.objects).order_by("pk").first()
    newsletter = NewsletterPage.objects.live().order_by("-first_published_at").first()
    about = StandardPage.objects.live().get(slug="about")
    pages = [Target("home", "/", compare="home")]
    pages += [
        Target(label, path, compare=compare) for label, (path, compare) in shared_paths().items()
    ]
    pages += [
        Target("tool", tool.url, compare="bread"),
        Target("newsletters", newsletter.get_parent().url, compare="blog index"),
        Target("newsletter", newsletter.url, compare="blog post"),
        Target("about (standard page)", about.url, compare="about (standard page)"),
    ]
    return pages


def personal_targets(who):
    """The pages a member or a Chair uses, signed in: what only they may see included."""
    user = User.objects.get(email=PEOPLE[who])
    cookie = session_cookie(user.email)
    space = Space.objects.filter(slug="peer-support").get()
    thread = (
        Thread.objects.visible_to(user).filter(space=space).exclude(title__startswith="Benchmark")
    )
    thread = thread.order_by("pk").first()
    paths = {"dashboard": ("/network/", "home")}
    paths.update(shared_paths())
    paths["discussion space"] = (f"/network/discussions/{space.slug}/", "blog index")
    paths["thread"] = (thread.get_absolute_url(), "blog post")
    session = ActionLearningSession.objects.visible_to(user).order_by("-pk").first()
    if session is not None:  # members of no action learning set have no session notes
        paths["session notes"] = (session.get_absolute_url(), "blog post")
    return [
        Target(f"{label} ({who})", path, who, cookie, SIGNED_IN_MARKER, compare)
        for label, (path, compare) in paths.items()
    ]


def static_target():
    """A static file served by whitenoise from the same server: the ceiling."""
    label = "static file (whitenoise)"
    return Target(label, staticfiles_storage.url("css/site.css"), compare=label)


def measured_targets():
    return [*public_targets(), *personal_targets("member"), *personal_targets("chair")]
