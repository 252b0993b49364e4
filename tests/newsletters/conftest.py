import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from home.models import Topic
from newsletters.models import NewsletterIndexPage, NewsletterPage, Subscriber
from newsletters.subscriptions import CONSENT_TEXT
from tests.factories import UserFactory, make_home_page, publish
from tests.network.conftest import areas, gated, network_home, people  # noqa: F401


@pytest.fixture
def newsletter_index(db):
    return publish(
        make_home_page(),
        NewsletterIndexPage(title="Newsletters", slug="newsletters", intro="<p>Past issues</p>"),
    )


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


@pytest.fixture
def issue(newsletter_index):
    return make_issue(newsletter_index)


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


@pytest.fixture
def editor(db):
    person = UserFactory(email="editor@example.org")
    # get_or_create: transactional tests flush the groups the migrations made
    editors, _ = Group.objects.get_or_create(name="Editors")
    person.groups.add(editors)
    return person
