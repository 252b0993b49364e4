from django.utils import timezone

from events.models import EventPage
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
