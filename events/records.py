"""The records kept about an event: bookings, the change log, materials, feedback, and the
event's choices (type, format, status).

This module sits below the booking layer (booking.py, views.py, listing.py and the modules
they use), which imports it; the page types that call that layer are in events/models.py,
above it. So nothing here imports the page class: the relations name it as "events.EventPage".
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


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

    event = models.ForeignKey("events.EventPage", on_delete=models.PROTECT, related_name="bookings")
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
    #: the highest calendar SEQUENCE emailed about this booking, null until one is sent: the
    #: next message to the same address about the same event goes above it
    #: (events/calendar.py, next_sequence)
    calendar_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)

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

    event = models.OneToOneField(
        "events.EventPage", on_delete=models.CASCADE, related_name="change_log"
    )
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

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="materials")
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
        "events.EventPage", on_delete=models.CASCADE, related_name="feedback_responses"
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
