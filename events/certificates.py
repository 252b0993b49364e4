"""Certificates of attendance (PDF), for continuing professional development records."""

from django.utils import timezone

from home.pdf import make_pdf


def duration_text(duration):
    minutes = int(duration.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes:
        parts.append(f"{minutes} minutes")
    return " ".join(parts) or "0 minutes"


def certificate_pdf(booking):
    event = booking.event
    start = timezone.localtime(event.start)
    return make_pdf(
        "Certificate of attendance",
        [
            {
                "heading": booking.name,
                "paragraphs": [
                    f"attended {event.title}, run by the Planning for Safety national support "
                    "programme.",
                ],
            },
            {
                "heading": "Details for your CPD record",
                "paragraphs": [
                    f"Date: {start:%A %d %B %Y}",
                    f"Time: {start:%H:%M} to {timezone.localtime(event.end):%H:%M} (UK time)",
                    f"Duration: {duration_text(event.duration)}",
                    f"Format: {event.get_event_format_display()}",
                    f"Booking reference: {booking.reference}",
                ],
            },
        ],
    )
