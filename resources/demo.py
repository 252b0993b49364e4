"""Demo content for the resources section, built by `manage.py load_demo_content`."""

from home.demo.builder import ensure_child
from resources.models import ResourceIndexPage

TITLE = "Resource packs"
INTRO = (
    "<p>Our resource packs are practical tools for practice and policy. Each pack covers "
    "one topic. They are written for the people who design and deliver Risk Outside of the "
    "Home (ROTH) pathways, including social workers, conference Chairs, managers, school "
    "staff, police, health colleagues and commissioners.</p><p>Topics include panel and "
    "meeting processes, chairing ROTH conferences, safety planning for young people and the"
    " places where harm happens, working with parents and carers, community guardianship, "
    "the role of education providers, and what young people need from services.</p><p>All "
    "packs are published here and anyone can use them. Use the search to find material on a"
    " particular subject.</p>"
)


def build_demo_content(home, report):
    """The resource library's landing page."""
    ensure_child(
        home,
        "resources",
        lambda: ResourceIndexPage(title=TITLE, slug="resources", intro=INTRO, show_in_menus=True),
        report,
    )
