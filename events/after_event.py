"""After an event: materials for attendees, and their feedback (once each, for a month).

Attendees are people with a confirmed booking whom staff did not mark as absent (attendance
is often not taken for webinars). Feedback opens when the event ends and closes
FEEDBACK_DAYS later; each attendee gives it once, named or anonymous. Anonymous feedback is
stored without any link to the booking, and the booking keeps only the day it was given.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from events.claims import claim_and_send
from events.notifications import send_feedback_request, send_materials
from events.records import Booking, EventStatus, Feedback

FEEDBACK_DAYS = 30
#: feedback requests go this long after the end, once people are home
REQUEST_AFTER = timedelta(hours=2)


class FeedbackRefused(Exception):
    """Why this person cannot give feedback now (the message is for them)."""


def attendees(event):
    return event.bookings.filter(status=Booking.Status.CONFIRMED).exclude(attended=False)


def feedback_closes(event):
    return event.end + timedelta(days=FEEDBACK_DAYS)


def feedback_refusal(booking, now):
    """Why the person may not give feedback now, or None when they may."""
    event = booking.event
    if booking.status != Booking.Status.CONFIRMED or booking.attended is False:
        return "Feedback is for people who attended the event."
    if event.status == EventStatus.CANCELLED:
        return "The event was cancelled."
    if now < event.end:
        return "Feedback opens when the event has ended."
    if booking.feedback_given_on:
        return "Thank you: you have already given feedback on this event."
    if now >= feedback_closes(event):
        return "Feedback on this event has closed."
    return None


def record_feedback(booking, rating, comments, anonymous, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        booking = Booking.objects.select_for_update().select_related("event").get(pk=booking.pk)
        refusal = feedback_refusal(booking, now)
        if refusal:
            raise FeedbackRefused(refusal)
        feedback = Feedback.objects.create(
            event=booking.event,
            booking=None if anonymous else booking,
            rating=rating,
            comments=comments,
            submitted_on=timezone.localdate(now),
        )
        booking.feedback_given_on = timezone.localdate(now)
        booking.save(update_fields=["feedback_given_on"])
    return feedback


def send_materials_to_attendees(event):
    """One email per attendee, the first time the event has materials (the email's key)."""
    if not event.materials.exists():
        return 0
    sent = 0
    for booking in attendees(event).select_related("event"):
        sent += bool(send_materials(booking))
    return sent


def due_feedback_requests(now):
    ended = Q(event__end__lte=now - REQUEST_AFTER, event__end__gt=now - timedelta(FEEDBACK_DAYS))
    return (
        Booking.objects.filter(ended, status=Booking.Status.CONFIRMED)
        .exclude(attended=False)
        .exclude(event__status=EventStatus.CANCELLED)
        .filter(feedback_requested_at__isnull=True, feedback_given_on__isnull=True)
    )


def request_feedback(now=None):
    """Ask each attendee for feedback at most once. Returns (sent, due)."""
    now = now or timezone.now()
    due = due_feedback_requests(now)
    return claim_and_send(due, "feedback_requested_at", now, send_feedback_request)


@dataclass
class FeedbackSummary:
    responses: int
    average: float | None
    ratings: list  # (rating, count) from 5 down to 1
    feedback: list


def summarise(event):
    feedback = list(event.feedback_responses.select_related("booking"))
    counts = Counter(item.rating for item in feedback)
    average = round(sum(item.rating for item in feedback) / len(feedback), 1) if feedback else None
    return FeedbackSummary(
        responses=len(feedback),
        average=average,
        ratings=[(rating, counts[rating]) for rating in range(5, 0, -1)],
        feedback=feedback,
    )
