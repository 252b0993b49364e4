"""An email address is a claim until its owner proves it: nothing is matched to an account by
address, and the account cannot sign in, before the address is verified."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from events.models import Booking
from network import verification
from network.data_export import Person
from network.models import AuditEvent, Membership, User
from newsletters.models import Subscriber
from tests.events.helpers import booking_details, make_event
from tests.factories import UserFactory, make_area_application
from tests.network.helpers import make_member
from tests.network.joining import link_in, person_form
from tests.newsletters.helpers import make_subscriber

pytestmark = pytest.mark.django_db

VICTIM = "x.owner@harrowfield.example.org"
STRANGER_PASSWORD = "a-strangers-long-password"


def join_form(area, password=STRANGER_PASSWORD, **overrides):
    """Joining with X's address and the stranger's password unless overridden."""
    stranger = {
        "email": VICTIM,
        "first_name": "Stranger",
        "password1": password,
        "password2": password,
        "reason": "To see someone else's bookings.",
    }
    return person_form(area, **{**stranger, **overrides})


def sign_in(client, email, password):
    return client.post("/accounts/login/", {"username": email, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def victims_records(client, events_index, mailoutbox, django_capture_on_commit_callbacks):
    """X books an event as a guest (with access and dietary notes) and subscribes."""
    event = make_event(events_index, event_format="in-person", venue_name="Leeds")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            event.url + "book/",
            {
                **booking_details(
                    VICTIM,
                    access_requirements="Step-free access please",
                    dietary_needs="Coeliac",
                ),
                "consent": "on",
            },
        )
    assert response.status_code == 302
    make_subscriber(VICTIM)
    mailoutbox.clear()
    return Booking.objects.get(email=VICTIM)


def test_registering_someone_elses_address_gains_nothing_of_theirs(
    client, areas, victims_records, mailoutbox, django_capture_on_commit_callbacks
):
    stranger = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = stranger.post("/network/join/person/", join_form(areas["member"]))
    assert response.status_code == 302
    claim = User.objects.get(email=VICTIM)
    assert claim.email_verified_at is None

    # The stranger cannot sign in: the page says to verify and a new link goes to X, not them.
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_in(stranger, VICTIM, STRANGER_PASSWORD)
    assert response.status_code == 200 and not signed_in(stranger)
    assert "Confirm your email address before you sign in" in response.content.decode()
    assert {tuple(message.to) for message in mailoutbox} == {(VICTIM,)}
    assert not Client().login(username=VICTIM, password=STRANGER_PASSWORD)
    response = stranger.post("/admin/login/", {"username": VICTIM, "password": STRANGER_PASSWORD})
    assert not signed_in(stranger)

    # Nothing of X's can be seen, exported or erased: every account page wants a sign-in.
    for path in ("/accounts/bookings/", "/accounts/newsletter/", "/accounts/delete/"):
        assert stranger.get(path).status_code == 302, path
    assert stranger.post("/accounts/my-data/").status_code == 302
    assert stranger.post("/accounts/delete/", {"password": STRANGER_PASSWORD}).status_code == 302

    # Even a session made for the account some other way is not honoured.
    stranger.force_login(claim)
    page = stranger.get("/accounts/bookings/")
    assert page.status_code == 302 and "/accounts/login/" in page.url
    assert stranger.post("/accounts/my-data/").status_code == 302

    # X, who gets the link, cannot confirm an account whose password they did not choose.
    link = link_in(mailoutbox[0], "/accounts/verify/")
    response = Client().post(link, {"password": "x-guesses-something-else"})
    assert response.status_code == 400
    assert "That is not the password of this account" in response.content.decode()
    assert User.objects.get(pk=claim.pk).email_verified_at is None

    booking = Booking.objects.get(pk=victims_records.pk)
    assert booking.status == Booking.Status.CONFIRMED
    assert booking.access_requirements == "Step-free access please"
    assert Subscriber.objects.get(email=VICTIM).status == Subscriber.Status.CONFIRMED


def test_the_owner_who_verifies_then_sees_their_guest_bookings(
    client, areas, victims_records, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/network/join/person/", join_form(areas["member"], first_name="Xan"))
    assert "Harrowfield Council" not in client.get("/accounts/bookings/").content.decode()
    link = link_in(mailoutbox[0], "/accounts/verify/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"password": STRANGER_PASSWORD})
    assert response.status_code == 200 and signed_in(client)
    page = client.get("/accounts/bookings/").content.decode()
    assert victims_records.event.title in page
    assert AuditEvent.objects.filter(action="email verified", subject=VICTIM).exists()


def test_the_owner_asking_to_join_replaces_a_strangers_unverified_claim(
    client, areas, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/network/join/person/", join_form(areas["member"]))
    strangers_link = link_in(mailoutbox[0], "/accounts/verify/")
    stranger_account = User.objects.get(email=VICTIM)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/network/join/person/",
            join_form(areas["member"], first_name="Xan", password="owners-own-long-password"),
        )
    owner = User.objects.get(email=VICTIM)
    assert owner.pk != stranger_account.pk and owner.first_name == "Xan"
    assert client.post(strangers_link, {"password": STRANGER_PASSWORD}).status_code == 400
    owners_link = link_in(mailoutbox[-1], "/accounts/verify/")
    response = client.post(owners_link, {"password": "owners-own-long-password"})
    assert response.status_code == 200 and signed_in(client)


def test_an_approved_area_gives_its_lead_a_fresh_account_not_a_strangers_claim(
    areas, people, django_capture_on_commit_callbacks
):
    from network.joining import approve_area_application

    with django_capture_on_commit_callbacks(execute=True):
        Client().post("/network/join/person/", join_form(areas["member"]))
    claim = User.objects.get(email=VICTIM)
    application = make_area_application(
        organisation_name="Northfold Council", applicant_email=VICTIM, spoc_email=VICTIM
    )
    approve_area_application(application, people["staff"])
    lead = User.objects.get(email=VICTIM)
    assert lead.pk != claim.pk and not lead.has_usable_password()
    assert lead.membership.area.name == "Northfold Council"


def test_a_verified_account_is_never_replaced_by_a_new_join_request(
    client, areas, mailoutbox, django_capture_on_commit_callbacks
):
    owner = UserFactory(email=VICTIM)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/network/join/person/", join_form(areas["member"]))
    assert User.objects.get(email=VICTIM).pk == owner.pk
    assert "already has an account" in mailoutbox[0].body


def test_a_sign_in_link_is_resent_at_most_every_ten_minutes(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    UserFactory(email=VICTIM, email_verified_at=None)
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            sign_in(client, VICTIM, "correct-horse-battery")
    assert len(mailoutbox) == 1


def test_a_wrong_password_for_an_unverified_account_says_nothing_about_it(client, mailoutbox):
    UserFactory(email=VICTIM, email_verified_at=None)
    response = sign_in(client, VICTIM, "not-the-password")
    page = response.content.decode()
    assert "Enter a correct email address and password" in page
    assert "Confirm your email address" not in page and mailoutbox == []


def test_setting_a_password_from_an_emailed_link_proves_the_address(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    """People an approved area was given accounts for have no password yet: they set one."""
    person = UserFactory(email=VICTIM, email_verified_at=None)
    person.set_unusable_password()
    person.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password-reset/", {"email": VICTIM})
    link = link_in(mailoutbox[0], "/accounts/password-reset/")
    form_page = client.get(link, follow=True)
    new_password = "a-brand-new-long-password"
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert User.objects.get(pk=person.pk).email_verified_at is not None
    assert Client().login(username=VICTIM, password=new_password)


def test_the_site_counts_an_unverified_account_as_nobody(areas):
    from network import access

    member = make_member(areas["member"], email_verified_at=None)
    assert not access.is_signed_in(member)
    assert not access.is_network_member(member)
    with pytest.raises(PermissionDenied, match="Verify"):
        Person.of_user(member)


def test_bookings_and_subscriptions_are_matched_by_verified_addresses_only(events_index):
    from events.my_bookings import bookings_for
    from newsletters.subscriptions import subscription_for

    event = make_event(events_index)
    Booking.objects.create(event=event, email=VICTIM, name="Guest", consented_at=timezone.now())
    make_subscriber(VICTIM)
    claim = UserFactory(email=VICTIM, email_verified_at=None)
    assert bookings_for(claim) == [] and subscription_for(claim) is None
    claim.email_verified_at = timezone.now()
    assert len(bookings_for(claim)) == 1 and subscription_for(claim) is not None


def test_unverified_accounts_expire_unless_someone_vouched_for_them(areas, settings):
    settings.ACCOUNT_VERIFY_DAYS = 7
    old = timezone.now() - datetime.timedelta(days=8)
    stale = UserFactory(email_verified_at=None, date_joined=old)
    recent = UserFactory(email_verified_at=None)
    given_by_staff = make_member(areas["member"], email_verified_at=None, date_joined=old)
    verified = UserFactory(date_joined=old)
    call_command("apply_retention", stdout=io.StringIO())
    remaining = set(User.objects.values_list("pk", flat=True))
    assert stale.pk not in remaining
    assert {recent.pk, given_by_staff.pk, verified.pk} <= remaining
    assert Membership.objects.filter(user=given_by_staff).exists()


# Changing one's address -------------------------------------------------------------------


NEW_ADDRESS = "x.owner@eastmere.example.org"


def ask_to_change(client, person, new_email=NEW_ADDRESS):
    client.force_login(person)
    return client.post(
        "/accounts/email/", {"new_email": new_email, "password": "correct-horse-battery"}
    )


def test_a_new_address_takes_effect_only_once_verified_and_the_old_one_is_told(
    client, mailoutbox, django_capture_on_commit_callbacks, events_index
):
    person = UserFactory(email=VICTIM)
    event = make_event(events_index)
    Booking.objects.create(
        event=event, email=NEW_ADDRESS, name="Guest", consented_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = ask_to_change(client, person)
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.email, person.pending_email) == (VICTIM, NEW_ADDRESS)
    assert {m.to[0] for m in mailoutbox} == {VICTIM, NEW_ADDRESS}
    assert event.title not in client.get("/accounts/bookings/").content.decode()

    to_new = next(m for m in mailoutbox if m.to == [NEW_ADDRESS])
    link = link_in(to_new, "/accounts/email/confirm/")
    assert "Confirm my new address" in Client().get(link).content.decode()
    assert User.objects.get(pk=person.pk).email == VICTIM  # opening the link changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(link)
    assert "Email address changed" in response.content.decode()
    person.refresh_from_db()
    assert (person.email, person.pending_email) == (NEW_ADDRESS, "")
    told = mailoutbox[-1]
    assert told.to == [VICTIM] and NEW_ADDRESS in told.body
    assert event.title in client.get("/accounts/bookings/").content.decode()
    assert Client().post(link).status_code == 400  # used once


def test_only_the_latest_address_change_link_works(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    person = UserFactory(email=VICTIM)
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_change(client, person)
        ask_to_change(client, person, new_email="elsewhere@example.org")
    first = next(m for m in mailoutbox if m.to == [NEW_ADDRESS])
    assert Client().post(link_in(first, "/accounts/email/confirm/")).status_code == 400
    assert User.objects.get(pk=person.pk).email == VICTIM


def test_an_address_another_verified_account_holds_cannot_be_taken(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    person = UserFactory(email=VICTIM)
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_change(client, person)
    UserFactory(email=NEW_ADDRESS)
    to_new = next(m for m in mailoutbox if m.to == [NEW_ADDRESS])
    response = Client().post(link_in(to_new, "/accounts/email/confirm/"))
    assert response.status_code == 409
    assert "Another account already uses this address" in response.content.decode()
    assert User.objects.get(pk=person.pk).email == VICTIM


def test_an_unverified_claim_on_the_new_address_gives_way(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    person = UserFactory(email=VICTIM)
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_change(client, person)
    UserFactory(email=NEW_ADDRESS, email_verified_at=None)
    to_new = next(m for m in mailoutbox if m.to == [NEW_ADDRESS])
    assert Client().post(link_in(to_new, "/accounts/email/confirm/")).status_code == 200
    assert User.objects.get(pk=person.pk).email == NEW_ADDRESS


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"new_email": "nope", "password": "correct-horse-battery"}, "new_email", "valid email"),
        (
            {"new_email": VICTIM.upper(), "password": "correct-horse-battery"},
            "new_email",
            "already",
        ),
        ({"new_email": NEW_ADDRESS, "password": "wrong"}, "password", "not your password"),
    ],
)
def test_bad_address_changes_are_form_errors_and_change_nothing(client, data, field, message):
    person = UserFactory(email=VICTIM)
    client.force_login(person)
    response = client.post("/accounts/email/", data)
    assert response.status_code == 400
    assert message in str(response.context["form"].errors[field])
    assert User.objects.get(pk=person.pk).pending_email == ""


def test_address_change_links_are_signed(client):
    person = UserFactory(email=VICTIM, pending_email=NEW_ADDRESS)
    token = verification.change_token(person, NEW_ADDRESS)
    assert Client().get(f"/accounts/email/confirm/{token[:-2]}xx/").status_code == 400
    forged = verification.change_token(person, "attacker@example.org")
    assert Client().post(f"/accounts/email/confirm/{forged}/").status_code == 400
