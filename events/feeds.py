"""The events feeds: RSS (/events/feed.rss) and iCalendar (/events/feed.ics)."""

from django.utils import timezone

from events.calendar import calendar_bytes
from events.models import EventPage
from events.views import ics_response
from network.feeds import PublicPageFeed


class EventsFeed(PublicPageFeed):
    title = "Planning for Safety events"
    description = "Upcoming Planning for Safety events, soonest first."
    link = "/events/"

    def pages(self):
        return EventPage.objects.filter(end__gte=timezone.now()).order_by("start")

    def item_description(self, item):
        when = timezone.localtime(item.start).strftime("%-d %B %Y, %H:%M")
        return f"{when}. {item.get_event_format_display()}. {item.summary}"

    def item_pubdate(self, item):
        return item.first_published_at


def upcoming_events_feed(request):
    """/events/feed.ics: upcoming public events, without joining details."""
    events = (
        EventPage.objects.filter(end__gte=timezone.now())
        .visible_to(None)
        .select_related("change_log")
        .order_by("start")
    )
    return ics_response(calendar_bytes(events), "planning-for-safety-events.ics")
