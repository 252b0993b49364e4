"""Booking emails, sent through the task API so a slow mail server never slows a booking."""

from django.utils import timezone

from events.calendar import calendar_bytes, cancellation_bytes, next_sequence
from events.certificates import certificate_pdf
from events.links import booking_path
from home.emails import send_email

PDF = "application/pdf"


def booking_context(booking):
    event = booking.event
    return {
        "booking": booking,
        "event": event,
        "start": timezone.localtime(event.start),
        "end": timezone.localtime(event.end),
        "manage_path": booking_path(booking),
    }


def ics_attachment(booking, at_least):
    """The event for the person's calendar (METHOD:PUBLISH), above all they were sent of it:
    SEQUENCE `at_least` or higher (events/calendar.py, next_sequence)."""
    sequence = next_sequence(booking, at_least)
    content = calendar_bytes([booking.event], booking, sequence).decode()
    return ("event.ics", content, "text/calendar")


def cancellation_attachment(booking, at_least):
    """Removes the event from the person's calendar (METHOD:CANCEL, a higher SEQUENCE)."""
    sequence = next_sequence(booking, at_least)
    content = cancellation_bytes(booking.event, booking.email, sequence).decode()
    return ("cancel-event.ics", content, "text/calendar; method=CANCEL")


def send_confirmation(booking):
    send_email(
        f"booking-confirmed:{booking.pk}",
        booking.email,
        "events/email/booking_confirmed.txt",
        booking_context(booking),
        attachments=[ics_attachment(booking, booking.event.sequence)],
    )


def send_cancellation(booking, reason):
    """One past every update the person was sent, so their calendar takes the cancellation."""
    send_email(
        f"booking-cancelled:{booking.pk}",
        booking.email,
        "events/email/booking_cancelled.txt",
        {**booking_context(booking), "reason": reason},
        attachments=[cancellation_attachment(booking, booking.event.sequence + 1)],
    )


def send_event_updated(booking, sequence):
    """`sequence` is the event's new one; the person's file may go higher (next_sequence)."""
    send_email(
        f"event-updated:{booking.event_id}:{sequence}:{booking.pk}",
        booking.email,
        "events/email/event_updated.txt",
        booking_context(booking),
        attachments=[ics_attachment(booking, sequence)],
    )


def send_event_cancelled(booking, sequence):
    send_email(
        f"event-cancelled:{booking.event_id}:{booking.pk}",
        booking.email,
        "events/email/event_cancelled.txt",
        booking_context(booking),
        attachments=[cancellation_attachment(booking, sequence)],
    )


def send_certificate(booking):
    """The certificate of attendance, once, when staff first mark the person as attended."""
    send_email(
        f"certificate:{booking.pk}",
        booking.email,
        "events/email/certificate.txt",
        booking_context(booking),
        attachments=[(f"certificate-{booking.event.slug}.pdf", certificate_pdf(booking), PDF)],
    )


def send_materials(booking):
    """Slides, recording and reading are on the booking page: one email, the first time."""
    return send_email(
        f"materials:{booking.pk}",
        booking.email,
        "events/email/materials.txt",
        {**booking_context(booking), "materials": list(booking.event.materials.all())},
    )


def send_feedback_request(booking):
    return send_email(
        f"feedback-request:{booking.pk}",
        booking.email,
        "events/email/feedback_request.txt",
        booking_context(booking),
    )


def send_reminder(booking):
    send_email(
        # A moved event is reminded of again: one reminder per time and place told.
        f"event-reminder:{booking.pk}:{booking.event.sequence}",
        booking.email,
        "events/email/reminder.txt",
        booking_context(booking),
        attachments=[ics_attachment(booking, booking.event.sequence)],
    )


def send_link_again(booking):
    """Someone asked to book with an address that already holds a booking: its link goes to
    that address only (at most once per 10 minutes), never to whoever typed it."""
    bucket = int(timezone.now().timestamp()) // 600
    send_email(
        f"booking-link-again:{booking.pk}:{bucket}",
        booking.email,
        "events/email/booking_link_again.txt",
        booking_context(booking),
    )


def send_waitlisted(booking):
    send_email(
        f"booking-waitlisted:{booking.pk}",
        booking.email,
        "events/email/waitlisted.txt",
        booking_context(booking),
    )


def send_offer(booking):
    send_email(
        f"booking-offer:{booking.pk}:{booking.offer_expires_at:%Y%m%d%H%M%S}",
        booking.email,
        "events/email/place_offered.txt",
        {**booking_context(booking), "expires": timezone.localtime(booking.offer_expires_at)},
    )
