"""Personal data: retention, deleting one's account, subject access export and erasure."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from events.after_event import record_feedback, summarise
from events.models import Booking, Feedback
from home import limits
from home.emails import queue_email
from home.models import OutgoingEmail, RateCounter
from network.data_export import Person, personal_data
from network.erasure import erase_person
from network.models import AuditEvent, Membership, User
from newsletters.models import Subscriber
from tests.events.helpers import NOW, make_event
from tests.network.discussions import reply, start
from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"  # the factories' password


def book(event, email, user=None, **notes):
    return Booking.objects.create(
        event=event, user=user, name="Sam Lee", email=email, organisation="Harrowfield Council",
        job_role="Social worker", consented_at=NOW, **notes,
    )  # fmt: skip


def ended_event(events_index, slug="ended"):
    return make_event(events_index, slug=slug, start=NOW - datetime.timedelta(hours=5))


def run_retention():
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    return out.getvalue()


def test_access_and_dietary_notes_are_cleared_thirty_days_after_the_event(events_index):
    notes = {"access_requirements": "Step-free access", "dietary_needs": "Vegan"}
    long_ago = make_event(events_index, slug="long-ago", start=NOW - datetime.timedelta(days=32))
    recent = make_event(events_index, slug="recent", start=NOW - datetime.timedelta(days=20))
    coming = make_event(events_index, slug="coming")
    old, kept, future = (book(e, "a@example.org", **notes) for e in (long_ago, recent, coming))
    output = run_retention()
    assert "bookings' access and dietary notes cleared: 1" in output
    old.refresh_from_db()
    assert (old.access_requirements, old.dietary_needs) == ("", "")
    assert old.name == "Sam Lee"  # the booking itself stays
    for booking in (kept, future):
        booking.refresh_from_db()
        assert booking.access_requirements == "Step-free access"
    assert "bookings' access and dietary notes cleared: 0" in run_retention()  # safe to rerun


def test_retention_deletes_old_sent_emails_old_audit_entries_and_ended_limit_windows(settings):
    old = timezone.now() - datetime.timedelta(days=settings.OUTBOX_RETENTION_DAYS + 1)
    OutgoingEmail.objects.create(
        key="sent", recipients="a@example.org", created_at=old, sent_at=old
    )
    OutgoingEmail.objects.create(key="waiting", recipients="b@example.org", created_at=old)
    AuditEvent.objects.create(
        action="sign-in", created_at=timezone.now() - datetime.timedelta(days=400)
    )
    AuditEvent.objects.create(action="sign-in")
    limits.hit("search", "10.1.1.1", now=1_000_000)
    output = run_retention()
    assert "outbox emails deleted: 1" in output and "audit entries deleted: 1" in output
    assert list(OutgoingEmail.objects.values_list("key", flat=True)) == ["waiting"]
    assert AuditEvent.objects.count() == 1
    assert not RateCounter.objects.exists()


def test_a_member_deletes_their_account_and_their_posts_stay_as_a_former_members(
    client, people, gated, events_index, no_approval
):
    member = people["member"]
    event = make_event(events_index)
    booking = book(event, member.email, user=member, access_requirements="Hearing loop")
    Subscriber.objects.create(email=member.email, status="confirmed", consent_text="Yes")
    thread = start(member, title="Running panels", body="What works for you?")
    reply(thread, people["chair"], "A shared agenda.")
    client_for(client, member)

    wrong = client.post("/accounts/delete/", {"password": "not my password"})
    assert wrong.status_code == 400 and "That is not your password." in wrong.content.decode()
    assert User.objects.get(pk=member.pk).erased_at is None

    response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    shell = User.objects.get(pk=member.pk)
    assert shell.erased_at and not shell.is_active and not shell.has_usable_password()
    assert (shell.first_name, shell.last_name, shell.job_title) == ("", "", "")
    assert member.email not in shell.email
    assert not Membership.objects.filter(user=shell).exists()
    assert not Subscriber.objects.exists()
    booking.refresh_from_db()
    assert booking.status == "cancelled" and booking.user is None
    assert member.email not in booking.email and booking.access_requirements == ""
    # The thread is still readable by others, and shows a former member as its author.
    reader = Client()
    client_for(reader, people["chair"])
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert "What works for you?" in page and "A former member" in page
    assert "A shared agenda." in page
    # Signing in with the old details fails; the audit log says what happened without the address.
    assert not Client().login(username=member.email, password=PASSWORD)
    erasure = AuditEvent.objects.get(action="erasure")
    assert erasure.subject == f"account #{member.pk}"
    assert not AuditEvent.objects.filter(actor_label=member.email).exists()


def test_data_protection_staff_export_everything_held_about_an_address_even_without_an_account(
    client, people, events_index
):
    event = make_event(events_index)
    book(event, "guest@example.org", dietary_needs="No nuts")
    book(event, "someone-else@example.org")
    Subscriber.objects.create(email="guest@example.org", status="confirmed", consent_text="Yes")
    with_commit = queue_email("k", "guest@example.org", "Your booking", "Body")
    assert with_commit
    client_for(client, people["data_protection"])
    found = client.get("/admin/personal-data/", {"email": "Guest@Example.org"})
    html = found.content.decode()
    assert found.status_code == 200
    assert "There is no account with this address." in html
    assert "Event bookings" in html and "Newsletter" in html
    response = client.post("/admin/personal-data/export/", {"email": "guest@example.org"})
    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert [b["dietary_needs"] for b in data["event_bookings"]] == ["No nuts"]
    assert data["newsletter"]["status"] == "Subscribed"
    assert [e["subject"] for e in data["emails_to_this_address"]] == ["Your booking"]
    assert "someone-else@example.org" not in response.content.decode()
    export = AuditEvent.objects.get(action="data export")
    assert (export.actor, export.subject) == (people["data_protection"], "guest@example.org")


def test_data_protection_staff_erase_an_address_after_typing_it_twice(client, people, events_index):
    event = make_event(events_index)
    booking = book(event, "guest@example.org", dietary_needs="No nuts")
    Subscriber.objects.create(email="guest@example.org", status="confirmed", consent_text="Yes")
    client_for(client, people["data_protection"])
    mismatch = client.post(
        "/admin/personal-data/erase/", {"email": "guest@example.org", "confirm": "gust@example.org"}
    )
    assert mismatch.status_code == 400
    assert "The two addresses are not the same." in mismatch.content.decode()
    assert Subscriber.objects.exists()
    client.post(
        "/admin/personal-data/erase/",
        {"email": "guest@example.org", "confirm": "guest@example.org"},
    )
    booking.refresh_from_db()
    assert "guest@example.org" not in booking.email and booking.dietary_needs == ""
    assert not Subscriber.objects.exists()
    assert AuditEvent.objects.get(action="erasure").subject == "an address with no account"


def test_erasure_drops_the_name_from_wagtails_log_of_the_persons_membership(people):
    from wagtail.log_actions import log
    from wagtail.models import ModelLogEntry

    membership = Membership.objects.get(user=people["applicant"])
    log(membership, "network.membership.approve", user=people["staff"])
    erase_person(Person.of_user(people["applicant"]), by=people["staff"])
    assert ModelLogEntry.objects.get(action="network.membership.approve").label == "(erased)"
    mirrored = AuditEvent.objects.get(action="network.membership.approve")
    assert mirrored.subject == "(erased)" and mirrored.actor == people["staff"]


def test_staff_cannot_erase_themselves_from_the_admin(client, people):
    client_for(client, people["data_protection"])
    email = people["data_protection"].email
    client.post("/admin/personal-data/erase/", {"email": email, "confirm": email})
    assert User.objects.get(pk=people["data_protection"].pk).erased_at is None


def test_only_people_with_the_permission_see_personal_data_requests(client, people):
    for role in ("staff", "moderator", "network_admin"):
        client_for(client, people[role])
        assert client.get("/admin/personal-data/").status_code == 302  # to the dashboard
        assert client.get("/admin/audit-log/").status_code == 302
    client_for(client, people["data_protection"])
    assert client.get("/admin/personal-data/").status_code == 200
    assert client.get("/admin/audit-log/").status_code == 200


def test_named_feedback_is_in_the_export_of_its_author_and_of_no_one_else(
    client, people, events_index
):
    member = people["member"]
    event = ended_event(events_index)
    own = book(event, member.email, user=member)
    # The member also booked a colleague's place: the colleague, at their own address, gave
    # that feedback, so it is theirs, not the member's (matching is by address, not account).
    colleague = book(event, "colleague@example.org", user=member)
    record_feedback(own, 4, "Clear and useful.", anonymous=False)
    record_feedback(colleague, 2, "Too fast for newcomers.", anonymous=False)

    mine = json.loads(client_for(client, member).post("/accounts/my-data/").content)
    assert mine["event_feedback"] == [
        {
            "event": event.title,
            "event_start": str(event.start),
            "given_on": str(timezone.localdate()),
            "rating": 4,
            "comments": "Clear and useful.",
        }
    ]
    client_for(client, people["data_protection"])
    found = client.get("/admin/personal-data/", {"email": "colleague@example.org"})
    assert "Event feedback" in found.content.decode()
    response = client.post("/admin/personal-data/export/", {"email": "colleague@example.org"})
    theirs = json.loads(response.content)["event_feedback"]
    assert [(f["rating"], f["comments"]) for f in theirs] == [(2, "Too fast for newcomers.")]
    assert "Clear and useful." not in response.content.decode()
    assert personal_data(Person.of_user(people["chair"]))["event_feedback"] == []


def test_anonymous_feedback_is_in_no_ones_export(client, people, events_index):
    member = people["member"]
    named_event, quiet_event = ended_event(events_index), ended_event(events_index, "quiet")
    record_feedback(book(named_event, member.email, user=member), 5, "Named.", anonymous=False)
    record_feedback(book(quiet_event, member.email, user=member), 1, "Unsaid.", anonymous=True)

    mine = client_for(client, member).post("/accounts/my-data/").content
    assert [f["comments"] for f in json.loads(mine)["event_feedback"]] == ["Named."]
    assert b"Unsaid." not in mine
    for person in people.values():
        if person is not None:
            exported = json.dumps(personal_data(Person.of_email(person.email)), default=str)
            assert "Unsaid." not in exported
    assert Feedback.objects.get(comments="Unsaid.").booking is None


def test_erasure_strips_named_feedback_of_its_author_and_keeps_the_rating(events_index):
    event = ended_event(events_index)
    record_feedback(book(event, "guest@example.org"), 4, "I'm Sam from Harrowfield.", False)
    record_feedback(book(event, "other@example.org"), 5, "Great day.", anonymous=False)
    record_feedback(book(event, "quiet@example.org"), 2, "Too long.", anonymous=True)

    counts = erase_person(Person.of_email("guest@example.org"))

    assert counts["named feedback"] == 1
    erased = Feedback.objects.get(rating=4)
    assert (erased.booking, erased.comments, erased.event) == (None, "", event)
    assert erased.submitted_on == timezone.localdate()
    assert summarise(event).average == round((4 + 5 + 2) / 3, 1)  # the rating still counts
    others = Feedback.objects.exclude(pk=erased.pk).order_by("rating")
    assert [(f.comments, f.booking and f.booking.email) for f in others] == [
        ("Too long.", None),
        ("Great day.", "other@example.org"),
    ]
    assert personal_data(Person.of_email("guest@example.org"))["event_feedback"] == []


def test_an_account_that_only_claims_an_address_is_neither_exported_nor_erased_with_it(
    client, people, events_index
):
    """Trust first: staff acting on an address reach only an account that proved it."""
    claimant = User.objects.create_user(
        email="guest@example.org", password=PASSWORD, first_name="Mallory", job_title="Imposter"
    )
    claimant.email_verified_at = None
    claimant.save()
    book(make_event(events_index), "guest@example.org", dietary_needs="No nuts")
    client_for(client, people["data_protection"])
    found = client.get("/admin/personal-data/", {"email": "guest@example.org"}).content.decode()
    assert "There is no account with this address." in found
    assert "An account that has not verified this address also uses it." in found
    exported = client.post("/admin/personal-data/export/", {"email": "guest@example.org"})
    data = json.loads(exported.content)
    assert data["account"] is None and "Mallory" not in exported.content.decode()
    assert [b["dietary_needs"] for b in data["event_bookings"]] == ["No nuts"]
    client.post(
        "/admin/personal-data/erase/",
        {"email": "guest@example.org", "confirm": "guest@example.org"},
    )
    claimant.refresh_from_db()
    assert claimant.is_active and claimant.first_name == "Mallory"
    assert not Booking.objects.filter(email="guest@example.org").exists()


def test_a_place_a_member_booked_for_a_colleague_survives_the_members_erasure(people, events_index):
    """The place and the details are the colleague's: erasing the member who booked it only
    removes the link to them, and their export names no one else."""
    member = User.objects.get(email="member@example.org")
    event = make_event(events_index)
    for_colleague = book(event, "colleague@example.org", user=member, dietary_needs="Vegan")
    own = book(event, member.email, user=member)

    exported = personal_data(Person.of_user(member))
    assert [b["email"] for b in exported["event_bookings"]] == [member.email]
    assert exported["event_bookings_made_for_others"] == [
        {"event": event.title, "status": "Confirmed", "created_at": for_colleague.created_at}
    ]
    assert "colleague@example.org" not in json.dumps(exported, default=str)
    assert "Vegan" not in json.dumps(exported, default=str)

    erase_person(Person.of_user(member))
    for_colleague.refresh_from_db()
    own.refresh_from_db()
    assert for_colleague.status == Booking.Status.CONFIRMED
    assert (for_colleague.email, for_colleague.dietary_needs) == ("colleague@example.org", "Vegan")
    assert for_colleague.user is None
    assert own.status == Booking.Status.CANCELLED and own.name == "Erased"
    colleague = personal_data(Person.of_email("colleague@example.org"))
    assert [b["dietary_needs"] for b in colleague["event_bookings"]] == ["Vegan"]
