"""Events' page types (EventIndexPage, EventPage), and every model of the app.

Layers, each importing only from those below it:

- events/models.py (here): the page types. Their get_context and routes call the listing,
  the booking rules and the booking views, so this module imports those.
- events/listing.py, events/views.py, events/booking.py and what they use (forms, links,
  notifications, calendar, claims, after_event): the request and booking layer. It never
  imports this module: it takes the page (or a queryset of pages) as an argument.
- events/records.py: Booking, EventChangeLog, EventMaterial, Feedback and the choices.

The records are imported here too, so `events.models` names every model of the app (Django
loads them from here) and `from events.models import Booking` keeps working above this layer.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.booking import booking_openings, booking_state
from events.listing import LISTING_CONTEXT, listing_context
from events.records import (
    Booking,
    EventChangeLog,
    EventFormat,
    EventMaterial,
    EventStatus,
    EventType,
    Feedback,
    MaterialKind,
)
from events.structured import json_ld
from events.views import (
    attendance_certificate,
    book_event,
    booking_calendar,
    event_calendar,
    give_feedback,
    manage_booking,
)
from home.blocks import BodyBlock
from home.indexing import label_search_fields, text_search_fields
from home.lazy_context import current_minute, lazily
from home.page_cache import PublicPageCacheMixin
from home.pages import SectionIndexPage
from home.panels import SETTINGS_PANELS
from network import audience
from network.access import VisiblePageManager
from network.audience import Audience
from network.models import Region

__all__ = [
    "Booking",
    "EventChangeLog",
    "EventFormat",
    "EventIndexPage",
    "EventMaterial",
    "EventPage",
    "EventStatus",
    "EventType",
    "Feedback",
    "MaterialKind",
]


class EventIndexPage(PublicPageCacheMixin, SectionIndexPage):
    """The events listing at /events/."""

    subpage_types = ["events.EventPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minute"] = current_minute()
        events = EventPage.objects.child_of(self)
        context.update(lazily(lambda: listing_context(request, events), LISTING_CONTEXT))
        return context


class EventPage(PublicPageCacheMixin, RoutablePageMixin, Page):
    """One event: online, in person or hybrid, with its own booking rules."""

    # Indexed: the events listing filters by these columns and sorts by start.
    event_type = models.CharField(max_length=20, choices=EventType.choices, db_index=True)
    event_format = models.CharField(
        "format", max_length=20, choices=EventFormat.choices, db_index=True
    )
    topics = ParentalManyToManyField("home.Topic", blank=True, related_name="events")
    audiences = ParentalManyToManyField("home.Audience", blank=True, related_name="events")
    summary = models.TextField(
        max_length=400, help_text="One or two plain sentences, shown in listings and search."
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text="What the event covers and who it is for."
    )
    start = models.DateTimeField(help_text="UK time.", db_index=True)
    end = models.DateTimeField(help_text="UK time.", db_index=True)

    region = models.CharField(
        max_length=20,
        choices=Region.choices,
        blank=True,
        db_index=True,
        help_text="For in-person and hybrid events: the English region of the venue.",
    )
    venue_name = models.CharField(max_length=200, blank=True)
    venue_address = models.TextField(blank=True, max_length=500)
    venue_postcode = models.CharField(max_length=10, blank=True)
    venue_map_url = models.URLField("map link", blank=True)
    venue_access = models.TextField(
        "access information",
        blank=True,
        max_length=2000,
        help_text="Step-free access, hearing loops, parking, quiet rooms.",
    )
    joining_details = models.TextField(
        blank=True,
        max_length=4000,
        help_text="Online joining link and instructions. Shown only to confirmed attendees, "
        "on their booking page and in their emails.",
    )

    capacity = models.PositiveIntegerField(help_text="Places available.")
    overbooking_allowance = models.PositiveIntegerField(
        default=0, help_text="Extra places allowed beyond capacity, for expected no-shows."
    )
    places_held_for_general_booking = models.PositiveIntegerField(
        default=0,
        help_text="Places the priority window cannot take, kept for general booking.",
    )
    who_may_book = models.CharField(
        max_length=20, choices=audience.choices(*audience.BOOKERS), default=Audience.PUBLIC
    )
    priority_booking_opens = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When network members may start booking. Leave empty for no priority window.",
    )
    general_booking_opens = models.DateTimeField(help_text="When everyone may start booking.")
    booking_closes = models.DateTimeField(
        null=True, blank=True, help_text="Defaults to the start of the event."
    )
    status = models.CharField(
        max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_message = models.TextField(
        blank=True, max_length=1000, help_text="Shown with a postponed or cancelled status."
    )
    organiser_name = models.CharField(max_length=150, blank=True)
    organiser_email = models.EmailField(blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel(
            [
                FieldPanel("event_type", help_text="What kind of event: people filter by this."),
                FieldPanel(
                    "event_format", help_text="Online, in person or both; people filter by this."
                ),
            ]
        ),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading="When"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("venue_name", help_text="The building, e.g. Leeds Civic Hall."),
                FieldPanel("venue_address", help_text="The street address, one part to a line."),
                FieldPanel("venue_postcode", help_text="For directions and sat-navs."),
                FieldPanel(
                    "venue_map_url", help_text="Optional: a link to the venue on an online map."
                ),
                FieldPanel("venue_access"),
            ],
            heading="Venue (in person)",
        ),
        FieldPanel("joining_details"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "who_may_book",
                    help_text="Everyone, network members only, or ROTH Chairs only.",
                ),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("overbooking_allowance")]),
                FieldPanel("places_held_for_general_booking"),
                FieldPanel("priority_booking_opens"),
                FieldPanel("general_booking_opens"),
                FieldPanel("booking_closes"),
            ],
            heading="Booking",
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "status",
                    help_text="Postponed or cancelled if plans change: say why below.",
                ),
                FieldPanel("status_message"),
            ],
            heading="Status",
        ),
        FieldRowPanel(
            [
                FieldPanel("organiser_name", help_text="The person to contact about the event."),
                FieldPanel(
                    "organiser_email",
                    help_text="Shown on the event page with the name; leave empty to show neither.",
                ),
            ]
        ),
        FieldPanel("topics", help_text="The topics it covers: people filter events by these."),
        FieldPanel("audiences", help_text="Who it is for: people filter events by these."),
        InlinePanel(
            "materials",
            heading="After the event: materials for attendees",
            help_text=(
                "Slides, the recording and further reading. Attendees see them on their "
                "booking page and are emailed once, when the first are published."
            ),
            label="Material",
        ),
    ]
    settings_panels = SETTINGS_PANELS
    objects = VisiblePageManager()

    search_fields = [
        *Page.search_fields,
        *text_search_fields(),
        *label_search_fields(),
        index.SearchField("venue_name"),
        index.FilterField("event_type"),
        index.FilterField("event_format"),
        index.FilterField("region"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The event must end after it starts."
        if (
            self.priority_booking_opens
            and self.general_booking_opens
            and self.priority_booking_opens > self.general_booking_opens
        ):
            errors["priority_booking_opens"] = "Priority booking must open before general booking."
        if self.event_format != EventFormat.ONLINE and not self.venue_name:
            errors["venue_name"] = "Give the venue for an in-person or hybrid event."
        if self.places_held_for_general_booking > (self.capacity or 0):
            errors["places_held_for_general_booking"] = "You cannot hold back more than capacity."
        if errors:
            raise ValidationError(errors)

    @property
    def closes_at(self):
        return self.booking_closes or self.start

    @property
    def is_in_person(self):
        return self.event_format in (EventFormat.IN_PERSON, EventFormat.HYBRID)

    @property
    def is_online(self):
        return self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def duration(self):
        return self.end - self.start

    @property
    def sequence(self):
        """The iCalendar SEQUENCE: how many times attendees were told of a new time or place."""
        try:
            return self.change_log.sequence  # select_related("change_log") saves a query
        except EventChangeLog.DoesNotExist:
            return 0

    def structured_data(self):
        """schema.org Event, for search engines (JSON-LD). Never the joining details."""
        statuses = {
            EventStatus.SCHEDULED: "EventScheduled",
            EventStatus.POSTPONED: "EventPostponed",
            EventStatus.CANCELLED: "EventCancelled",
        }
        modes = {
            EventFormat.ONLINE: "OnlineEventAttendanceMode",
            EventFormat.IN_PERSON: "OfflineEventAttendanceMode",
            EventFormat.HYBRID: "MixedEventAttendanceMode",
        }
        location = (
            {
                "@type": "Place",
                "name": self.venue_name,
                "address": ", ".join(
                    part for part in (self.venue_address, self.venue_postcode) if part
                ),
            }
            if self.is_in_person
            else {"@type": "VirtualLocation", "url": settings.BASE_URL + self.url}
        )
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventStatus": f"https://schema.org/{statuses[self.status]}",
            "eventAttendanceMode": f"https://schema.org/{modes[self.event_format]}",
            "location": location,
            "url": settings.BASE_URL + self.url,
            "organizer": {"@type": "Organization", "name": "Planning for Safety"},
            "isAccessibleForFree": True,
        }

    def schedule_fingerprint(self):
        """Changes to these details are announced to everyone booked."""
        parts = [
            self.start.isoformat(),
            self.end.isoformat(),
            self.event_format,
            self.venue_name,
            self.venue_address,
            self.venue_postcode,
            self.joining_details,
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # read only when the booking box, kept per audience for the minute, is not kept
        context["minute"] = current_minute()
        state = lazily(
            lambda: {
                "state": booking_state(self, request.user),
                "openings": booking_openings(self, timezone.now()),
            },
            ("state", "openings"),
        )
        context["booking_state"] = state["state"]
        context["booking_openings"] = state["openings"]
        context["structured_data"] = json_ld(self.structured_data())
        context["base_url"] = settings.BASE_URL
        return context

    @path("book/", name="book")
    def book(self, request):
        return book_event(request, self)

    @path("booking/<str:token>/", name="booking")
    def booking(self, request, token):
        return manage_booking(request, self, token)

    @path("booking/<str:token>/calendar/", name="booking_ics")
    def booking_ics(self, request, token):
        return booking_calendar(request, self, token)

    @path("booking/<str:token>/certificate/", name="certificate")
    def certificate(self, request, token):
        return attendance_certificate(request, self, token)

    @path("booking/<str:token>/feedback/", name="feedback")
    def feedback(self, request, token):
        return give_feedback(request, self, token)

    @path("calendar/", name="ics")
    def ics(self, request):
        return event_calendar(request, self)
