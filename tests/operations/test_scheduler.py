"""The scheduler claims each run once, the worker runs it once, and both leave a heartbeat."""

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from home.emails import queue_email
from home.models import OutgoingEmail
from operations import scheduler
from operations.heartbeats import SCHEDULER, WORKER, beat
from operations.jobs import JOBS_BY_NAME
from operations.models import Heartbeat, JobRun
from operations.runs import claim_run, run_job
from operations.scheduler import CATCH_UP, claim_due_runs, starting_point

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def at(hour, minute, day=2):
    return datetime(2026, 12, day, hour, minute, tzinfo=LONDON)


def claimed(runs):
    return sorted(
        (run.job, timezone.localtime(run.scheduled_for).strftime("%H:%M")) for run in runs
    )


def test_a_tick_claims_every_job_time_passed_since_the_last_look_and_no_other():
    runs = claim_due_runs(at(6, 58), at(7, 0), "scheduler-a")
    assert claimed(runs) == [
        ("heartbeat", "06:59"),
        ("heartbeat", "07:00"),
        ("process_waitlist_offers", "07:00"),
        ("publish_scheduled", "06:59"),
        ("publish_scheduled", "07:00"),
        ("retry_emails", "07:00"),
        ("retry_newsletter_deliveries", "07:00"),
        ("send_daily_digests", "07:00"),
        ("send_event_reminders", "07:00"),
    ]


def test_the_weekly_digest_is_claimed_on_mondays_only():
    monday, tuesday = 7, 8  # December 2026
    assert "send_weekly_digests" in {
        run.job for run in claim_due_runs(at(6, 59, monday), at(7, 0, monday), "a")
    }
    assert "send_weekly_digests" not in {
        run.job for run in claim_due_runs(at(6, 59, tuesday), at(7, 0, tuesday), "a")
    }


def test_a_second_scheduler_looking_at_the_same_times_claims_nothing():
    first = claim_due_runs(at(6, 50), at(7, 0), "scheduler-a")
    second = claim_due_runs(at(6, 55), at(7, 0), "scheduler-b")
    assert first and second == []
    assert JobRun.objects.count() == len(first)
    assert set(JobRun.objects.values_list("claimed_by", flat=True)) == {"scheduler-a"}


def test_schedules_are_read_in_the_sites_time_zone():
    """apply_retention at 02:30 London time is 02:30 UTC in winter and 01:30 UTC in summer."""
    winter = claim_due_runs(at(2, 29), at(2, 30), "a")
    summer = claim_due_runs(
        datetime(2026, 7, 1, 2, 29, tzinfo=LONDON), datetime(2026, 7, 1, 2, 30, tzinfo=LONDON), "a"
    )
    utc_hours = {
        run.scheduled_for.astimezone(ZoneInfo("UTC")).hour
        for run in winter + summer
        if run.job == "apply_retention"
    }
    assert utc_hours == {1, 2}


def test_a_starting_scheduler_looks_back_to_its_last_heartbeat_but_no_further_than_catch_up():
    now = timezone.now()
    assert starting_point(now) == now  # never ran: nothing to catch up
    beat(SCHEDULER, at=now - timedelta(minutes=3))
    assert starting_point(now) == now - timedelta(minutes=3)
    beat(SCHEDULER, at=now - timedelta(days=2))
    assert starting_point(now) == now - CATCH_UP


def test_the_scheduler_loop_claims_due_runs_and_beats_then_stops_when_asked(monkeypatch):
    beat(SCHEDULER, at=timezone.now() - timedelta(minutes=2))
    # (closing stale connections would close the test's own transaction)
    monkeypatch.setattr(scheduler, "close_old_connections", lambda: None)
    process = scheduler.Scheduler(tick_seconds=0)
    monkeypatch.setattr(process, "sleep", process.stop)  # one tick
    process.run()
    assert JobRun.objects.filter(job="heartbeat").count() >= 2
    assert Heartbeat.objects.get(name=SCHEDULER).detail == process.identity


def test_a_claimed_run_is_queued_for_the_worker_after_the_claim_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        run = claim_run(JOBS_BY_NAME["heartbeat"], at(9, 0), "a")
    run.refresh_from_db()
    assert run.outcome == JobRun.Outcome.SUCCEEDED  # the immediate backend ran it
    assert Heartbeat.objects.filter(name=WORKER).exists()


@pytest.fixture
def email_due_for_retry(django_capture_on_commit_callbacks):
    """An outbox message whose send failed once and whose retry is due now."""
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("k-1", "person@example.org", "Hello", "Body")
    OutgoingEmail.objects.update(sent_at=None, attempts=1, next_attempt_at=timezone.now())
    mail.outbox.clear()


def test_running_a_job_runs_its_command_and_keeps_its_output(email_due_for_retry):
    run = claim_run(JOBS_BY_NAME["retry_emails"], at(9, 5), "a")
    run_job.call(run.pk)
    run.refresh_from_db()
    assert run.outcome == JobRun.Outcome.SUCCEEDED
    assert run.started_at <= run.finished_at
    assert "1/1 sent" in run.output
    assert len(mail.outbox) == 1


def test_a_task_delivered_twice_runs_the_job_once(email_due_for_retry):
    run = claim_run(JOBS_BY_NAME["retry_emails"], at(9, 10), "a")
    run_job.call(run.pk)
    OutgoingEmail.objects.update(sent_at=None, next_attempt_at=timezone.now())
    run_job.call(run.pk)
    assert len(mail.outbox) == 1


def test_a_failing_job_is_recorded_as_failed_with_its_error_and_the_next_run_still_runs(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "modelsearch.backends.elasticsearch9",
            "URLS": ["http://127.0.0.1:1"],
            "TIMEOUT": 1,
        }
    }
    run = claim_run(JOBS_BY_NAME["repair_search_index"], at(3, 15), "a")
    run_job.call(run.pk)
    run.refresh_from_db()
    assert run.outcome == JobRun.Outcome.FAILED
    assert run.output
    later = claim_run(JOBS_BY_NAME["heartbeat"], at(3, 16), "a")
    run_job.call(later.pk)
    later.refresh_from_db()
    assert later.outcome == JobRun.Outcome.SUCCEEDED


def test_a_run_of_a_job_no_longer_declared_fails_with_its_name():
    run = JobRun.objects.create(job="gone_job", scheduled_for=at(9, 0))
    run_job.call(run.pk)
    run.refresh_from_db()
    assert run.outcome == JobRun.Outcome.FAILED
    assert "gone_job" in run.output


@pytest.mark.django_db(transaction=True)
def test_schedulers_racing_for_the_same_times_on_postgresql_claim_each_run_once():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL")
    racers = 6
    barrier = threading.Barrier(racers)
    claims = []

    def race(number):
        try:
            barrier.wait()
            claims.extend(claim_due_runs(at(6, 50), at(7, 0), f"scheduler-{number}"))
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(n,)) for n in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = [(run.job, run.scheduled_for) for run in claims]
    assert len(keys) == len(set(keys)) == JobRun.objects.count() > 10
