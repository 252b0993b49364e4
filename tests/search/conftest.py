"""A small mixed site to search: packs and tools with labels, events, newsletters, pages,
gated network pages, discussions in both spaces and a session note."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from events.models import EventIndexPage
from network.community.models import Space
from network.learning.models import ActionLearningSession
from tests.events.conftest import make_event
from tests.factories import make_library, make_pack, make_standard_page, make_tool, publish
from tests.network.conftest import areas, gated, network_home, people  # noqa: F401 - fixtures
from tests.network.discussions import reply, start
from tests.newsletters.conftest import make_issue, newsletter_index  # noqa: F401 - fixture
from tests.search_index import index_everything

TOPICS_A = ["safety-planning", "guardianship"]


@pytest.fixture
def site(request, settings):
    gated_content = request.getfixturevalue("gated")
    persons = request.getfixturevalue("people")
    issues_index = request.getfixturevalue("newsletter_index")
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 0
    settings.DISCUSSION_RATE_LIMIT = 100
    home = gated_content["network_page"].get_parent().get_parent().specific
    library = make_library(home)
    planning = make_pack(
        library,
        topic_slug="safety-planning",
        title="Safety planning pack",
        topics=TOPICS_A,
        audiences=["police"],
        summary="Safety mapping for places and young people.",
    )
    schools = make_pack(
        library,
        topic_slug="roles-of-schools",
        title="Schools pack",
        audiences=["education-settings"],
        summary="Working with schools on safety.",
    )
    make_tool(planning, title="Safety mapping template", tool_type="template",
              topics=TOPICS_A, audiences=["police"])  # fmt: skip
    make_tool(planning, title="Safety briefing", tool_type="briefing",
              topics=["safety-planning"], external_url="https://example.org/b")  # fmt: skip
    make_tool(schools, title="School safety guide", tool_type="guide",
              topics=["roles-of-schools"], audiences=["education-settings"])  # fmt: skip
    hidden_pack = make_pack(
        library, topic_slug="guardianship", title="Restricted safety pack", topics=TOPICS_A
    )
    staff_only = PageViewRestriction.objects.create(page=hidden_pack, restriction_type="groups")
    staff_only.groups.add(Group.objects.get(name="Editors"))
    draft = make_standard_page(home, title="Draft safety page", slug="draft-safety")
    draft.unpublish()
    make_standard_page(home, title="About safety", slug="about", summary="Safety at our core.")
    events = publish(home, EventIndexPage(title="Events", slug="events", intro="<p>x</p>"))
    make_event(events, title="Safety webinar", slug="webinar", event_format="online",
               start=datetime.datetime(2027, 2, 1, 10, tzinfo=datetime.UTC))  # fmt: skip
    workshop = make_event(
        events, title="Safety workshop", slug="workshop", event_format="in-person",
        region="london", venue_name="Hall",
        start=datetime.datetime(2027, 3, 1, 10, tzinfo=datetime.UTC),
    )  # fmt: skip
    workshop.topics.add(*planning.topics.all())
    workshop.save_revision().publish()
    make_issue(issues_index, title="Safety newsletter", slug="safety-news")
    members_thread = start(persons["member"], title="Safety plans for parks", body="MEMBERS safety")
    reply(members_thread, persons["staff"], "A safety reply for members")
    chairs = Space.objects.get(slug="chairs-action-learning")
    start(persons["chair"], title="Chairs safety agenda", body="CHAIRS safety", where=chairs)
    ActionLearningSession.objects.create(
        title="Safety session notes", space=chairs, notes="<p>CHAIRS-NOTES safety</p>"
    )
    index_everything()
    return {"home": home, "planning": planning, "schools": schools}
