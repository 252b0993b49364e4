"""When an event is full: the waitlist, offers of freed places, expiry and hand-over."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.booking import (
    BookingRefused,
    book_place,
    cancel_booking,
    claim_offer,
    expire_offers,
    join_waitlist,
    offer_place_by_hand,
)
from events.links import booking_token
from events.models import Booking
from tests.events.helpers import NOW, booking_details, make_event
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def full_event(events_index):
    event = make_event(events_index, capacity=1, start=NOW + datetime.timedelta(days=20))
    book_place(event, None, booking_details("booked@example.org"))
    return event


def status_of(email):
    return Booking.objects.get(
        email=email, status__in=["confirmed", "waitlisted", "offered", "expired"]
    ).status


def test_people_join_the_waitlist_only_when_the_event_is_full(events_index, full_event):
    open_event = make_event(events_index, slug="open")
    with pytest.raises(BookingRefused, match="Places are available"):
        join_waitlist(open_event, None, booking_details())
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(full_event, None, booking_details("late@example.org"))
    entry, created = join_waitlist(full_event, None, booking_details("late@example.org"))
    assert created and entry.status == "waitlisted" and entry.waitlist_position == 1
    again, created_again = join_waitlist(full_event, None, booking_details("late@example.org"))
    assert not created_again and again.pk == entry.pk


def test_a_freed_place_is_offered_to_the_first_in_line_by_email(
    full_event, mailoutbox, django_capture_on_commit_callbacks
):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    join_waitlist(full_event, None, booking_details("second@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        cancel_booking(Booking.objects.get(email="booked@example.org"))
    assert status_of("first@example.org") == "offered"
    assert status_of("second@example.org") == "waitlisted"
    offer = next(m for m in mailoutbox if m.subject.startswith("A place is free"))
    assert offer.to == ["first@example.org"]
    first = Booking.objects.get(email="first@example.org")
    assert booking_token(first) in offer.body


def test_offered_places_count_against_capacity(full_event):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(full_event, None, booking_details("newcomer@example.org"))


def test_claiming_an_offer_confirms_the_place(
    client, full_event, mailoutbox, django_capture_on_commit_callbacks
):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    first = Booking.objects.get(email="first@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(full_event.url + f"booking/{booking_token(first)}/", {"action": "claim"})
    assert status_of("first@example.org") == "confirmed"
    assert any(m.subject.startswith("Your place is booked") for m in mailoutbox)


def test_an_unclaimed_offer_expires_and_passes_to_the_next_person(full_event):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    join_waitlist(full_event, None, booking_details("second@example.org"))
    cancelled_at = timezone.now()  # not the module's NOW: a long run may start this test late
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    first = Booking.objects.get(email="first@example.org")
    assert first.offer_expires_at - cancelled_at <= datetime.timedelta(hours=48, minutes=5)
    assert expire_offers(now=first.offer_expires_at - HOUR) == 0
    assert status_of("first@example.org") == "offered"
    assert expire_offers(now=first.offer_expires_at) == 1
    assert status_of("first@example.org") == "expired"
    assert status_of("second@example.org") == "offered"
    with pytest.raises(BookingRefused, match="expired"):
        claim_offer(first)


def test_offers_are_shorter_close_to_the_event(events_index):
    soon = make_event(
        events_index, slug="soon", capacity=1, start=NOW + datetime.timedelta(hours=10)
    )
    book_place(soon, None, booking_details("booked@example.org"))
    join_waitlist(soon, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    offer = Booking.objects.get(email="first@example.org")
    assert offer.offer_expires_at <= soon.start - datetime.timedelta(hours=4)


def test_staff_order_decides_who_is_offered_first(full_event):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    second, _ = join_waitlist(full_event, None, booking_details("second@example.org"))
    Booking.objects.filter(pk=second.pk).update(waitlist_position=0)
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    assert status_of("second@example.org") == "offered"
    assert status_of("first@example.org") == "waitlisted"


def test_staff_can_offer_a_place_by_hand(full_event):
    entry, _ = join_waitlist(full_event, None, booking_details("first@example.org"))
    offer_place_by_hand(entry)
    assert status_of("first@example.org") == "offered"


def test_the_offer_command_is_safe_to_repeat(full_event):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    Booking.objects.filter(email="first@example.org").update(offer_expires_at=NOW - HOUR)
    for _ in range(3):
        call_command("process_waitlist_offers", stdout=io.StringIO())
    assert status_of("first@example.org") == "expired"


def test_full_events_say_waitlist_only_and_offer_to_join(client, full_event):
    html = client.get(full_event.url).content.decode()
    assert "Waitlist only" in html and "Join the waitlist" in html
    response = client.post(
        full_event.url + "book/", {**booking_details("w@example.org"), "consent": "on"}
    )
    assert response.status_code == 302
    assert status_of("w@example.org") == "waitlisted"


@pytest.mark.parametrize("url", ["/events/", "/search/?q=webinar"])
def test_listings_and_search_count_a_place_on_offer_as_taken(client, events_index, url):
    event = make_event(events_index, capacity=2, title="Offer webinar", slug="offers")
    make_event(events_index, capacity=3, title="Other webinar", slug="other")
    book_place(event, None, booking_details("booked@example.org"))
    book_place(event, None, booking_details("leaving@example.org"))
    join_waitlist(event, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="leaving@example.org"))
    assert status_of("first@example.org") == "offered"
    index_everything()

    html = client.get(url).content.decode()

    assert "3 places left" in html  # the other event's label is shown
    assert "1 place left" not in html
    assert "Waitlist only" in html


def test_a_lapsed_offer_with_nobody_waiting_frees_the_place_on_cached_pages_at_once(
    full_event, client
):
    join_waitlist(full_event, None, booking_details("first@example.org"))
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    offered = Booking.objects.get(email="first@example.org")
    assert "Waitlist only" in client.get(full_event.url).content.decode()  # now cached
    expire_offers(now=offered.offer_expires_at)
    assert status_of("first@example.org") == "expired"
    assert "1 place left" in client.get(full_event.url).content.decode()


def test_the_offer_window_is_waitlist_offer_minutes_long(full_event, settings):
    settings.WAITLIST_OFFER_MINUTES = 3
    join_waitlist(full_event, None, booking_details("first@example.org"))
    before = timezone.now()
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    after = timezone.now()
    expires = Booking.objects.get(email="first@example.org").offer_expires_at
    assert before + 3 * MINUTE <= expires <= after + 3 * MINUTE
