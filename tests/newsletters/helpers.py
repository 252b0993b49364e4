"""Newsletter issues, topics and subscribers for tests."""

import datetime

from django.utils import timezone

from home.models import Topic
from newsletters.models import NewsletterPage, Subscriber
from newsletters.subscriptions import CONSENT_TEXT
from tests.factories import publish


def make_issue(index, **overrides):
    fields = {
        "title": "Spring update",
        "slug": "spring-update",
        "issue_date": datetime.date(2026, 4, 1),
        "summary": "New packs and dates for regional events.",
        "body": [
            ("heading", {"text": "What is new", "level": "h2"}),
            ("paragraph", '<p>Read the <a href="/resources/">library</a> & say hello.</p>'),
        ],
        **overrides,
    }
    return publish(index, NewsletterPage(**fields))


def topic(slug):
    return Topic.objects.get(slug=slug)


def two_topics():
    first, second = Topic.objects.order_by("name")[:2]
    return first, second


def make_subscriber(email, status=Subscriber.Status.CONFIRMED, topics=()):
    subscriber = Subscriber.objects.create(
        email=email,
        status=status,
        consent_text=CONSENT_TEXT,
        consent_source=Subscriber.Source.HOME,
        confirmed_at=timezone.now() if status == Subscriber.Status.CONFIRMED else None,
    )
    subscriber.topics.set(topics)
    return subscriber
