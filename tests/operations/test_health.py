"""/healthz reports the scheduler's and worker's heartbeats and the outbox, never an address."""

from datetime import timedelta

import pytest
from django.utils import timezone

from home.models import OutgoingEmail
from operations.heartbeats import SCHEDULER, WORKER, beat

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue_backend(settings):
    """Production's task queue: a worker and a scheduler are expected to be running."""
    settings.TASKS = {"default": {"BACKEND": settings.TASKS_BACKENDS["database"]}}


def health(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    return response.json()


def test_healthz_counts_waiting_and_failed_emails_without_showing_any(client):
    now = timezone.now()
    OutgoingEmail.objects.create(
        key="a",
        recipients="alex@example.org",
        subject="Your place",
        created_at=now - timedelta(minutes=7),
    )
    OutgoingEmail.objects.create(key="b", recipients="bo@example.org", subject="Your place")
    OutgoingEmail.objects.create(key="c", recipients="cy@example.org", subject="x", sent_at=now)
    OutgoingEmail.objects.create(key="d", recipients="di@example.org", subject="x", failed_at=now)
    body = health(client)
    assert body["outbox"]["waiting"] == 2
    assert 7 * 60 <= body["outbox"]["oldest_waiting_seconds"] < 8 * 60
    assert body["outbox"]["failed"] == 1
    assert body["outbox"]["newsletter_deliveries_failed"] == 0
    text = client.get("/healthz").content.decode()
    assert "example.org" not in text and "Your place" not in text


def test_healthz_shows_when_the_scheduler_and_worker_were_last_seen(client):
    beat(SCHEDULER)
    body = health(client)
    assert body["scheduler"]["state"] == "up"
    assert body["scheduler"]["last_seen"]
    assert body["worker"] == {"last_seen": None, "state": "never"}


def test_a_stopped_worker_makes_healthz_degraded_when_the_queue_is_in_use(client, queue_backend):
    beat(SCHEDULER)
    beat(WORKER, at=timezone.now() - timedelta(minutes=6))
    body = health(client)
    assert body["worker"]["state"] == "stale"
    assert body["status"] == "degraded"
    beat(WORKER)
    assert health(client)["status"] == "ok"


def test_a_scheduler_never_started_makes_healthz_degraded_when_the_queue_is_in_use(
    client, queue_backend
):
    beat(WORKER)
    assert health(client)["status"] == "degraded"


def test_without_a_queue_missing_heartbeats_leave_healthz_ok(client):
    """Tasks run in the request (development): no worker is expected."""
    assert health(client)["status"] == "ok"
