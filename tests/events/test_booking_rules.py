"""The booking rules, enforced on the server."""

import datetime
import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from events.booking import BookingRefused, book_place, booking_state, cancel_booking
from events.models import Booking
from tests.events.helpers import NOW, booking_details, make_event
from tests.network.helpers import make_area, make_member

pytestmark = pytest.mark.django_db
SECOND = datetime.timedelta(seconds=1)
ANONYMOUS = AnonymousUser()


@pytest.fixture
def member(db):
    return make_member(make_area("Harrowfield Council"), email="member@example.org")


@pytest.fixture
def chair(db):
    return make_member(make_area("Eastmere Trust"), roles=("chair",), email="chair@example.org")


def fresh(user):
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def windowed(events_index):
    """Priority booking opens in an hour; general booking opens in a day."""
    return make_event(
        events_index,
        priority_booking_opens=NOW + datetime.timedelta(hours=1),
        general_booking_opens=NOW + datetime.timedelta(days=1),
    )


def test_members_may_book_from_the_first_second_of_the_priority_window(windowed, member):
    opens = windowed.priority_booking_opens
    assert booking_state(windowed, fresh(member), opens - SECOND).phase == "not-open"
    assert booking_state(windowed, fresh(member), opens).phase == "priority"
    booking, created = book_place(
        windowed, fresh(member), booking_details(member.email), now=opens + SECOND
    )
    assert created and booking.network_member


def test_others_wait_until_general_booking_opens(windowed):
    opens = windowed.general_booking_opens
    state = booking_state(windowed, ANONYMOUS, opens - SECOND)
    assert state.phase == "not-open" and state.opens_at == opens and state.priority_window_open
    with pytest.raises(BookingRefused, match="Booking has not opened yet"):
        book_place(windowed, ANONYMOUS, booking_details(), now=opens - SECOND)
    assert booking_state(windowed, ANONYMOUS, opens).phase == "open"
    assert book_place(windowed, ANONYMOUS, booking_details(), now=opens)[1]


def test_booking_closes_at_the_closing_time(events_index):
    event = make_event(events_index, booking_closes=NOW + datetime.timedelta(days=2))
    closes = event.booking_closes
    assert booking_state(event, ANONYMOUS, closes - SECOND).phase == "open"
    assert booking_state(event, ANONYMOUS, closes).phase == "closed"
    with pytest.raises(BookingRefused, match="Booking has closed"):
        book_place(event, ANONYMOUS, booking_details(), now=closes)


def test_booking_closes_at_the_start_by_default(events_index):
    event = make_event(events_index)
    assert booking_state(event, ANONYMOUS, event.start).phase == "closed"


@pytest.mark.parametrize(
    ("who", "anonymous", "member_may", "chair_may"),
    [
        ("public", True, True, True),
        ("members", False, True, True),
        ("chairs", False, False, True),
    ],
)
def test_who_may_book(events_index, member, chair, who, anonymous, member_may, chair_may):
    event = make_event(events_index, who_may_book=who)
    assert booking_state(event, ANONYMOUS).can_book is anonymous
    assert booking_state(event, fresh(member)).can_book is member_may
    assert booking_state(event, fresh(chair)).can_book is chair_may


def test_priority_places_are_booked_with_the_members_own_address(windowed, member):
    in_window = windowed.priority_booking_opens + SECOND
    with pytest.raises(BookingRefused, match=r"use your own email address \(member@example.org\)"):
        book_place(windowed, fresh(member), booking_details("colleague@example.org"), in_window)
    assert not Booking.objects.exists()
    booking, created = book_place(windowed, fresh(member), booking_details(member.email), in_window)
    assert created and booking.user == member


def test_a_colleague_can_be_booked_once_general_booking_opens(windowed, member):
    opens = windowed.general_booking_opens
    with pytest.raises(BookingRefused, match="A colleague can book from"):
        book_place(
            windowed, fresh(member), booking_details("colleague@example.org"), opens - SECOND
        )
    booking, created = book_place(
        windowed, fresh(member), booking_details("colleague@example.org"), now=opens
    )
    assert created and booking.email == "colleague@example.org"


def test_an_unverified_address_never_holds_a_priority_place(windowed, member):
    in_window = windowed.priority_booking_opens + SECOND
    unproven = fresh(member)
    unproven.email_verified_at = None
    with pytest.raises(BookingRefused):
        book_place(windowed, unproven, booking_details(member.email), in_window)


@pytest.mark.parametrize(("who", "person"), [("members", "member"), ("chairs", "chair")])
def test_restricted_events_are_booked_by_each_person_for_themselves(
    events_index, member, chair, who, person
):
    """Even in general booking: the place is for the member or Chair, not whoever they name."""
    event = make_event(events_index, who_may_book=who)
    holder = fresh({"member": member, "chair": chair}[person])
    with pytest.raises(BookingRefused, match="booked by each person for themselves"):
        book_place(event, holder, booking_details("colleague@example.org"))
    assert book_place(event, holder, booking_details(holder.email))[1]


@pytest.mark.parametrize("status", ["cancelled", "postponed"])
def test_cancelled_and_postponed_events_take_no_bookings(events_index, status):
    event = make_event(events_index, status=status)
    with pytest.raises(BookingRefused):
        book_place(event, ANONYMOUS, booking_details())


def test_capacity_and_overbooking_allowance(events_index):
    event = make_event(events_index, capacity=2, overbooking_allowance=1)
    for number in range(3):
        book_place(event, ANONYMOUS, booking_details(f"p{number}@example.org"))
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(event, ANONYMOUS, booking_details("late@example.org"))
    assert Booking.objects.filter(event=event, status="confirmed").count() == 3


def test_places_held_back_are_not_available_in_the_priority_window(events_index, member):
    event = make_event(
        events_index,
        capacity=2,
        places_held_for_general_booking=1,
        priority_booking_opens=NOW - datetime.timedelta(hours=1),
        general_booking_opens=NOW + datetime.timedelta(hours=1),
    )
    book_place(event, fresh(member), booking_details("member@example.org"))
    other = make_member(make_area("Wyle Council"), email="other@example.org")
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(event, fresh(other), booking_details("other@example.org"))
    later = event.general_booking_opens
    assert book_place(event, ANONYMOUS, booking_details("public@example.org"), now=later)[1]


def test_a_repeated_submission_returns_the_existing_booking(events_index):
    event = make_event(events_index)
    first, created = book_place(event, ANONYMOUS, booking_details("Ash@Example.org"))
    again, created_again = book_place(event, ANONYMOUS, booking_details("ash@example.org"))
    assert created and not created_again and again.pk == first.pk
    assert Booking.objects.filter(event=event).count() == 1


def test_cancelling_frees_the_place(events_index):
    event = make_event(events_index, capacity=1)
    booking, _ = book_place(event, ANONYMOUS, booking_details("a@example.org"))
    cancel_booking(booking)
    assert book_place(event, ANONYMOUS, booking_details("b@example.org"))[1]


def test_a_cancelled_booking_does_not_stop_the_person_booking_again(events_index):
    event = make_event(events_index)
    booking, _ = book_place(event, ANONYMOUS, booking_details("a@example.org"))
    cancel_booking(booking)
    again, created = book_place(event, ANONYMOUS, booking_details("a@example.org"))
    assert created and again.pk != booking.pk


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_never_overbook(events_index):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    event = make_event(events_index, capacity=10)
    for number in range(7):
        book_place(event, ANONYMOUS, booking_details(f"early{number}@example.org"))
    attempts = 24
    barrier = threading.Barrier(attempts)
    outcomes = []

    def attempt(number):
        try:
            barrier.wait()
            book_place(event, AnonymousUser(), booking_details(f"late{number}@example.org"))
            outcomes.append("booked")
        except BookingRefused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("booked") == 3 and outcomes.count("refused") == attempts - 3
    assert Booking.objects.filter(event=event, status="confirmed").count() == 10


@pytest.mark.django_db(transaction=True)
def test_parallel_resubmissions_make_one_booking(events_index):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    event = make_event(events_index)
    barrier = threading.Barrier(8)
    ids = []

    def submit():
        try:
            barrier.wait()
            ids.append(book_place(event, AnonymousUser(), booking_details())[0].pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(ids)) == 1
    assert Booking.objects.filter(event=event).count() == 1
