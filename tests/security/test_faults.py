"""When a dependency fails: the mail server down, the database unreachable, a worker restart.

(The search engine down is covered in tests/search: test_an_engine_outage_gives_a_friendly_503
and the /healthz "degraded" test; the newsletter worker crash in tests/newsletters.)
"""

import datetime
import io
from unittest.mock import Mock

import pytest
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from events.models import Booking
from home.emails import deliver, queue_email, send_due
from home.models import OutgoingEmail
from network.models import LocalArea, Membership
from newsletters.models import Subscriber
from tests.events.helpers import booking_details, make_event
from tests.factories import make_home_page
from tests.network.test_joining import person_form
from tests.search.test_health_and_checks import database_outage

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    """A real SMTP client talking to a port where no mail server listens."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 2

    def recover():
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    return recover


def retry_emails_command():
    out = io.StringIO()
    call_command("retry_emails", stdout=out)
    return out.getvalue()


def test_with_the_mail_server_down_bookings_applications_and_sign_ups_are_kept_and_sent_once(
    client, events_index, mail_server_down, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index)
    area = LocalArea.objects.create(name="Harrowfield", region="london", network_status="member")
    with django_capture_on_commit_callbacks(execute=True):
        booked = client.post(event.url + "book/", {**booking_details(), "consent": "on"})
        applied = client.post("/network/join/person/", person_form(area))
        signed_up = client.post(
            "/subscribe/", {"email": "reader@example.org", "consent": "on", "source": "home"}
        )
    assert booked.status_code == applied.status_code == signed_up.status_code == 302
    assert Booking.objects.count() == 1
    assert Membership.objects.count() == 1
    assert Subscriber.objects.count() == 1
    waiting = OutgoingEmail.objects.filter(sent_at__isnull=True)
    assert waiting.count() == OutgoingEmail.objects.count() >= 3
    assert all(email.attempts == 1 and email.last_error for email in waiting)
    assert mailoutbox == []

    mail_server_down()  # the mail server is back
    later = timezone.now() + datetime.timedelta(minutes=6)
    outcomes = send_due(later)
    assert outcomes == {"sent": OutgoingEmail.objects.count()}
    sent_to = sorted(address for message in mailoutbox for address in message.to)
    assert "attendee@example.org" in sent_to and "reader@example.org" in sent_to
    assert "jo.baker@harrowfield.example.org" in sent_to
    assert send_due(later + datetime.timedelta(hours=1)) == {}  # nothing twice
    assert len(mailoutbox) == OutgoingEmail.objects.count()


def test_emails_are_retried_with_growing_waits_then_marked_failed(mail_server_down, settings):
    settings.EMAIL_MAX_ATTEMPTS = 3
    email = OutgoingEmail.objects.create(key="k", recipients="a@example.org", subject="Hi")
    now = timezone.now()
    assert deliver(email.pk, now) == "failed"
    email.refresh_from_db()
    assert email.next_attempt_at - now == datetime.timedelta(minutes=5)
    assert deliver(email.pk, now + datetime.timedelta(minutes=1)) == "not due"
    assert deliver(email.pk, now + datetime.timedelta(minutes=5)) == "failed"
    email.refresh_from_db()
    assert email.attempts == 2
    assert email.next_attempt_at - now == datetime.timedelta(minutes=15)
    assert deliver(email.pk, now + datetime.timedelta(minutes=15)) == "failed"
    email.refresh_from_db()
    assert email.failed_at is not None and "ConnectionRefusedError" in email.last_error
    assert deliver(email.pk, now + datetime.timedelta(days=1)) == "done already"


def test_an_email_whose_task_was_lost_in_a_worker_restart_goes_out_after_fifteen_minutes(
    client, events_index, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(events_index)
    with django_capture_on_commit_callbacks(execute=False):  # the worker died: tasks never ran
        client.post(event.url + "book/", {**booking_details(), "consent": "on"})
    assert mailoutbox == [] and OutgoingEmail.objects.count() == 1
    assert "0 emails due" in retry_emails_command()
    assert send_due(timezone.now() + datetime.timedelta(minutes=16)) == {"sent": 1}
    assert [message.to for message in mailoutbox] == [["attendee@example.org"]]


@pytest.mark.parametrize("path", ["/", "/events/", "/accounts/login/", "/search/?q=safety"])
def test_with_the_database_unreachable_pages_answer_a_friendly_503(path):
    make_home_page()
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(database_outage):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "The service is briefly unavailable" in html
    assert "Nothing you have already sent us is lost" in html


def queue_three_with_a_malformed_middle_one():
    """Three emails; the middle one's subject has a newline, which no mail server can take."""
    for key, subject in [("first", "Booked"), ("middle", "Booked\nBcc: x"), ("last", "Joined")]:
        queue_email(key, f"{key}@example.org", subject, "Hello.")


def assert_middle_one_failed_for_good_and_the_others_were_sent(mailoutbox):
    assert [message.to for message in mailoutbox] == [["first@example.org"], ["last@example.org"]]
    middle = OutgoingEmail.objects.get(key="middle")
    assert middle.sent_at is None and middle.failed_at is not None
    assert middle.attempts == 1
    assert middle.last_error.startswith("BadHeaderError: Header values can't contain newlines")


def test_a_malformed_email_does_not_stop_retry_emails_sending_the_ones_after_it(
    mailoutbox, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=False):  # their tasks were lost
        queue_three_with_a_malformed_middle_one()
    OutgoingEmail.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=16))
    output = retry_emails_command()
    assert_middle_one_failed_for_good_and_the_others_were_sent(mailoutbox)
    assert "3 emails due." in output
    assert "2/3 failed: middle (given up): BadHeaderError" in output
    assert "2 of 3 sent, 1 failed." in output
    assert "Email middle not sent (attempt 1, given up): BadHeaderError" in caplog.text
    assert "0 emails due." in retry_emails_command()  # never tried again


def test_a_malformed_email_does_not_stop_the_first_send_of_the_others(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue_three_with_a_malformed_middle_one()
    assert_middle_one_failed_for_good_and_the_others_were_sent(mailoutbox)


def test_an_unexpected_error_is_recorded_and_the_email_tried_again_later(mailoutbox, monkeypatch):
    email = OutgoingEmail.objects.create(key="k", recipients="a@example.org", subject="Hi")
    now = timezone.now()
    with monkeypatch.context() as patched:
        patched.setattr(EmailMultiAlternatives, "send", Mock(side_effect=KeyError("surprise")))
        assert deliver(email.pk, now) == "failed"
    email.refresh_from_db()
    assert email.failed_at is None and email.last_error == "KeyError: 'surprise'"
    assert email.next_attempt_at - now == datetime.timedelta(minutes=5)
    assert deliver(email.pk, now + datetime.timedelta(minutes=5)) == "sent"
    assert len(mailoutbox) == 1
