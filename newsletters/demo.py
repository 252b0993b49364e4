"""Demo content for the newsletters section, built by `manage.py load_demo_content`."""

from home.demo.builder import ensure_child
from newsletters.models import NewsletterIndexPage

TITLE = "Newsletters"
INTRO = (
    "<p>Our newsletter keeps you up to date with the Planning for Safety programme. Each "
    "issue covers new and updated resource packs, upcoming events and what we are learning "
    "alongside local areas.</p><p>You can read past issues on this page.</p><p>Our <a "
    'href="/privacy/">privacy notice</a> explains how we look after your details.</p>'
)


def build_demo_content(home, report):
    """The newsletter archive page."""
    ensure_child(
        home,
        "newsletters",
        lambda: NewsletterIndexPage(
            title=TITLE, slug="newsletters", intro=INTRO, show_in_menus=True
        ),
        report,
    )
