from django.conf import settings
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail_modeladmin.options import modeladmin_register

from events import admin_views
from events.admin_panels import UpcomingEventsPanel
from events.admin_viewsets import BookingAdmin
from events.models import EventPage
from events.my_bookings import bookings_for
from events.retention import (
    bookings_made_for_others,
    bookings_of,
    clear_event_notes,
    erase_event_records,
    named_feedback_of,
)
from home.admin_dashboard import offer

modeladmin_register(BookingAdmin)
hooks.register("construct_homepage_panels", offer(UpcomingEventsPanel))


@hooks.register("upcoming_events")
def upcoming_events(request, topic_ids=None, limit=3):
    """Upcoming events the person may see (for the home page and related-event blocks)."""
    user = getattr(request, "user", None)
    events = EventPage.objects.filter(end__gte=timezone.now()).visible_to(user)
    if topic_ids:
        events = events.filter(topics__in=topic_ids).distinct()
    return list(events.exclude(status="cancelled").order_by("start")[:limit])


@hooks.register("register_admin_urls")
def register_event_staff_urls():
    return [
        path("events/<int:event_id>/attendance/", admin_views.attendance, name="events_attendance"),
        path(
            "events/<int:event_id>/sign-in-sheet/",
            admin_views.sign_in_sheet,
            name="events_sign_in_sheet",
        ),
        path("events/<int:event_id>/email/", admin_views.email_attendees, name="events_email"),
        path(
            "events/<int:event_id>/feedback/",
            admin_views.feedback_summary,
            name="events_feedback",
        ),
        path(
            "events/<int:event_id>/feedback.csv",
            admin_views.feedback_csv,
            name="events_feedback_csv",
        ),
        path(
            "events/bookings/<int:booking_id>/cancel/",
            admin_views.staff_cancel_booking,
            name="events_cancel_booking",
        ),
        path(
            "events/bookings/<int:booking_id>/move/",
            admin_views.staff_move_booking,
            name="events_move_booking",
        ),
        path(
            "events/bookings/<int:booking_id>/offer/",
            admin_views.staff_offer_place,
            name="events_offer_place",
        ),
        path("reports/event-capacity/", admin_views.capacity_report, name="events_capacity"),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.MANAGE_BOOKINGS)


@hooks.register("register_reports_menu_item")
def register_capacity_report_menu_item():
    return StaffMenuItem("Event capacity", reverse("events_capacity"), icon_name="date", order=710)


@hooks.register("register_page_header_buttons")
def event_bookings_button(page, user, view_name, next_url=None):
    """An event's page in the admin links to its bookings, for staff who may manage them."""
    if isinstance(page.specific_deferred, EventPage) and user.has_perm(admin_views.MANAGE_BOOKINGS):
        yield Button(
            "Bookings",
            reverse("events_attendance", args=[page.pk]),
            icon_name="date",
            priority=80,
        )


@hooks.register("register_log_actions")
def register_event_log_actions(actions):
    actions.register_action("events.attendance", "Attendance", "Attendance recorded")
    actions.register_action("events.booking.cancel", "Cancel booking", "Booking cancelled by staff")
    actions.register_action("events.message", "Message", "Message sent to attendees")
    actions.register_action("events.waitlist.offer", "Offer place", "Place offered by staff")
    actions.register_action("events.booking.move", "Move booking", "Booking moved by staff")
    actions.register_action("events.feedback.export", "Export feedback", "Feedback exported")


@hooks.register("my_bookings")
def my_bookings(request):
    """The signed-in person's current bookings and waitlist places, soonest first."""
    return bookings_for(request.user)


@hooks.register("newsletter_upcoming_events")
def newsletter_upcoming_events(topic_ids, limit, since=None):
    """Public events still to come, soonest first, as newsletter listing items."""
    events = upcoming_events(None, topic_ids, limit)
    return [
        {
            "title": event.title,
            "url": settings.BASE_URL + event.url,
            "meta": " · ".join(
                part
                for part in (
                    timezone.localtime(event.start).strftime("%-d %B %Y, %H:%M"),
                    event.get_event_format_display(),
                    event.get_region_display() if event.region else "",
                )
                if part
            ),
            "summary": event.summary,
        }
        for event in events
    ]


@hooks.register("personal_data")
def booking_personal_data(person):
    """A person's bookings (in their address), the places their account booked for others
    (without the attendee's details, which are the attendee's), and the feedback they gave
    with their name (by address only; never anonymous feedback), for their data download."""
    bookings = bookings_of(person).select_related("event")
    for_others = bookings_made_for_others(person).select_related("event")
    feedback = named_feedback_of(person).select_related("event")
    return {
        "event_bookings": [
            {
                "event": booking.event.title,
                "status": booking.get_status_display(),
                "name": booking.name,
                "email": booking.email,
                "organisation": booking.organisation,
                "job_role": booking.job_role,
                "local_area": booking.local_area,
                "access_requirements": booking.access_requirements,
                "dietary_needs": booking.dietary_needs,
                "created_at": booking.created_at,
                "cancelled_at": booking.cancelled_at,
            }
            for booking in bookings
        ],
        "event_bookings_made_for_others": [
            {
                "event": booking.event.title,
                "status": booking.get_status_display(),
                "created_at": booking.created_at,
            }
            for booking in for_others
        ],
        "event_feedback": [
            {
                "event": item.event.title,
                "event_start": item.event.start,
                "given_on": item.submitted_on,
                "rating": item.rating,
                "comments": item.comments,
            }
            for item in feedback
        ],
    }


hooks.register("apply_retention", clear_event_notes)
hooks.register("erase_personal_data", erase_event_records)
