"""Demo content for the newsletters section, built by `manage.py load_demo_content`.

Three past issues, each recorded as sent (with what their listings held then), and a few
subscribers: confirmed, waiting for confirmation and unsubscribed. Nothing is emailed.
"""

import datetime

from django.utils import timezone

from home.demo.builder import ensure_child, ensure_section
from home.demo.data import load, stream
from home.models import Topic
from newsletters.models import Delivery, NewsletterIndexPage, NewsletterPage, Subscriber
from newsletters.sending import new_mailing
from newsletters.subscriptions import CONSENT_TEXT

CONTENT = load(__file__)


def build_demo_content(home, report):
    section = CONTENT["section"]
    index = ensure_section(
        home, NewsletterIndexPage, "newsletters", section["title"], section["intro"], report
    )
    subscribers = [ensure_subscriber(spec) for spec in CONTENT["subscribers"]]
    for spec in CONTENT["issues"]:
        issue = ensure_child(index, spec["slug"], lambda s=spec: new_issue(s, home), report)
        if isinstance(issue, NewsletterPage) and not issue.mailings.exists():
            record_past_send(issue, subscribers)


def new_issue(spec, home):
    return NewsletterPage(
        title=spec["title"],
        slug=spec["slug"],
        issue_date=spec.get("issue_date") or timezone.localdate() - datetime.timedelta(days=7),
        summary=spec["summary"],
        search_description=spec["summary"],
        body=[with_page_links(block, home) for block in stream(spec["body"])],
    )


def with_page_links(block, home):
    """Button blocks name a section of the demo site by slug; link them to that page."""
    kind, value = block
    if kind != "button":
        return block
    page = home.get_children().filter(slug=value["page_slug"]).first()
    return (kind, {"text": value["text"], "page": page, "url": ""})


def ensure_subscriber(spec):
    email = spec["email"]
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None:
        return subscriber
    status = Subscriber.Status(spec["status"])
    now = timezone.now()
    subscriber = Subscriber.objects.create(
        email=email,
        status=status,
        consent_text=CONSENT_TEXT,
        consent_source=Subscriber.Source(spec["source"]),
        consent_at=now - datetime.timedelta(days=1 if status == "pending" else 200),
        confirmed_at=None if status == "pending" else now - datetime.timedelta(days=200),
        unsubscribed_at=now - datetime.timedelta(days=20) if status == "unsubscribed" else None,
    )
    subscriber.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
    return subscriber


def record_past_send(issue, subscribers):
    """Record the issue as sent on its date to the confirmed subscribers (no email)."""
    sent_at = datetime.datetime.combine(issue.issue_date, datetime.time(9, 30), tzinfo=datetime.UTC)
    mailing = new_mailing(issue, issue.live_listings(), created_at=sent_at)
    Delivery.objects.bulk_create(
        Delivery(
            mailing=mailing,
            issue=issue,
            subscriber=subscriber,
            status=Delivery.Status.SENT,
            attempts=1,
            queued_at=sent_at,
            sent_at=sent_at,
        )
        for subscriber in subscribers
        if subscriber.status != Subscriber.Status.PENDING
    )
