"""Bookings in the Wagtail admin (wagtail-modeladmin), kept in one module."""

from django.urls import reverse
from django.utils.html import format_html
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
    form_fields_exclude = [
        "event",
        "user",
        "email",
        "status",
        "consented_at",
        "network_member",
        "created_at",
        "cancelled_at",
        "reminder_sent_at",
        "offer_expires_at",
    ]
    inspect_view_enabled = True

    def tools(self, booking):
        return format_html(
            '<a href="{}">Attendance and tools for this event</a>',
            reverse("events_attendance", args=[booking.event_id]),
        )

    tools.short_description = "Event tools"
