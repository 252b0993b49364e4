"""Sending an issue: choose recipients, freeze the issue, deliver in batches, retry failures.

Every subscriber gets an issue at most once: a Delivery row per (issue, subscriber) is unique,
and a delivery is marked sent in the same transaction that holds its row lock while the
message is handed to the mail server. A crashed or repeated batch finds sent rows and skips
them; a second press of "send" finds everyone already queued. Each message also carries a
Message-ID made from the issue and subscriber, so that in the one window no database can
close (the mail server accepted the message and the process died before the commit) mail
systems see a repeat as the same message.
"""

import contextlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.template import engines
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import Page

from home.emails import LOST_AFTER, SEND_ERRORS, retry_wait
from newsletters import links
from newsletters.email_html import html_to_text, inline_styles
from newsletters.models import Delivery, Mailing, Subscriber, TestSend


def recipients(topics=()):
    """Confirmed subscribers interested in any of `topics` (or in everything)."""
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    if topics:
        subscribers = subscribers.filter(Q(topics__in=topics) | Q(topics__isnull=True)).distinct()
    return subscribers


def render_issue(issue, listings):
    """(html, text) of an issue's content for email, with listings as given."""
    html = render_to_string(
        "newsletters/email/body.html",
        {"issue": issue, "sections": issue.sections(listings), "base_url": settings.BASE_URL},
    )
    html = inline_styles(html, settings.BASE_URL)
    return html, html_to_text(html)


def build_message(subject, issue, html_body, text_body, to, manage_url, unsubscribe_url):
    context = {
        "issue": issue,
        "subject": subject,
        # Our own template's output, re-serialised with every text node escaped (email_html).
        "body_html": mark_safe(html_body),  # noqa: S308
        "body_text": text_body,
        "web_url": settings.BASE_URL + issue.url,
        "manage_url": manage_url,
        "unsubscribe_url": unsubscribe_url,
    }
    html = render_to_string("newsletters/email/issue.html", context)
    text = engines["text"].get_template("newsletters/email/issue.txt").render(context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"Planning for Safety newsletter <newsletter.{mail_domain()}>",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def mail_domain():
    return urlsplit(settings.BASE_URL).hostname or "localhost"


def subscriber_message(mailing, subscriber):
    message = build_message(
        mailing.subject,
        mailing.issue,
        mailing.html_body,
        mailing.text_body,
        subscriber.email,
        links.manage_url(subscriber),
        links.unsubscribe_url(subscriber),
    )
    message.extra_headers["Message-ID"] = (
        f"<newsletter-{mailing.issue_id}-{subscriber.pk}@{mail_domain()}>"
    )
    return message


def send_test(issue, user):
    """Send the published issue to the editor now, and record it (sending needs one)."""
    listings = issue.frozen_listings() or issue.live_listings()
    html, text = render_issue(issue, listings)
    signup_url = settings.BASE_URL + reverse("newsletters:signup")
    message = build_message(
        f"[Test] {issue.title}", issue, html, text, user.email, signup_url, signup_url
    )
    message.send()
    TestSend.objects.create(issue=issue, user=user, revision_id=issue.live_revision_id)


def has_tested(issue, user):
    """Whether this user test-sent the version of the issue that is live now."""
    return TestSend.objects.filter(
        issue=issue, user=user, revision_id=issue.live_revision_id
    ).exists()


def send_issue(issue, user, topics=()):
    """Queue the issue for every chosen subscriber who has not had it: (mailing or None, n)."""
    with transaction.atomic():
        # One send of an issue at a time: a double press waits here, then finds no one left.
        Page.objects.select_for_update().filter(pk=issue.pk).first()
        had_it = Delivery.objects.filter(issue=issue).values("subscriber_id")
        targets = list(recipients(topics).exclude(pk__in=had_it).values_list("pk", flat=True))
        if not targets:
            return None, 0
        listings = issue.frozen_listings()
        if listings is None:
            listings = issue.live_listings()
        mailing = new_mailing(issue, listings, sent_by=user)
        mailing.topics.set(topics)
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, issue=issue, subscriber_id=pk) for pk in targets],
            ignore_conflicts=True,
        )
        delivery_ids = list(mailing.deliveries.values_list("pk", flat=True))
        log(
            issue,
            "newsletters.send",
            user=user,
            data={"mailing": mailing.pk, "recipients": len(delivery_ids)},
        )
        transaction.on_commit(lambda: enqueue_batches(mailing.pk, delivery_ids))
    return mailing, len(delivery_ids)


def new_mailing(issue, listings, **fields):
    """A mailing of the issue, its email rendered now with these listings (kept with it)."""
    html, text = render_issue(issue, listings)
    return Mailing.objects.create(
        issue=issue,
        subject=issue.title,
        frozen_listings=listings,
        html_body=html,
        text_body=text,
        **fields,
    )


def enqueue_batches(mailing_id, delivery_ids):
    size = settings.NEWSLETTER_BATCH_SIZE
    for start in range(0, len(delivery_ids), size):
        send_mailing_batch.enqueue(mailing_id, delivery_ids[start : start + size])


@task()
def send_mailing_batch(mailing_id, delivery_ids):
    """Deliver one batch; safe to run again, or alongside another copy of itself."""
    mailing = Mailing.objects.select_related("issue").filter(pk=mailing_id).first()
    if mailing is None:
        return {}
    outcomes = {}
    connection = get_connection()
    with contextlib.suppress(*SEND_ERRORS):
        connection.open()  # if this fails, each delivery tries again and records the failure
    try:
        for delivery_id in delivery_ids:
            outcome = deliver(mailing, delivery_id, connection)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    finally:
        connection.close()
    return outcomes


def deliver(mailing, delivery_id, connection, now=None):
    """Send one delivery if it is queued and due. Returns what happened."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("subscriber")
            .filter(pk=delivery_id, status=Delivery.Status.QUEUED)
            .first()
        )
        if delivery is None:
            return "done already"
        if delivery.attempts and delivery.next_attempt_at > now:
            return "not due"
        if not delivery.subscriber.is_confirmed:
            delivery.status = Delivery.Status.SKIPPED
            delivery.save(update_fields=["status"])
            return "skipped"
        delivery.attempts += 1
        try:
            connection.send_messages([subscriber_message(mailing, delivery.subscriber)])
        except SEND_ERRORS as error:
            record_failure(delivery, error, now)
            return "failed"
        delivery.status = Delivery.Status.SENT
        delivery.sent_at = now
        delivery.last_error = ""
        delivery.save(update_fields=["status", "sent_at", "attempts", "last_error"])
        return "sent"


def record_failure(delivery, error, now):
    """Retry later, waiting twice as long each time, until the attempts run out."""
    delivery.last_error = f"{type(error).__name__}: {error}"[:500]
    if delivery.attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
        delivery.status = Delivery.Status.FAILED
    else:
        delivery.next_attempt_at = now + retry_wait(delivery.attempts)
    delivery.save(update_fields=["status", "attempts", "last_error", "next_attempt_at"])


def due_deliveries(now=None):
    """Queued deliveries to try now: failed ones whose wait is over, and lost ones."""
    now = now or timezone.now()
    return Delivery.objects.filter(status=Delivery.Status.QUEUED).filter(
        Q(attempts__gt=0, next_attempt_at__lte=now) | Q(attempts=0, queued_at__lte=now - LOST_AFTER)
    )


def requeue_due(now=None):
    """Enqueue batches for every due delivery: {mailing id: count}."""
    by_mailing = {}
    for mailing_id, pk in due_deliveries(now).values_list("mailing_id", "pk").order_by("pk"):
        by_mailing.setdefault(mailing_id, []).append(pk)
    for mailing_id, delivery_ids in by_mailing.items():
        enqueue_batches(mailing_id, delivery_ids)
    return {mailing_id: len(ids) for mailing_id, ids in by_mailing.items()}
