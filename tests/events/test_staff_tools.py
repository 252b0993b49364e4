"""Programme staff manage bookings: lists, export, attendance, cancelling, messages, capacity."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission

from events.booking import book_place
from events.models import Booking, EventStatus
from tests.events.helpers import booking_details, make_event
from tests.factories import UserFactory, make_home_page, make_standard_page
from tests.network.helpers import make_area, make_member
from tests.pdf import pdf_text
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    staff = UserFactory(email="staff@example.org")
    staff.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, staff)
    return client


@pytest.fixture
def event_with_bookings(events_index):
    event = make_event(events_index, capacity=4)
    member = make_member(make_area("Harrowfield Council"), email="member@example.org")
    book_place(
        event,
        type(member).objects.get(pk=member.pk),
        booking_details("member@example.org", name="Mo Member"),
    )
    book_place(
        event,
        None,
        booking_details(
            "public@example.org", name="Pat Public", access_requirements="Hearing loop"
        ),
    )
    return event


def test_bookings_list_filters_and_exports(staff_client, event_with_bookings):
    listing = staff_client.get("/admin/events/booking/", {"network_member__exact": "1"})
    html = listing.content.decode()
    assert "Mo Member" in html and "Pat Public" not in html
    export = staff_client.get("/admin/events/booking/", {"export": "csv"})
    text = b"".join(export.streaming_content).decode()
    assert "public@example.org" in text and "Hearing loop" in text


def test_staff_mark_attendance(staff_client, event_with_bookings):
    pat = Booking.objects.get(email="public@example.org")
    response = staff_client.post(
        f"/admin/events/{event_with_bookings.pk}/attendance/", {"attended": [pat.pk]}
    )
    assert response.status_code == 302
    assert Booking.objects.get(pk=pat.pk).attended is True
    assert Booking.objects.get(email="member@example.org").attended is False


def test_attendees_get_their_certificate_by_email_once_when_marked(
    staff_client, event_with_bookings, mailoutbox, django_capture_on_commit_callbacks
):
    pat = Booking.objects.get(email="public@example.org")
    url = f"/admin/events/{event_with_bookings.pk}/attendance/"
    for _ in range(2):  # saving the register again sends nothing new
        with django_capture_on_commit_callbacks(execute=True):
            staff_client.post(url, {"attended": [pat.pk]})
    (message,) = [m for m in mailoutbox if m.subject.startswith("Your certificate")]
    assert message.to == ["public@example.org"]
    ((filename, content, mimetype),) = message.attachments
    assert filename.endswith(".pdf") and mimetype == "application/pdf"
    assert content.startswith(b"%PDF-") and pat.name in pdf_text(content)


def test_attendance_ignores_values_that_are_not_booking_ids(staff_client, event_with_bookings):
    pat = Booking.objects.get(email="public@example.org")
    response = staff_client.post(
        f"/admin/events/{event_with_bookings.pk}/attendance/",
        {"attended": [pat.pk, "²", "9" * 5000]},
    )
    assert response.status_code == 302
    assert Booking.objects.get(pk=pat.pk).attended is True


def test_sign_in_sheet_lists_confirmed_attendees(staff_client, event_with_bookings):
    html = staff_client.get(
        f"/admin/events/{event_with_bookings.pk}/sign-in-sheet/"
    ).content.decode()
    assert "Mo Member" in html and "Pat Public" in html and "Signature" in html


def test_staff_cancel_a_booking_and_the_attendee_is_told(
    staff_client, event_with_bookings, mailoutbox, django_capture_on_commit_callbacks
):
    pat = Booking.objects.get(email="public@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/events/bookings/{pat.pk}/cancel/")
    assert Booking.objects.get(pk=pat.pk).status == "cancelled"
    assert "by the programme team" in mailoutbox[-1].body


def test_email_everyone_booked(
    staff_client, event_with_bookings, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            f"/admin/events/{event_with_bookings.pk}/email/",
            {"subject": "Room change", "message": "We have moved to room 2."},
        )
    sent = [m for m in mailoutbox if m.subject == "Room change"]
    assert sorted(m.to[0] for m in sent) == ["member@example.org", "public@example.org"]


def test_capacity_report_shows_booked_and_member_share(staff_client, event_with_bookings):
    html = staff_client.get("/admin/reports/event-capacity/").content.decode()
    assert event_with_bookings.title in html
    assert 'aria-label="2 of 4 places booked, 1 by network members"' in html


@pytest.mark.parametrize("within", ["abc", "0", "367", "99999999999999999999", "-5"])
def test_the_capacity_report_ignores_a_window_it_cannot_use(staff_client, events_index, within):
    make_event(events_index, title="Far ahead", start=timezone.now() + datetime.timedelta(days=200))
    response = staff_client.get(f"/admin/reports/event-capacity/?within={within}")
    assert response.status_code == 200
    assert "Far ahead" in response.content.decode()


@pytest.mark.parametrize("url", ["/admin/reports/event-capacity/", "/admin/"])
def test_the_capacity_report_and_dashboard_list_only_published_events_going_ahead(
    staff_client, events_index, url
):
    soon = timezone.now() + datetime.timedelta(days=3)
    make_event(events_index, title="Going ahead", slug="ahead", start=soon)
    make_event(
        events_index, title="Put off", slug="put-off", start=soon, status=EventStatus.POSTPONED
    )
    make_event(
        events_index, title="Called off", slug="off", start=soon, status=EventStatus.CANCELLED
    )
    make_event(events_index, title="Still a draft", slug="draft", start=soon).unpublish()
    html = staff_client.get(url).content.decode()
    assert "Going ahead" in html and "Put off" in html
    assert "Called off" not in html and "Still a draft" not in html


def test_the_capacity_report_marks_a_postponed_event(staff_client, events_index):
    soon = timezone.now() + datetime.timedelta(days=3)
    make_event(events_index, title="Put off", slug="put-off", start=soon, status="postponed")
    make_event(events_index, title="Going ahead", slug="ahead", start=soon)
    html = staff_client.get("/admin/reports/event-capacity/").content.decode()
    assert html.count("postponed</strong>, taking no new bookings") == 1


def page_editor_without_bookings():
    """Someone who may edit every page but not manage bookings."""
    group = Group.objects.create(name="Page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=make_home_page(), permission_type="change")
    person = UserFactory(email="pages@example.org")
    person.groups.add(group)
    return person


def test_an_events_edit_page_links_to_its_bookings_for_staff_who_manage_them(
    staff_client, client, events_index
):
    event = make_event(events_index)
    bookings = f'href="/admin/events/{event.pk}/attendance/"'
    assert bookings in staff_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    page = make_standard_page(make_home_page())
    other = staff_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "/attendance/" not in other
    # the same client as staff_client, now signed in as someone else
    sign_in_with_second_factor(client, page_editor_without_bookings())
    response = client.get(f"/admin/pages/{event.pk}/edit/")
    assert response.status_code == 200 and bookings not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/admin/reports/event-capacity/", "/admin/events/booking/"],
)
def test_members_cannot_use_staff_tools(client, url):
    client.force_login(make_member(make_area("Eastmere Trust")))
    assert client.get(url).status_code in (302, 403)


def test_staff_see_the_waitlist_and_offer_a_place_by_hand(staff_client, events_index):
    from events.booking import join_waitlist

    event = make_event(events_index, slug="tiny", capacity=1)
    book_place(event, None, booking_details("booked@example.org"))
    entry, _ = join_waitlist(
        event, None, booking_details("waiting@example.org", name="Wren Waiting")
    )
    html = staff_client.get(f"/admin/events/{event.pk}/attendance/").content.decode()
    assert "Wren Waiting" in html and "Offer Wren Waiting a place" in html
    staff_client.post(f"/admin/events/bookings/{entry.pk}/offer/")
    assert Booking.objects.get(pk=entry.pk).status == "offered"


def test_staff_move_a_booking_to_another_event(
    staff_client, events_index, event_with_bookings, mailoutbox, django_capture_on_commit_callbacks
):
    other = make_event(events_index, slug="other", title="Second date", capacity=1)
    pat = Booking.objects.get(email="public@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/events/bookings/{pat.pk}/move/", {"event": other.pk})
    assert response.status_code == 302
    assert Booking.objects.get(pk=pat.pk).status == "cancelled"
    moved = Booking.objects.get(event=other, email="public@example.org")
    assert moved.status == "confirmed" and moved.access_requirements == "Hearing loop"
    assert any(m.subject == "Your place is booked: Second date" for m in mailoutbox)


def test_moving_to_a_full_event_is_refused_next_to_the_field(
    staff_client, events_index, event_with_bookings
):
    full = make_event(events_index, slug="full", title="Full date", capacity=1)
    book_place(full, None, booking_details("someone@example.org"))
    pat = Booking.objects.get(email="public@example.org")
    response = staff_client.post(f"/admin/events/bookings/{pat.pk}/move/", {"event": full.pk})
    assert "That event is full." in response.content.decode()
    assert Booking.objects.get(pk=pat.pk).status == "confirmed"
