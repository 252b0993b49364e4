"""/events/: upcoming or past, filters, month groups and clear booking labels."""

import datetime
import re

import pytest
from django.utils import timezone

from events.booking import book_place
from tests.events.helpers import NOW, booking_details, make_event
from tests.network.helpers import make_area, make_member

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def titles(response):
    return [event.title for event in response.context["events"]]


@pytest.fixture
def programme(events_index):
    return {
        "past": make_event(events_index, slug="past", title="Past webinar", start=NOW - 10 * DAY),
        "soon": make_event(events_index, slug="soon", title="Soon", start=NOW + 5 * DAY),
        "workshop": make_event(
            events_index,
            slug="workshop",
            title="Workshop in Leeds",
            event_type="workshop",
            event_format="in-person",
            region="yorkshire-humber",
            venue_name="Civic Centre",
            start=NOW + 40 * DAY,
        ),
    }


def test_upcoming_by_default_soonest_first(client, programme):
    assert titles(client.get("/events/")) == ["Soon", "Workshop in Leeds"]


def test_past_archive_newest_first(client, programme):
    assert titles(client.get("/events/", {"when": "past"})) == ["Past webinar"]


def test_filters_combine(client, programme):
    assert titles(client.get("/events/", {"type": "workshop"})) == ["Workshop in Leeds"]
    assert titles(client.get("/events/", {"format": "online"})) == ["Soon"]
    assert titles(client.get("/events/", {"region": "yorkshire-humber", "type": "webinar"})) == []


def test_unknown_filter_values_are_ignored(client, programme):
    response = client.get("/events/", {"type": "party", "region": "<x>", "page": "zz"})
    assert response.status_code == 200
    assert titles(response) == ["Soon", "Workshop in Leeds"]


def test_events_are_grouped_by_month(client, programme):
    html = client.get("/events/").content.decode()
    for event in (programme["soon"], programme["workshop"]):
        month = event.start.strftime("%B %Y")
        assert f">{month}</h2>" in html


def test_labels_for_priority_places_full_closed_and_cancelled(client, events_index):
    make_event(
        events_index,
        slug="priority",
        title="Priority",
        priority_booking_opens=NOW - DAY,
        general_booking_opens=NOW + DAY,
    )
    full = make_event(events_index, slug="full", title="Full", capacity=1)
    book_place(full, None, booking_details())
    make_event(events_index, slug="cancelled", title="Called off", status="cancelled")
    make_event(events_index, slug="open", title="Open", capacity=5)
    html = client.get("/events/").content.decode()
    assert "Priority booking open for network members" in html
    assert "Waitlist only" in html
    assert "Cancelled" in html
    assert "5 places left" in html


def test_members_see_priority_booking_open_for_them(client, events_index):
    make_event(
        events_index,
        slug="priority",
        title="Priority",
        priority_booking_opens=NOW - DAY,
        general_booking_opens=NOW + DAY,
    )
    client.force_login(make_member(make_area("Harrowfield Council")))
    event_page = client.get("/events/priority/").content.decode()
    assert 'href="/events/priority/book/">Book a place' in event_page
    client.logout()
    outsider_page = client.get("/events/priority/").content.decode()
    assert "Book a place" not in outsider_page
    assert "Network members can book now" in outsider_page


def test_home_page_shows_the_next_three_upcoming_events(client, programme, events_index):
    make_event(events_index, slug="later", title="Later", start=NOW + 60 * DAY)
    make_event(
        events_index, slug="off", title="Called off", start=NOW + 2 * DAY, status="cancelled"
    )
    html = client.get("/").content.decode()
    section = html.split('id="events-heading"', 1)[1].split("</section>", 1)[0]
    assert "Soon" in section and "Workshop in Leeds" in section and "Later" in section
    assert "Past webinar" not in section and "Called off" not in section


def test_resource_packs_list_upcoming_events_on_their_topics(client, events_index):
    from tests.factories import make_library, make_pack

    pack = make_pack(make_library(events_index.get_parent()), topic_slug="roles-of-schools")
    on_topic = make_event(events_index, slug="schools", title="Schools webinar")
    on_topic.topics.add(*pack.topics.all())
    on_topic.save_revision().publish()
    make_event(events_index, slug="unrelated", title="Unrelated webinar")
    html = client.get(pack.url).content.decode()
    assert "Upcoming related events" in html
    assert "Schools webinar" in html and "Unrelated webinar" not in html


def month_of(event):
    return f"{timezone.localtime(event.start):%Y-%m}"


def day_cells(html):
    """{day of the month: the cell's HTML} for the days of the month shown."""
    cells = re.findall(r"<td>(.*?)</td>", html, re.S)
    return {int(re.search(r'datetime="\d{4}-\d\d-(\d\d)"', cell).group(1)): cell for cell in cells}


def test_the_month_calendar_puts_each_event_on_the_day_it_starts(client, programme):
    workshop = programme["workshop"]
    response = client.get(f"/events/?view=month&month={month_of(workshop)}")
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.context["events"]  # the calendar instead of the list
    start = timezone.localtime(workshop.start)
    assert "Workshop in Leeds" in day_cells(html)[start.day]
    assert sum("Workshop in Leeds" in cell for cell in day_cells(html).values()) == 1
    assert f"<caption>Events starting in {start:%B %Y}</caption>" in html
    headers = re.findall(r'<th scope="col" abbr="(\w+)">', html)
    assert headers == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_the_month_calendar_is_filtered_like_the_list(client, programme):
    workshop = programme["workshop"]
    url = f"/events/?view=month&month={month_of(workshop)}"
    assert "Workshop in Leeds" not in client.get(url + "&type=webinar").content.decode()
    filtered = client.get(url + "&type=workshop").content.decode()
    assert "Workshop in Leeds" in filtered
    assert "&amp;type=workshop" in re.search(r'href="([^"]*)">Next month', filtered).group(1)


def test_the_month_calendar_shows_past_days_events_too(client, programme):
    past = programme["past"]
    html = client.get(f"/events/?view=month&month={month_of(past)}").content.decode()
    assert "Past webinar" in html


def test_the_month_calendar_leaves_out_events_a_visitor_may_not_see(client, events_index):
    from wagtail.models import PageViewRestriction

    hidden = make_event(events_index, slug="hidden", title="Login only", start=NOW + 2 * DAY)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(f"/events/?view=month&month={month_of(hidden)}").content.decode()
    assert "Login only" not in html


@pytest.mark.parametrize("month", ["2026-13", "junk", "1850-01", "", "2026-1-1"])
def test_a_month_that_is_not_one_shows_this_month(client, programme, month):
    response = client.get(f"/events/?view=month&month={month}")
    assert response.status_code == 200
    assert response.context["month"].first == timezone.localdate().replace(day=1)
