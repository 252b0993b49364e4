"""Demo newsletters: three past issues recorded as sent, and subscribers in every state."""

import io

import pytest
from django.core.management import call_command

from newsletters.models import Delivery, Mailing, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


def test_demo_has_three_sent_issues_and_subscribers_in_every_state(client, mailoutbox):
    call_command("load_demo_content", stdout=io.StringIO())
    issues = NewsletterPage.objects.live()
    assert issues.count() == 3
    assert Mailing.objects.count() == 3
    assert all(issue.frozen_listings() is not None for issue in issues)
    statuses = set(Subscriber.objects.values_list("status", flat=True))
    assert statuses == {"confirmed", "pending", "unsubscribed"}
    assert not Delivery.objects.filter(subscriber__status="pending").exists()
    assert mailoutbox == []  # loading the demo emails no one
    archive = client.get("/newsletters/").content.decode()
    assert all(issue.title in archive for issue in issues)
    assert 'property="og:image" content="http' in archive  # the demo's default share image
    listed = issues.get(slug="working-with-schools")
    assert "Upcoming events" in client.get(listed.url).content.decode()
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Mailing.objects.count(), Subscriber.objects.count()) == (3, 7)
