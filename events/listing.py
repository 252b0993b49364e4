"""The events listing: upcoming or past, filtered, grouped by month, with booking labels; or
the same events, filtered alike, as a month calendar (`?view=month&month=YYYY-MM`)."""

from django.core.paginator import Paginator
from django.utils import timezone

from events.booking import booking_state, with_places_taken
from events.month_calendar import build_month, first_of_month, month_span
from events.records import EventFormat, EventType
from home.models import Topic
from network.models import Region

EVENTS_PER_PAGE = 30


def choice(params, name, valid):
    value = params.get(name, "")
    return value if value in valid else ""


#: the names listing_context gives the template
LISTING_CONTEXT = ("events", "past", "filters", "filter_options", "is_filtered", "month")


def listing_context(request, events):
    """The listing of these events (an EventPage queryset: the index page's children)."""
    now = timezone.now()
    topics = {topic.slug: topic.name for topic in Topic.objects.all()}
    filters = {
        "type": choice(request.GET, "type", dict(EventType.choices)),
        "format": choice(request.GET, "format", dict(EventFormat.choices)),
        "region": choice(request.GET, "region", dict(Region.choices)),
        "topic": choice(request.GET, "topic", topics),
    }
    past = request.GET.get("when") == "past"
    events = with_places_taken(events.visible_to(request.user))
    if filters["type"]:
        events = events.filter(event_type=filters["type"])
    if filters["format"]:
        events = events.filter(event_format=filters["format"])
    if filters["region"]:
        events = events.filter(region=filters["region"])
    if filters["topic"]:
        events = events.filter(topics__slug=filters["topic"])
    shared = {
        "filters": filters,
        "filter_options": {
            "type": EventType.choices,
            "format": EventFormat.choices,
            "region": Region.choices,
            "topic": list(topics.items()),
        },
        "is_filtered": any(filters.values()),
    }
    if request.GET.get("view") == "month":
        first = first_of_month(request.GET.get("month", ""), timezone.localdate())
        start, end = month_span(first)
        in_month = label(
            events.filter(start__gte=start, start__lt=end).order_by("start"), request.user, now
        )
        return {**shared, "events": None, "past": False, "month": build_month(first, in_month)}
    events = (
        events.filter(end__lt=now).order_by("-start")
        if past
        else (events.filter(end__gte=now).order_by("start"))
    )
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    label(page.object_list, request.user, now)
    return {**shared, "events": page, "past": past, "month": None}


def label(events, user, now):
    """The events, each with its booking label's state and its local start."""
    events = list(events)
    for event in events:
        event.state = booking_state(event, user, now, booked=event.booked, waiting=event.waiting)
        event.local_start = timezone.localtime(event.start)
    return events
