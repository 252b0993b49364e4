"""Demo content for the events section, built by `manage.py load_demo_content`."""

from events.models import EventIndexPage
from home.demo.builder import ensure_child

TITLE = "Events"
INTRO = (
    "<p>Our events are open to anyone with an interest in Risk Outside of the Home (ROTH) "
    'pathways. Areas in the <a href="/network/">network</a> get priority '
    "booking.</p><p>Online events cover topics such as the responsibilities of each agency "
    "on ROTH pathways, guardianship, and the part schools play. Some sessions are just for "
    "ROTH conference Chairs and focus on planning processes.</p><p>In-person events take "
    "place in different regions. They include four introductory events on ROTH pathways and"
    " two full-day workshops on designing plans and outcomes for young people.</p><p>We add"
    " new events during the year and announce them in our <a "
    'href="/newsletters/">newsletter</a>.</p>'
)


def build_demo_content(home, report):
    """The events listing page."""
    ensure_child(
        home,
        "events",
        lambda: EventIndexPage(title=TITLE, slug="events", intro=INTRO, show_in_menus=True),
        report,
    )
