"""Demo content for the network section, built by `manage.py load_demo_content`."""

from home.demo.builder import ensure_child
from network.models import NetworkHomePage

TITLE = "The network"
INTRO = (
    "<p>The Contextual Safeguarding Local Area Interest Network brings together local areas"
    " that are developing Risk Outside of the Home (ROTH) pathways. Membership is held by a"
    " local area, not by an individual. If your area is a member, you take part through "
    "your area.</p><p>Member areas get:</p><ul><li>peer support from colleagues in other "
    "areas</li><li>places in the action learning network for ROTH conference "
    "Chairs</li><li>the chance to take part in evidence-building "
    "activities</li><li>priority booking for our events</li></ul><p>Members can sign in to "
    "join discussions and read notes from action learning sessions. To ask about membership"
    ' for your area, <a href="/contact/">contact us</a>.</p>'
)


def build_demo_content(home, report):
    """The network's public landing page."""
    ensure_child(
        home,
        "network",
        lambda: NetworkHomePage(title=TITLE, slug="network", intro=INTRO, show_in_menus=True),
        report,
    )
