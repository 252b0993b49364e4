"""Staff tools for an event's bookings: attendance, sign-in sheet, cancel, email everyone,
and the capacity report."""

import csv
import uuid

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.auth import permission_required
from wagtail.log_actions import log

from events.after_event import feedback_closes, summarise
from events.booking import BookingRefused, cancel_booking, move_booking, offer_place_by_hand
from events.capacity import capacity_rows, upcoming_events
from events.models import Booking, EventPage
from events.notifications import send_certificate
from home.emails import send_email
from home.ids import id_from

#: Staff who manage bookings (Editors): the permission, never a group's name, decides.
MANAGE_BOOKINGS = "events.change_booking"
staff_only = permission_required(MANAGE_BOOKINGS)
#: the capacity report's `?within=` longest window, in days
MAX_WITHIN_DAYS = 366


def confirmed_bookings(event):
    return event.bookings.filter(status=Booking.Status.CONFIRMED).order_by("name")


@staff_only
def attendance(request, event_id):
    """Tick who came; attendance is what certificates will rest on."""
    event = get_object_or_404(EventPage, pk=event_id)
    bookings = confirmed_bookings(event)
    if request.method == "POST":
        attended = {id_from(pk) for pk in request.POST.getlist("attended")} - {None}
        with transaction.atomic():
            for booking in bookings.select_for_update():
                newly_attended = booking.pk in attended and not booking.attended
                booking.attended = booking.pk in attended
                booking.save(update_fields=["attended"])
                if newly_attended:
                    send_certificate(booking)  # at most once per booking: its email key
        log(event, "events.attendance", user=request.user, data={"attended": len(attended)})
        messages.success(request, f"Attendance saved: {len(attended)} of {bookings.count()}.")
        return redirect("events_attendance", event_id=event.pk)
    waitlist = event.bookings.filter(
        status__in=[Booking.Status.WAITLISTED, Booking.Status.OFFERED]
    ).order_by("waitlist_position", "created_at")
    return TemplateResponse(
        request,
        "events/admin/attendance.html",
        {"event": event, "bookings": bookings, "waitlist": waitlist},
    )


@staff_only
def sign_in_sheet(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    return TemplateResponse(
        request,
        "events/admin/sign_in_sheet.html",
        {"event": event, "bookings": confirmed_bookings(event)},
    )


@staff_only
def staff_cancel_booking(request, booking_id):
    booking = get_object_or_404(Booking, pk=booking_id)
    if request.method == "POST":
        cancel_booking(booking, reason="by the programme team")
        log(booking.event, "events.booking.cancel", user=request.user, data={"booking": booking.pk})
        messages.success(request, f"The booking for {booking.name} was cancelled.")
    return redirect("events_attendance", event_id=booking.event_id)


@staff_only
def staff_offer_place(request, booking_id):
    """Offer a place to someone on the waitlist now, whatever their position."""
    booking = get_object_or_404(Booking, pk=booking_id)
    if request.method == "POST":
        try:
            offer_place_by_hand(booking)
        except BookingRefused as refusal:
            messages.error(request, str(refusal))
        else:
            log(
                booking.event,
                "events.waitlist.offer",
                user=request.user,
                data={"booking": booking.pk},
            )
            messages.success(request, f"{booking.name} has been offered a place by email.")
    return redirect("events_attendance", event_id=booking.event_id)


class MoveForm(forms.Form):
    event = forms.ModelChoiceField(
        label="Move to", queryset=EventPage.objects.none(), empty_label="Choose an event"
    )

    def __init__(self, *args, booking, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = (
            EventPage.objects.live()
            .filter(end__gte=timezone.now())
            .exclude(pk=booking.event_id)
            .order_by("start")
        )


@staff_only
def staff_move_booking(request, booking_id):
    booking = get_object_or_404(Booking.objects.select_related("event"), pk=booking_id)
    form = MoveForm(request.POST or None, booking=booking)
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["event"]
        try:
            moved = move_booking(booking, target)
        except BookingRefused as refusal:
            form.add_error("event", str(refusal))
        else:
            log(target, "events.booking.move", user=request.user, data={"from": booking.event_id})
            messages.success(request, f"{booking.name} now has a place at {target.title}.")
            return redirect("events_attendance", event_id=moved.event_id)
    return TemplateResponse(
        request, "events/admin/move_booking.html", {"booking": booking, "form": form}
    )


class MessageForm(forms.Form):
    subject = forms.CharField(max_length=200)
    message = forms.CharField(widget=forms.Textarea(attrs={"rows": 8}), max_length=10000)


@staff_only
def email_attendees(request, event_id):
    """One message to everyone with a confirmed place."""
    event = get_object_or_404(EventPage, pk=event_id)
    form = MessageForm(request.POST or None)
    bookings = list(confirmed_bookings(event))
    if request.method == "POST" and form.is_valid():
        batch = uuid.uuid4().hex
        for booking in bookings:
            send_email(
                f"event-message:{batch}:{booking.pk}",
                booking.email,
                "events/email/staff_message.txt",
                {"event": event, "booking": booking, **form.cleaned_data},
            )
        log(event, "events.message", user=request.user, data={"recipients": len(bookings)})
        messages.success(request, f"Your message is being sent to {len(bookings)} people.")
        return redirect("events_attendance", event_id=event.pk)
    return TemplateResponse(
        request,
        "events/admin/email_attendees.html",
        {"event": event, "form": form, "count": len(bookings)},
    )


@staff_only
def capacity_report(request):
    """Each upcoming event's capacity, places booked, the network members' share, places
    left and the waitlist; `?within=30` shows only events starting in the next 30 days."""
    within_days = id_from(request.GET.get("within", ""))
    if within_days is not None and not 0 < within_days <= MAX_WITHIN_DAYS:
        within_days = None
    events = upcoming_events(timezone.now(), within_days)
    return TemplateResponse(
        request,
        "events/admin/capacity_report.html",
        {"rows": capacity_rows(events), "within_days": within_days},
    )


@staff_only
def feedback_summary(request, event_id):
    """What attendees thought: the ratings, their average and every comment."""
    event = get_object_or_404(EventPage, pk=event_id)
    context = {"event": event, "summary": summarise(event), "closes": feedback_closes(event)}
    return TemplateResponse(request, "events/admin/feedback.html", context)


#: cells a spreadsheet would read as a formula begin with one of these
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@staff_only
def feedback_csv(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="feedback-{event.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(["Submitted", "Rating", "Comments", "Name", "Organisation"])
    for item in summarise(event).feedback:
        who = (item.booking.name, item.booking.organisation) if item.booking else ("Anonymous", "")
        row = [item.submitted_on.isoformat(), item.rating, item.comments, *who]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    log(
        event,
        "events.feedback.export",
        user=request.user,
        data={"rows": event.feedback_responses.count()},
    )
    return response
