"""Sending an issue: test first, the right subscribers, exactly once, failures retried."""

import datetime
import re
import threading

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.utils import timezone

from events.models import EventIndexPage
from newsletters import sending
from newsletters.models import Delivery, Mailing, Subscriber
from tests.events.helpers import make_event
from tests.factories import UserFactory, publish
from tests.newsletters.helpers import make_issue, make_subscriber, two_topics
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


class WorkerCrash(Exception):
    """Stands in for a worker dying mid-batch: not a mail error, so nothing catches it."""


class CrashingBackend(EmailBackend):
    """Takes `crash_after` messages, then the 'worker' dies."""

    crash_after = 2

    def send_messages(self, messages):
        if len(mail.outbox) >= self.crash_after:
            raise WorkerCrash
        return super().send_messages(messages)


class RefusingBackend(EmailBackend):
    """A mail server that is down."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def send_page(client, issue):
    return client.get(f"/admin/newsletters/{issue.pk}/send/")


def press_test(client, issue):
    return client.post(f"/admin/newsletters/{issue.pk}/send/", {"action": "test"})


def press_send(client, issue, topics=()):
    return client.post(
        f"/admin/newsletters/{issue.pk}/send/",
        {"action": "send", "checked": "on", "topics": [t.pk for t in topics]},
    )


def recipients_of(outbox):
    return sorted(address for message in outbox for address in message.to)


@pytest.fixture
def readers(db):
    return [make_subscriber(f"reader{n}@example.org") for n in range(5)]


def test_sending_needs_a_test_send_of_the_published_version_first(
    client, editor, issue, readers, mailoutbox
):
    sign_in_with_second_factor(client, editor)
    response = press_send(client, issue)
    assert response.status_code == 400
    assert b"Send yourself a test of the published version first." in response.content
    assert not Mailing.objects.exists()
    press_test(client, issue)
    issue.save_revision().publish()  # a new version needs a new test
    assert press_send(client, issue).status_code == 400
    assert mailoutbox[0].to == ["editor@example.org"]


def test_a_test_send_goes_only_to_the_editor(client, editor, issue, readers, mailoutbox):
    sign_in_with_second_factor(client, editor)
    response = press_test(client, issue)
    assert response.status_code == 302
    [message] = mailoutbox
    assert message.to == ["editor@example.org"]
    assert message.subject == "[Test] Spring update"
    assert not Delivery.objects.exists()


def test_each_confirmed_subscriber_gets_one_copy_with_one_click_unsubscribe(
    client, editor, issue, readers, mailoutbox, django_capture_on_commit_callbacks
):
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    sign_in_with_second_factor(client, editor)
    press_test(client, issue)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = press_send(client, issue)
    mailing = Mailing.objects.get()
    assert response["Location"] == f"/admin/newsletters/sends/{mailing.pk}/"
    assert recipients_of(mailoutbox) == sorted(reader.email for reader in readers)
    message = mailoutbox[0]
    subscriber = Subscriber.objects.get(email=message.to[0])
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.startswith("http")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert unsubscribe in message.body
    assert unsubscribe.replace("&", "&amp;") in html or unsubscribe in html
    assert "style=" in html and "<style" not in html  # inline styles for mail clients
    assert 'href="http://localhost:8000/resources/"' in html or "/resources/" in html
    assert "library (" in message.body  # links written out in the plain-text part
    # The header's address unsubscribes with a bare POST (RFC 8058).
    response = client.post(re.sub(r"^https?://[^/]+", "", unsubscribe))
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert mailing.counts() == {"queued": 0, "sent": 5, "failed": 0, "skipped": 0}


def test_pressing_send_twice_sends_each_subscriber_one_copy(
    client, editor, issue, readers, mailoutbox, django_capture_on_commit_callbacks
):
    sign_in_with_second_factor(client, editor)
    press_test(client, issue)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        press_send(client, issue)
        second = press_send(client, issue)
    assert second.status_code == 302
    assert recipients_of(mailoutbox) == sorted(reader.email for reader in readers)
    assert Mailing.objects.count() == 1
    # A later send of the issue reaches only people who have not had it.
    newcomer = make_subscriber("newcomer@example.org")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        press_send(client, issue)
    assert recipients_of(mailoutbox) == [newcomer.email]


def test_topic_targeting_reaches_the_interested_and_those_who_chose_no_topics(
    editor, issue, mailoutbox, django_capture_on_commit_callbacks
):
    first, second = two_topics()
    make_subscriber("first@example.org", topics=[first])
    make_subscriber("second@example.org", topics=[second])
    make_subscriber("both@example.org", topics=[first, second])
    make_subscriber("everything@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        sending.send_issue(issue, editor, [first])
    assert recipients_of(mailoutbox) == [
        "both@example.org",
        "everything@example.org",
        "first@example.org",
    ]


def test_a_worker_crash_mid_batch_then_a_retry_sends_everyone_exactly_once(
    editor, issue, readers, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.CrashingBackend"
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        mailing, count = sending.send_issue(issue, editor)
    assert count == 5 and len(callbacks) == 1
    ids = list(mailing.deliveries.values_list("pk", flat=True))
    with pytest.raises(WorkerCrash):
        sending.send_mailing_batch.call(mailing.pk, ids)
    assert len(mail.outbox) == 2
    assert mailing.counts()["sent"] == 2
    CrashingBackend.crash_after = 100
    try:
        sending.send_mailing_batch.call(mailing.pk, ids)  # the task is retried
        sending.send_mailing_batch.call(mailing.pk, ids)  # and even run once more
    finally:
        CrashingBackend.crash_after = 2
    assert recipients_of(mail.outbox) == sorted(reader.email for reader in readers)
    assert mailing.counts() == {"queued": 0, "sent": 5, "failed": 0, "skipped": 0}


def test_mail_server_failures_are_retried_with_growing_waits_then_reported(
    client, editor, issue, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    make_subscriber("reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        mailing, _ = sending.send_issue(issue, editor)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("queued", 1)
    assert "Connection refused" in delivery.last_error
    first_wait = delivery.next_attempt_at - timezone.now()
    assert datetime.timedelta(minutes=4) < first_wait <= datetime.timedelta(minutes=5)
    # Not due yet: the retry command leaves it alone.
    assert sending.requeue_due() == {}
    later = timezone.now() + datetime.timedelta(minutes=6)
    assert sending.requeue_due(later) == {mailing.pk: 1}  # immediate backend: ran now
    delivery.refresh_from_db()
    assert delivery.attempts == 1  # `deliver` checks the wait against the real clock
    sending.deliver(mailing, delivery.pk, mail.get_connection(), now=later)
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.next_attempt_at - later == datetime.timedelta(minutes=10)
    sending.deliver(
        mailing, delivery.pk, mail.get_connection(), now=later + datetime.timedelta(hours=1)
    )
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", 3)
    sign_in_with_second_factor(client, editor)
    log = client.get(f"/admin/newsletters/sends/{mailing.pk}/").content.decode()
    assert "reader@example.org" in log and "Connection refused" in log
    assert "<td>0</td><td>0</td><td>1</td><td>0</td>" in log  # queued, sent, failed, skipped
    assert mailing.counts() == {"queued": 0, "sent": 0, "failed": 1, "skipped": 0}


def test_after_the_mail_server_recovers_the_retry_delivers_once(
    editor, issue, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    make_subscriber("reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        mailing, _ = sending.send_issue(issue, editor)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Delivery.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))
    sending.requeue_due()
    sending.requeue_due()
    assert recipients_of(mailoutbox) == ["reader@example.org"]
    assert mailing.counts()["sent"] == 1


def test_a_lost_batch_is_queued_again_after_fifteen_minutes(
    editor, issue, readers, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        mailing, _ = sending.send_issue(issue, editor)  # its task never runs
    assert sending.requeue_due() == {}
    assert mailoutbox == []
    later = timezone.now() + datetime.timedelta(minutes=16)
    assert sending.requeue_due(later) == {mailing.pk: 5}
    assert len(mailoutbox) == 5


def test_someone_who_unsubscribes_before_their_copy_goes_is_skipped(
    editor, issue, readers, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        mailing, _ = sending.send_issue(issue, editor)
    Subscriber.objects.filter(pk=readers[0].pk).update(status=Subscriber.Status.UNSUBSCRIBED)
    sending.send_mailing_batch.call(
        mailing.pk, list(mailing.deliveries.values_list("pk", flat=True))
    )
    assert readers[0].email not in recipients_of(mailoutbox)
    assert mailing.counts() == {"queued": 0, "sent": 4, "failed": 0, "skipped": 1}


def test_listings_are_gathered_at_send_time_and_frozen_into_the_archive(
    client, editor, newsletter_index, readers, mailoutbox, django_capture_on_commit_callbacks
):
    events = publish(
        newsletter_index.get_parent(),
        EventIndexPage(title="Events", slug="events", intro="<p>x</p>"),
    )
    make_event(events, title="Safety mapping workshop", slug="mapping")
    issue = make_issue(
        newsletter_index,
        body=[("upcoming_events", {"heading": "Coming up", "topics": [], "limit": 3})],
    )
    assert "Safety mapping workshop" in client.get(issue.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sending.send_issue(issue, editor)
    assert "Safety mapping workshop" in mailoutbox[0].body
    assert "Safety mapping workshop" in mailoutbox[0].alternatives[0][0]
    make_event(events, title="A later event added after sending", slug="later")
    archive = client.get(issue.url).content.decode()
    assert "Safety mapping workshop" in archive
    assert "A later event added after sending" not in archive


def test_only_people_allowed_to_send_newsletters_see_the_send_screens(client, issue, editor):
    moderator = UserFactory(email="moderator@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    sign_in_with_second_factor(client, moderator)
    # Wagtail's admin answers a refused permission with a redirect to the dashboard.
    for url in (f"/admin/newsletters/{issue.pk}/send/", "/admin/newsletters/sends/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert press_send(client, issue).status_code == 302
    assert not Mailing.objects.exists()
    sign_in_with_second_factor(client, editor)
    page = send_page(client, issue)
    assert page.status_code == 200
    assert b"Send me a test" in page.content
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f"/admin/newsletters/{issue.pk}/send/" in edit


def test_an_unpublished_issue_cannot_be_sent(client, editor, issue, readers):
    issue.unpublish()
    sign_in_with_second_factor(client, editor)
    response = press_send(client, issue)
    assert response.status_code == 302
    assert not Mailing.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_sends_at_the_same_moment_give_each_subscriber_one_copy(
    newsletter_index, editor, readers
):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    issue = make_issue(newsletter_index)
    results, barrier = [], threading.Barrier(2)

    def press():
        from django.db import connection as thread_connection

        barrier.wait()
        try:
            results.append(sending.send_issue(issue, editor)[1])
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [0, 5]
    assert Delivery.objects.filter(issue=issue).count() == 5


def test_the_send_log_lists_the_newest_send_first(client, issue, editor):
    now = timezone.now()
    for subject, sent_at in (("Older send", now - datetime.timedelta(days=7)), ("Newer send", now)):
        Mailing.objects.create(issue=issue, subject=subject, created_at=sent_at, html_body="x")
    sign_in_with_second_factor(client, editor)
    log = client.get("/admin/newsletters/sends/").content.decode()
    assert log.index("Newer send") < log.index("Older send")
