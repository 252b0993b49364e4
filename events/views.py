"""Booking pages of an event (routes of EventPage, which passes itself as `event`)."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from events.after_event import FeedbackRefused, feedback_refusal, record_feedback
from events.booking import (
    BookingRefused,
    book_place,
    booking_state,
    cancel_booking,
    claim_offer,
    join_waitlist,
)
from events.calendar import calendar_bytes, sequence_sent
from events.certificates import certificate_pdf
from events.forms import BookingForm, FeedbackForm
from events.links import booking_from_token, booking_path
from events.notifications import send_link_again
from events.records import Booking
from home import limits


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def holds_address(user, email):
    """Whether the signed-in person has proved this address is theirs."""
    return getattr(user, "verified_email", None) == email


def book_event(request, event):
    state = booking_state(event, request.user)
    waitlist = state.phase == "full"
    form = BookingForm(request.POST or None, event=event, user=request.user)
    verdict = limits.check_form_post(request, "booking", form, "booking attempts")
    if request.method == "POST" and form.is_valid():
        take = join_waitlist if waitlist else book_place
        try:
            booking, created = take(event, request.user, form.booking_details())
        except BookingRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(event.url)
        if not created and not holds_address(request.user, booking.email):
            send_link_again(booking)
            messages.info(
                request,
                "This email address already has a booking or waitlist place for this event. "
                "We have emailed its link to that address.",
            )
            return redirect(event.url)
        if not created:
            messages.info(request, "You already have a booking or waitlist place for this event.")
        elif waitlist:
            messages.success(
                request, "You are on the waitlist. We will email you if a place comes free."
            )
        else:
            messages.success(request, "Your place is booked. We have emailed your confirmation.")
        return redirect(booking_path(booking))
    context = {"page": event, "form": form, "booking_state": state, "waitlist": waitlist}
    response = private(TemplateResponse(request, "events/book.html", context))
    return limits.refuse(response, verdict)


def invalid_link(request, event):
    """A bad, altered or no longer usable booking link: 404 with a way back to the event."""
    return private(
        TemplateResponse(request, "events/booking_link_invalid.html", {"page": event}, status=404)
    )


def manage_booking(request, event, token):
    booking = booking_from_token(event, token)
    if booking is None:
        return invalid_link(request, event)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "cancel":
        cancel_booking(booking)
        messages.success(request, "Your booking has been cancelled.")
        return redirect(request.path)
    if action == "claim":
        try:
            claim_offer(booking)
        except BookingRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, "The place is yours. We have emailed your confirmation.")
        return redirect(request.path)
    context = {
        "page": event,
        "booking": booking,
        "token": token,
        "may_give_feedback": feedback_refusal(booking, timezone.now()) is None,
        "materials": shared_materials(booking),
    }
    return private(TemplateResponse(request, "events/booking.html", context))


def shared_materials(booking):
    """The event's materials, for attendees."""
    if booking.status != Booking.Status.CONFIRMED or booking.attended is False:
        return []
    return list(booking.event.materials.select_related("document"))


def give_feedback(request, event, token):
    """An attendee's rating and comments, once, from the end of the event for a month."""
    booking = booking_from_token(event, token)
    if booking is None:
        return invalid_link(request, event)
    refusal = feedback_refusal(booking, timezone.now())
    form = FeedbackForm(request.POST or None)
    if refusal is None and request.method == "POST" and form.is_valid():
        try:
            record_feedback(booking, **form.cleaned_data)
        except FeedbackRefused as late:
            messages.error(request, str(late))
        else:
            messages.success(request, "Thank you for your feedback.")
        return redirect(booking_path(booking))
    context = {
        "page": event,
        "booking": booking,
        "token": token,
        "form": form,
        "refusal": refusal,
    }
    return private(TemplateResponse(request, "events/feedback.html", context))


def ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def booking_calendar(request, event, token):
    """The attendee's .ics, with joining details."""
    booking = booking_from_token(event, token)
    if booking is None or booking.status != Booking.Status.CONFIRMED:
        return invalid_link(request, event)
    content = calendar_bytes([event], booking, sequence_sent(booking))
    return private(ics_response(content, f"{event.slug}.ics"))


def event_calendar(request, event):
    """The public .ics: never the joining details."""
    return ics_response(calendar_bytes([event]), f"{event.slug}.ics")


def attendance_certificate(request, event, token):
    """A PDF certificate of attendance, for people staff marked as attended."""
    booking = booking_from_token(event, token)
    if booking is None or booking.status != Booking.Status.CONFIRMED or not booking.attended:
        return invalid_link(request, event)
    response = HttpResponse(certificate_pdf(booking), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{event.slug}.pdf"'
    return private(response)
