"""Page types for events, and bookings."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.indexing import label_search_fields, text_search_fields
from home.lazy_context import current_minute, lazily
from home.page_cache import PublicPageCacheMixin
from home.pages import SectionIndexPage
from home.panels import SETTINGS_PANELS
from network import audience
from network.audience import Audience
from network.models import Region


class EventType(models.TextChoices):
    INTRODUCTORY = "introductory", "Introductory event"
    WORKSHOP = "workshop", "All-day workshop"
    WEBINAR = "webinar", "Webinar"
    CHAIRS_SESSION = "chairs-session", "Chairs' session"
    NETWORK_MEETING = "network-meeting", "Network meeting"


class EventFormat(models.TextChoices):
    ONLINE = "online", "Online"
    IN_PERSON = "in-person", "In person"
    HYBRID = "hybrid", "Hybrid"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"


class EventIndexPage(PublicPageCacheMixin, SectionIndexPage):
    """The events listing at /events/."""

    subpage_types = ["events.EventPage"]

    def get_context(self, request, *args, **kwargs):
        from events.listing import LISTING_CONTEXT, listing_context

        context = super().get_context(request, *args, **kwargs)
        context["minute"] = current_minute()
        context.update(lazily(lambda: listing_context(self, request), LISTING_CONTEXT))
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
        from django.conf import settings

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
        import hashlib

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
        from django.conf import settings

        from events.booking import booking_openings, booking_state
        from events.structured import json_ld

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
        from events.views import book_event

        return book_event(request, self)

    @path("booking/<str:token>/", name="booking")
    def booking(self, request, token):
        from events.views import manage_booking

        return manage_booking(request, self, token)

    @path("booking/<str:token>/calendar/", name="booking_ics")
    def booking_ics(self, request, token):
        from events.views import booking_calendar

        return booking_calendar(request, self, token)

    @path("booking/<str:token>/certificate/", name="certificate")
    def certificate(self, request, token):
        from events.views import attendance_certificate

        return attendance_certificate(request, self, token)

    @path("booking/<str:token>/feedback/", name="feedback")
    def feedback(self, request, token):
        from events.views import give_feedback

        return give_feedback(request, self, token)

    @path("calendar/", name="ics")
    def ics(self, request):
        from events.views import event_calendar

        return event_calendar(request, self)


class Booking(models.Model):
    """A place at an event for one person (email address)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITLISTED = "waitlisted", "On the waitlist"
        OFFERED = "offered", "Offered a place"
        EXPIRED = "expired", "Offer expired"
        CANCELLED = "cancelled", "Cancelled"

    ACTIVE = ("confirmed", "waitlisted", "offered")  # one of these per person per event
    HOLDING_A_PLACE = ("confirmed", "offered")  # these count against capacity

    event = models.ForeignKey(EventPage, on_delete=models.PROTECT, related_name="bookings")
    user = models.ForeignKey(
        "network.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="bookings"
    )
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    email = models.EmailField()
    organisation = models.CharField(max_length=200)
    job_role = models.CharField(max_length=150)
    local_area = models.CharField(max_length=200, blank=True)
    access_requirements = models.TextField(blank=True, max_length=2000)
    dietary_needs = models.TextField(blank=True, max_length=1000)
    consented_at = models.DateTimeField()
    network_member = models.BooleanField(
        default=False, help_text="Whether the person was a network member when they booked."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    waitlist_position = models.PositiveIntegerField(
        null=True, blank=True, help_text="Lower numbers are offered a freed place first."
    )
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    feedback_requested_at = models.DateTimeField(null=True, blank=True)
    #: the day the person gave feedback (a day, not a time: anonymous feedback stays so)
    feedback_given_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waitlisted", "offered"]),
                name="one_active_booking_per_person_per_event",
            )
        ]

    def __str__(self):
        return f"{self.name} at {self.event}"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class EventChangeLog(models.Model):
    """What attendees were last told about an event's time and place.

    Kept outside the page (and its revisions) so that publishing an older draft can never
    lower the calendar SEQUENCE that attendees' calendars have already seen.
    """

    event = models.OneToOneField(EventPage, on_delete=models.CASCADE, related_name="change_log")
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)
    cancellation_sent = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.event} (sequence {self.sequence})"


class MaterialKind(models.TextChoices):
    SLIDES = "slides", "Slides"
    RECORDING = "recording", "Recording"
    READING = "reading", "Further reading"


class EventMaterial(Orderable):
    """Something attendees take away from an event: slides, a recording, further reading."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(max_length=20, choices=MaterialKind.choices)
    title = models.CharField(max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A file: downloads follow its collection's privacy.",
    )
    url = models.URLField(
        "web address", blank=True, help_text="A link instead of a file, e.g. the recording."
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("kind", help_text="Slides, a recording or further reading."),
                FieldPanel("title", help_text="What attendees see as the link."),
            ]
        ),
        FieldRowPanel([FieldPanel("document"), FieldPanel("url")]),
    ]

    def clean(self):
        if not self.document_id and not self.url:
            raise ValidationError({"url": "Choose a document or give a web address."})

    @property
    def link(self):
        return self.document.url if self.document_id else self.url

    def __str__(self):
        return self.title


class Feedback(models.Model):
    """What an attendee thought of an event. Anonymous feedback keeps no link to the person."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="feedback_responses"
    )
    booking = models.OneToOneField(
        Booking, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    rating = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comments = models.TextField(blank=True, max_length=3000)
    submitted_on = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "feedback"

    def __str__(self):
        return f"{self.rating}/5 for {self.event}"
