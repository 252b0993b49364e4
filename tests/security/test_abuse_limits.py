"""Abuse limits: 429 with Retry-After and a clear message, nothing saved, counted in the
database (shared by every app server), and the trap field on public forms."""

import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from events.models import Booking
from home import limits
from home.models import RateCounter
from network.models import AreaApplication, AuditEvent, LocalArea, Membership
from newsletters.models import Subscriber
from tests.events.helpers import booking_details, make_event
from tests.factories import UserFactory, make_home_page
from tests.network.test_joining import person_form

pytestmark = pytest.mark.django_db
DAY = 24 * 3600


@pytest.fixture
def tight(settings):
    """Set one limit to `count` requests per day for this test. Windows are fixed, so a short
    one could end between two requests of a slow run and let the last request through."""

    def set_limit(name, count, seconds=DAY):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, name: (count, seconds)}

    return set_limit


def assert_refused(response, words):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= DAY
    assert words in response.content.decode()


def test_search_past_its_limit_is_refused_with_retry_after(client, tight):
    make_home_page()
    tight("search", 2)
    assert client.get("/search/?q=safety").status_code == 200
    assert client.get("/search/?q=plans").status_code == 200
    refused = client.get("/search/?q=again")
    assert_refused(refused, "too many searches from your connection")
    # Another connection is not affected.
    assert client.get("/search/?q=safety", REMOTE_ADDR="10.2.2.2").status_code == 200


def test_autocomplete_past_its_limit_answers_json_429(client, tight):
    make_home_page()
    tight("autocomplete", 1)
    assert client.get("/search/autocomplete/?q=saf").status_code == 200
    refused = client.get("/search/autocomplete/?q=safe")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert refused.json()["results"] == []
    assert "Too many searches" in refused.json()["error"]


def test_booking_past_its_limit_keeps_what_was_typed_and_books_nothing(client, events_index, tight):
    event = make_event(events_index)
    tight("booking", 1)
    client.post(event.url + "book/", {"name": "Typo"})  # an invalid attempt still counts
    response = client.post(
        event.url + "book/", {**booking_details(email="kept@example.org"), "consent": "on"}
    )
    assert_refused(response, "Too many booking attempts from your connection")
    assert 'value="kept@example.org"' in response.content.decode()
    assert not Booking.objects.exists()


def test_newsletter_sign_up_past_its_limit_saves_nobody(client, tight):
    make_home_page()
    tight("newsletter_signup", 1)
    data = {"email": "one@example.org", "consent": "on", "source": "home"}
    assert client.post("/subscribe/", data).status_code == 302
    response = client.post("/subscribe/", {**data, "email": "two@example.org"})
    assert_refused(response, "Too many newsletter sign-ups")
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["one@example.org"]


def test_applications_to_join_past_the_limit_create_no_account(client, tight):
    make_home_page()
    area = LocalArea.objects.create(name="Harrowfield", region="london", network_status="member")
    tight("join", 1)
    client.post("/network/join/area/", {"organisation_name": ""})
    response = client.post("/network/join/person/", person_form(area))
    assert_refused(response, "Too many applications to join")
    assert not Membership.objects.exists()
    assert not AreaApplication.objects.exists()


def test_password_reset_is_limited_per_connection_and_quietly_per_address(
    client, tight, mailoutbox, django_capture_on_commit_callbacks
):
    make_home_page()
    UserFactory(email="member@example.org")
    tight("password_reset", 2)
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/accounts/password-reset/", {"email": "member@example.org"}, REMOTE_ADDR=address
            )
        assert response.status_code == 302  # the usual "check your email" answer each time
    assert len(mailoutbox) == 2  # but the address got only two emails
    client.post("/accounts/password-reset/", {"email": "a@example.org"}, REMOTE_ADDR="10.0.0.9")
    client.post("/accounts/password-reset/", {"email": "b@example.org"}, REMOTE_ADDR="10.0.0.9")
    refused = client.post(
        "/accounts/password-reset/", {"email": "c@example.org"}, REMOTE_ADDR="10.0.0.9"
    )
    assert_refused(refused, "Too many password reset requests")


def test_limits_live_in_the_database_not_in_one_servers_memory(tight):
    tight("search", 2)
    limits.hit("search", "10.3.3.3")
    limits.hit("search", "10.3.3.3")
    cache.clear()
    assert not limits.hit("search", "10.3.3.3").allowed
    assert RateCounter.objects.get().hits == 3
    # Keys are HMACs: the table holds no addresses.
    assert "10.3.3.3" not in RateCounter.objects.get().bucket


def test_retry_after_is_the_time_left_in_the_window(tight):
    tight("search", 1, seconds=600)
    start = 1_800_000_000 - 1_800_000_000 % 600
    limits.hit("search", "10.4.4.4", now=start + 100)
    verdict = limits.hit("search", "10.4.4.4", now=start + 100.5)
    assert not verdict.allowed and verdict.retry_after == 500
    assert verdict.wait == "9 minutes"
    assert limits.hit("search", "10.4.4.4", now=start + 600).allowed  # a new window


def test_ended_windows_are_purged(tight):
    tight("search", 5, seconds=60)
    limits.hit("search", "10.5.5.5", now=1_800_000_000)
    limits.hit("search", "10.5.5.6", now=1_800_000_100)
    assert limits.purge_expired(now=1_800_000_090) == 1
    assert RateCounter.objects.count() == 1


@pytest.fixture
def behind_proxies(rf, settings):
    """The client address of a request through `hops` proxies that append to X-Forwarded-For."""
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"

    def address(forwarded_for, hops=1):
        settings.TRUSTED_PROXY_HOPS = hops
        request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded_for, REMOTE_ADDR="10.0.0.1")
        return limits.client_address(request)

    return address


def test_behind_a_proxy_the_named_header_gives_the_clients_address(rf, settings):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7", REMOTE_ADDR="10.0.0.1")
    assert limits.client_address(request) == "10.0.0.1"
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    assert limits.client_address(request) == "198.51.100.7"


def test_behind_a_cdn_and_a_load_balancer_the_client_is_second_from_the_right(behind_proxies):
    # The CDN appends the client's address, the load balancer the CDN's.
    assert behind_proxies("198.51.100.7, 192.0.2.50", hops=2) == "198.51.100.7"
    assert behind_proxies("198.51.100.8, 192.0.2.50", hops=2) == "198.51.100.8"


@pytest.mark.parametrize("hops", [1, 2])
def test_entries_the_client_sends_do_not_change_its_count(behind_proxies, tight, hops):
    tight("search", 1)
    proxies = ["192.0.2.50"] * (hops - 1)
    honest = behind_proxies(", ".join(["198.51.100.7", *proxies]), hops)
    forged = behind_proxies(", ".join(["203.0.113.1", "198.51.100.7", *proxies]), hops)
    assert honest == forged == "198.51.100.7"
    assert limits.hit("search", honest).allowed
    assert not limits.hit("search", forged).allowed


@pytest.mark.parametrize("forwarded_for", ["198.51.100.7", "", " , "])
def test_with_fewer_entries_than_proxies_the_connections_own_address_is_used(
    behind_proxies, forwarded_for
):
    # The request did not pass every proxy: no entry is vouched for, the left-most may be forged.
    assert behind_proxies(forwarded_for, hops=2) == "10.0.0.1"


@pytest.mark.parametrize(
    ("forwarded_for", "address"),
    [
        (" 198.51.100.7 ,, 192.0.2.50 ", "198.51.100.7"),
        ("198.51.100.7:51234, 192.0.2.50", "198.51.100.7"),
        ("2001:DB8:0::7, 192.0.2.50", "2001:db8::7"),
        ("[2001:db8::7]:443, 192.0.2.50", "2001:db8::7"),
        ("unknown, 192.0.2.50", "10.0.0.1"),
        ("[2001:db8::7, 192.0.2.50", "10.0.0.1"),
        ("2001:db8::7%, 192.0.2.50", "10.0.0.1"),
        ("<script>, 192.0.2.50", "10.0.0.1"),
        ("x" * 500 + ", 192.0.2.50", "10.0.0.1"),
    ],
)
def test_entries_are_read_as_ip_addresses_and_anything_else_is_not_trusted(
    behind_proxies, forwarded_for, address
):
    assert behind_proxies(forwarded_for, hops=2) == address


@pytest.mark.parametrize(
    ("address", "counted_as"),
    [
        ("198.51.100.7", "198.51.100.7"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.7", "198.51.100.7"),
    ],
)
def test_limits_count_an_ipv4_address_or_an_ipv6_64(rf, address, counted_as):
    assert limits.client_network(rf.get("/", REMOTE_ADDR=address)) == counted_as


def test_a_client_cannot_start_afresh_from_another_address_in_its_ipv6_64(client, tight):
    """One home or server may use any address of its /64; another /64 is another client."""
    make_home_page()
    tight("search", 1)
    assert client.get("/search/?q=safety", REMOTE_ADDR="2001:db8:1:2::1").status_code == 200
    refused = client.get("/search/?q=safety", REMOTE_ADDR="2001:db8:1:2:9:8:7:6")
    assert_refused(refused, "too many searches from your connection")
    assert client.get("/search/?q=safety", REMOTE_ADDR="2001:db8:1:3::1").status_code == 200


def test_sign_in_failures_from_one_ipv6_64_count_together(client, settings, tight):
    tight("login_address", 2)
    for number in range(2):
        client.post(
            "/accounts/login/",
            {"username": f"nobody{number}@example.org", "password": "wrong password"},
            REMOTE_ADDR=f"2001:db8:5:6::{number + 1}",
        )
    refused = client.post(
        "/accounts/login/",
        {"username": "someone@example.org", "password": "wrong password"},
        REMOTE_ADDR="2001:db8:5:6::99",
    )
    assert "Too many failed sign-in attempts" in refused.content.decode()


def test_the_audit_log_keeps_the_exact_ipv6_address(client):
    client.post(
        "/accounts/login/",
        {"username": "nobody@example.org", "password": "wrong password"},
        REMOTE_ADDR="2001:db8:1:2::7",
    )
    assert AuditEvent.objects.get().address == "2001:db8:1:2::7"


def test_the_audit_log_records_the_address_the_proxies_vouch_for(client, settings):
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXY_HOPS = 2
    client.post(
        "/accounts/login/",
        {"username": "nobody@example.org", "password": "wrong password"},
        HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7, 192.0.2.50",
        REMOTE_ADDR="10.0.0.1",
    )
    assert AuditEvent.objects.get().address == "198.51.100.7"


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_cannot_slip_past_a_limit(settings):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "booking": (5, 600)}
    attempts = 20
    barrier = threading.Barrier(attempts)
    verdicts = []

    def attempt():
        try:
            barrier.wait()
            verdicts.append(limits.hit("booking", "10.6.6.6").allowed)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verdicts.count(True) == 5 and verdicts.count(False) == 15


def test_a_filled_trap_field_books_nothing_and_says_why(client, events_index):
    event = make_event(events_index)
    response = client.post(
        event.url + "book/", {**booking_details(), "consent": "on", "website": "http://spam"}
    )
    assert response.status_code == 200
    assert "Leave this field empty" in response.content.decode()
    assert not Booking.objects.exists()


def test_a_filled_trap_field_on_the_join_form_creates_no_account(client):
    make_home_page()
    area = LocalArea.objects.create(name="Harrowfield", region="london", network_status="member")
    client.post("/network/join/person/", {**person_form(area), "website": "x"})
    assert not Membership.objects.exists()


def test_the_trap_field_is_hidden_from_people_and_screen_readers(events_index):
    event = make_event(events_index)
    html = Client().get(event.url + "book/").content.decode()
    assert '<div class="trap" aria-hidden="true"><label for="id_website">' in html
    assert 'tabindex="-1"' in html
