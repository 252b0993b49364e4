from django.utils import timezone
from wagtail import hooks

from events.models import EventPage
from network.access import visible_pages


@hooks.register("upcoming_events")
def upcoming_events(request, topic_ids=None, limit=3):
    """Upcoming events the person may see (for the home page and related-event blocks)."""
    user = getattr(request, "user", None)
    events = visible_pages(user, EventPage.objects.filter(end__gte=timezone.now()))
    if topic_ids:
        events = events.filter(topics__in=topic_ids).distinct()
    return list(events.exclude(status="cancelled").order_by("start")[:limit])
