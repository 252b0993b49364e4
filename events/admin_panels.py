"""The dashboard panel for staff who manage bookings: events in the next 30 days."""

from django.utils import timezone

from events.admin_views import MANAGE_BOOKINGS
from events.capacity import capacity_rows, upcoming_events
from home.admin_dashboard import DashboardPanel

WITHIN_DAYS = 30


class UpcomingEventsPanel(DashboardPanel):
    name = "upcoming-events"
    heading = f"Events in the next {WITHIN_DAYS} days"
    template_name = "events/admin/upcoming_events_panel.html"

    @classmethod
    def may_see(cls, user):
        return user.has_perm(MANAGE_BOOKINGS)

    def items(self):
        events = upcoming_events(timezone.now(), WITHIN_DAYS)
        return {"rows": capacity_rows(events), "within_days": WITHIN_DAYS}
