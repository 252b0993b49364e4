"""Places freed in any way go to the waitlist, in its order, before anyone new can book."""

import datetime
import io
import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from events.booking import (
    BookingRefused,
    book_place,
    booking_state,
    cancel_booking,
    expire_offers,
    join_waitlist,
    offer_places_to_waiting_lists,
    waiting_count,
    with_places_taken,
)
from events.models import Booking, EventPage
from tests.events.helpers import NOW, booking_details, make_event
from tests.network.helpers import make_area, make_member

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()
HOUR = datetime.timedelta(hours=1)


def status_of(email):
    return Booking.objects.get(email=email, status__in=Booking.ACTIVE + ("expired",)).status


def full_with_two_waiting(event):
    """The event's one place booked; first@ and second@ waiting, in that order."""
    book_place(event, ANONYMOUS, booking_details("booked@example.org"))
    join_waitlist(event, ANONYMOUS, booking_details("first@example.org"))
    join_waitlist(event, ANONYMOUS, booking_details("second@example.org"))
    return event


def publish_change(event, **fields):
    for name, value in fields.items():
        setattr(event, name, value)
    event.save_revision().publish()


@pytest.fixture
def full_event(events_index):
    return full_with_two_waiting(make_event(events_index, capacity=1))


def test_raising_the_capacity_offers_the_new_place_to_the_first_person_waiting(full_event):
    publish_change(full_event, capacity=2)
    assert status_of("first@example.org") == "offered"
    assert status_of("second@example.org") == "waitlisted"


def test_raising_the_overbooking_allowance_offers_places_in_waitlist_order(full_event):
    publish_change(full_event, overbooking_allowance=2)
    assert status_of("first@example.org") == "offered"
    assert status_of("second@example.org") == "offered"


def test_a_change_that_frees_no_place_offers_nothing(full_event):
    publish_change(full_event, summary="A better summary.")
    assert status_of("first@example.org") == "waitlisted"


def test_held_places_go_to_the_waitlist_when_general_booking_opens(events_index):
    member = make_member(make_area("Harrowfield Council"), email="member@example.org")
    waiting = make_member(make_area("Wyle Council"), email="waiting@example.org")
    event = make_event(
        events_index,
        capacity=2,
        places_held_for_general_booking=1,
        priority_booking_opens=NOW - HOUR,
        general_booking_opens=NOW + HOUR,
    )
    book_place(event, member, booking_details("member@example.org"))
    join_waitlist(event, waiting, booking_details("waiting@example.org"))
    opened = event.general_booking_opens + datetime.timedelta(minutes=1)

    # Before the periodic job offers it, the released place is not for newcomers.
    assert booking_state(event, ANONYMOUS, opened).phase == "full"
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(event, ANONYMOUS, booking_details("new@example.org"), now=opened)

    assert offer_places_to_waiting_lists(now=opened) == 1
    assert status_of("waiting@example.org") == "offered"


def test_a_lapsed_offer_passes_to_the_next_person_not_to_a_newcomer(full_event):
    cancel_booking(Booking.objects.get(email="booked@example.org"))
    offer = Booking.objects.get(email="first@example.org")
    assert expire_offers(now=offer.offer_expires_at) == 1
    assert status_of("second@example.org") == "offered"
    state = booking_state(full_event, ANONYMOUS, offer.offer_expires_at)
    assert (state.phase, state.places_left) == ("full", 0)


def test_no_one_new_books_a_free_place_while_people_wait_for_it(full_event):
    # A place freed without an offer yet (as between general booking opening and the job).
    Booking.objects.filter(email="booked@example.org").update(status="cancelled")
    state = booking_state(full_event, ANONYMOUS)
    assert (state.phase, state.places_left) == ("full", 0)
    with pytest.raises(BookingRefused, match="fully booked"):
        book_place(full_event, ANONYMOUS, booking_details("new@example.org"))
    assert join_waitlist(full_event, ANONYMOUS, booking_details("new@example.org"))[1]


def test_places_beyond_those_people_wait_for_are_open_to_newcomers(full_event):
    publish_change(full_event, capacity=4)  # two offered, one place left
    state = booking_state(full_event, ANONYMOUS)
    assert (state.phase, state.places_left) == ("open", 1)
    assert book_place(full_event, ANONYMOUS, booking_details("new@example.org"))[1]


def test_places_left_count_places_on_offer(events_index):
    event = make_event(events_index, capacity=2)
    book_place(event, ANONYMOUS, booking_details("early@example.org"))
    full_with_two_waiting(event)
    cancel_booking(Booking.objects.get(email="booked@example.org"))  # first@ is offered it
    Booking.objects.filter(email="second@example.org").update(status="cancelled")
    state = booking_state(event, ANONYMOUS)
    assert (state.phase, state.places_left) == ("full", 0)


def test_listings_count_the_people_waiting_as_the_event_page_does(full_event):
    Booking.objects.filter(email="booked@example.org").update(status="cancelled")
    listed = with_places_taken(EventPage.objects.filter(pk=full_event.pk)).get()
    assert (listed.booked, listed.waiting) == (0, waiting_count(full_event)) == (0, 2)
    state = booking_state(listed, ANONYMOUS, booked=listed.booked, waiting=listed.waiting)
    assert state == booking_state(full_event, ANONYMOUS)


def test_the_listing_shows_waitlist_only_while_people_wait_for_a_freed_place(client, full_event):
    Booking.objects.filter(email="booked@example.org").update(status="cancelled")
    listing = client.get(full_event.get_parent().url).content.decode()
    assert "Waitlist only" in listing


def test_the_periodic_job_lapses_offers_and_offers_released_places(full_event):
    Booking.objects.filter(email="booked@example.org").update(status="cancelled")
    out = io.StringIO()
    call_command("process_waitlist_offers", stdout=out)
    assert "1 for other free places" in out.getvalue()
    assert status_of("first@example.org") == "offered"


@pytest.mark.django_db(transaction=True)
def test_newcomers_racing_a_cancellation_on_postgresql_never_take_the_waiting_persons_place(
    events_index,
):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    event = full_with_two_waiting(make_event(events_index, capacity=1))
    racers = 10
    barrier = threading.Barrier(racers + 1)
    booked = []

    def newcomer(number):
        try:
            barrier.wait()
            book_place(event, AnonymousUser(), booking_details(f"new{number}@example.org"))
            booked.append(number)
        except BookingRefused:
            pass
        finally:
            connection.close()

    def cancellation():
        try:
            barrier.wait()
            cancel_booking(Booking.objects.get(email="booked@example.org"))
        finally:
            connection.close()

    threads = [threading.Thread(target=newcomer, args=(n,)) for n in range(racers)]
    threads.append(threading.Thread(target=cancellation))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    holding = Booking.objects.filter(event=event, status__in=Booking.HOLDING_A_PLACE)
    assert booked == []
    assert list(holding.values_list("email", flat=True)) == ["first@example.org"]
