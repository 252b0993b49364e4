"""After an event: materials for attendees (one email) and feedback (once, for a month)."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from events.after_event import FEEDBACK_DAYS, FeedbackRefused, record_feedback, request_feedback
from events.booking import book_place, cancel_booking
from events.links import booking_path
from events.models import Booking, EventPage, Feedback
from tests.events.helpers import NOW, booking_details, make_event
from tests.factories import UserFactory
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def ended(events_index):
    """An event that ended three hours ago: Ash came, Bo was marked absent, Cy cancelled."""
    event = make_event(events_index, start=NOW - 5 * HOUR)
    for email in ("ash@example.org", "bo@example.org", "cy@example.org"):
        book_place(
            event,
            None,
            booking_details(email, name=email.split("@")[0].title()),
            now=NOW - 9 * HOUR,
        )
    Booking.objects.filter(email="bo@example.org").update(attended=False)
    cancel_booking(Booking.objects.get(email="cy@example.org"))
    return EventPage.objects.get(pk=event.pk)


def booking(email):
    return Booking.objects.select_related("event").get(email=email)


def add_materials(event, *materials):
    event = EventPage.objects.get(pk=event.pk)
    for kind, title, url in materials:
        event.materials.create(kind=kind, title=title, url=url)
    event.save_revision().publish()


def test_attendees_are_emailed_once_when_materials_are_first_published(
    ended, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        add_materials(ended, ("slides", "Slides", "https://pfs.example/slides"))
        add_materials(ended, ("recording", "Recording", "https://pfs.example/rec"))
    emails = [m for m in mailoutbox if m.subject.startswith("Materials from")]
    assert [m.to for m in emails] == [["ash@example.org"]]
    assert "Slides: Slides" in emails[0].body
    assert booking_path(booking("ash@example.org")) in emails[0].body


def test_attendees_see_the_materials_on_their_booking_page_others_do_not(client, ended):
    add_materials(ended, ("reading", "Further reading list", "https://pfs.example/read"))
    ash = client.get(booking_path(booking("ash@example.org"))).content.decode()
    assert 'href="https://pfs.example/read">Further reading list</a>' in ash
    for email in ("bo@example.org", "cy@example.org"):
        page = client.get(booking_path(booking(email))).content.decode()
        assert "Further reading list" not in page


def test_a_material_needs_a_document_or_a_web_address(ended):
    from django.core.exceptions import ValidationError

    material = ended.materials.model(page=ended, kind="slides", title="Slides")
    with pytest.raises(ValidationError, match="document or give a web address"):
        material.clean()


def feedback_url(email):
    return booking_path(booking(email)) + "feedback/"


def test_an_attendee_gives_feedback_once_with_their_name(client, ended):
    url = feedback_url("ash@example.org")
    response = client.post(url, {"rating": "4", "comments": "Clear and useful."})
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert (feedback.rating, feedback.comments, feedback.booking.email) == (
        4,
        "Clear and useful.",
        "ash@example.org",
    )
    client.post(url, {"rating": "1"})
    assert Feedback.objects.count() == 1
    assert "already given feedback" in client.get(url).content.decode()
    page = client.get(booking_path(feedback.booking)).content.decode()
    assert "Thank you for your feedback." in page


def test_anonymous_feedback_keeps_no_link_to_the_person(client, ended):
    client.post(feedback_url("ash@example.org"), {"rating": "5", "anonymous": "on"})
    feedback = Feedback.objects.get()
    assert feedback.booking is None
    assert booking("ash@example.org").feedback_given_on == timezone.localdate()


def test_a_missing_or_impossible_rating_is_an_error_by_the_field_and_saves_nothing(client, ended):
    for data, error in (
        ({"comments": "A comment kept"}, "Choose a rating from 1 to 5."),
        ({"rating": "7"}, "Select a valid choice. 7 is not one of the available choices."),
    ):
        html = client.post(feedback_url("ash@example.org"), data).content.decode()
        assert 'class="field field--error"' in html and error in html
        assert "A comment kept" in html or "comments" not in data
    assert not Feedback.objects.exists()


def test_feedback_is_only_for_attendees_after_the_event_and_for_a_month(ended, events_index):
    with pytest.raises(FeedbackRefused, match="people who attended"):
        record_feedback(booking("bo@example.org"), 3, "", False)
    with pytest.raises(FeedbackRefused, match="has closed"):
        later = ended.end + datetime.timedelta(days=FEEDBACK_DAYS)
        record_feedback(booking("ash@example.org"), 3, "", False, now=later)
    upcoming = make_event(events_index, slug="upcoming")
    book_place(upcoming, None, booking_details("dee@example.org"))
    with pytest.raises(FeedbackRefused, match="opens when the event has ended"):
        record_feedback(booking("dee@example.org"), 3, "", False)


def test_attendees_are_asked_for_feedback_once_and_not_after_giving_it(
    ended, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_feedback_requests", stdout=io.StringIO())
    asked = [m for m in mailoutbox if m.subject.startswith("How was")]
    assert [m.to for m in asked] == [["ash@example.org"]]
    assert feedback_url("ash@example.org") in asked[0].body


def test_no_feedback_request_before_the_event_has_been_over_for_two_hours(ended):
    assert request_feedback(now=ended.end + HOUR) == (0, 0)
    record_feedback(booking("ash@example.org"), 5, "", False)
    assert request_feedback() == (0, 0)  # given already: never asked


def test_staff_read_the_summary_and_download_the_csv_safely(ended, client):
    record_feedback(booking("ash@example.org"), 4, '=HYPERLINK("x")', False)
    Feedback.objects.create(event=ended, rating=2, comments="Too long")
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, editor)
    html = client.get(f"/admin/events/{ended.pk}/feedback/").content.decode()
    assert "<strong>3.0</strong> out of 5 on average, from 2 responses" in html
    assert "Anonymous" in html and "Ash, Harrowfield Council" in html
    response = client.get(f"/admin/events/{ended.pk}/feedback.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Submitted", "Rating", "Comments", "Name", "Organisation"]
    assert rows[1][2:] == ['\'=HYPERLINK("x")', "Ash", "Harrowfield Council"]
    assert rows[2][3] == "Anonymous"
