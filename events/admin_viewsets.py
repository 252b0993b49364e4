"""Bookings in the Wagtail admin (wagtail-modeladmin), kept in one module."""

from django.urls import reverse
from django.utils.html import format_html
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.options import ModelAdmin

from events.models import Booking


class BookingAdmin(ModelAdmin):
    model = Booking
    menu_label = "Bookings"
    menu_icon = "date"
    menu_order = 260
    list_display = ["name", "email", "event", "status", "network_member", "attended", "tools"]
    list_filter = ["event", "status", "network_member", "local_area"]
    search_fields = ["name", "email", "organisation", "local_area"]
    list_export = [
        "name",
        "email",
        "organisation",
        "job_role",
        "local_area",
        "event",
        "status",
        "network_member",
        "access_requirements",
        "dietary_needs",
        "attended",
        "created_at",
    ]
    list_select_related = ["event"]
    # Not the event, person, email, status or dates: the booking tools change those properly.
    panels = [
        FieldPanel("name", help_text="As shown on sign-in sheets and certificates."),
        FieldPanel("organisation", help_text="Where the person works."),
        FieldPanel("job_role", help_text="Their job title or role."),
        FieldPanel("local_area", help_text="The local area they work in, as they gave it."),
        FieldPanel(
            "access_requirements",
            help_text="What they need to take part. Share only with those who must know.",
        ),
        FieldPanel("dietary_needs", help_text="For in-person events with food."),
        FieldPanel("attended", help_text="Set from the attendance register; empty until then."),
        FieldPanel("waitlist_position"),
        FieldPanel("feedback_requested_at", help_text="When they were asked for feedback."),
        FieldPanel("feedback_given_on", help_text="The day they gave feedback."),
    ]
    inspect_view_enabled = True

    def tools(self, booking):
        return format_html(
            '<a href="{}">Attendance and tools for this event</a>',
            reverse("events_attendance", args=[booking.event_id]),
        )

    tools.short_description = "Event tools"
