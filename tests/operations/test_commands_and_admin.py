"""`manage.py jobs`, `run_job`, the generated crontab and the admin's Scheduled jobs report."""

import time
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone

from operations.jobs import JOBS
from operations.models import JobRun
from tests.factories import UserFactory
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_jobs_lists_every_job_with_its_schedule_next_run_and_last_outcome():
    JobRun.objects.create(
        job="apply_retention",
        scheduled_for=timezone.now(),
        outcome=JobRun.Outcome.FAILED,
    )
    lines = run("jobs").splitlines()
    rows = {line.split()[0]: line for line in lines[1 : len(JOBS) + 1]}
    assert set(rows) == {job.name for job in JOBS}
    assert "failed" in rows["apply_retention"]
    assert rows["retry_emails"].split()[1:6] == ["*/5", "*", "*", "*", "*"]
    assert "never" in rows["send_weekly_digests"]


def test_the_crontab_in_deploy_is_the_one_the_declaration_generates():
    """Regenerate with: manage.py jobs --crontab > deploy/crontab"""
    assert (DEPLOY / "crontab").read_text() == run("jobs", "--crontab")


def test_the_crontab_has_one_line_per_job_calling_run_job_at_its_schedule():
    text = run("jobs", "--crontab", "--directory", "/opt/pfs", "--python", "/opt/venv/bin/python")
    lines = [line for line in text.splitlines() if "run_job" in line]
    assert len(lines) == len(JOBS)
    for job, line in zip(JOBS, lines, strict=True):
        assert line.startswith(f"{job.schedule} cd /opt/pfs ")
        assert line.endswith(f"/opt/venv/bin/python manage.py run_job {job.name}")


def test_run_job_runs_a_job_once_per_minute_however_often_cron_calls_it(
    django_capture_on_commit_callbacks,
):
    while timezone.now().second > 55:  # both calls within one minute
        time.sleep(1)
    with django_capture_on_commit_callbacks(execute=True):
        first, second = run("run_job", "heartbeat"), run("run_job", "heartbeat")
    assert "already claimed" not in first
    assert "already claimed" in second
    (only,) = JobRun.objects.filter(job="heartbeat")
    assert only.outcome == JobRun.Outcome.SUCCEEDED


def test_run_job_names_the_jobs_when_given_an_unknown_one():
    with pytest.raises(CommandError, match="retry_emails"):
        run("run_job", "no_such_job")


def test_staff_see_every_job_its_next_run_and_a_failed_runs_output(client):
    JobRun.objects.create(
        job="send_event_reminders",
        scheduled_for=timezone.now(),
        outcome=JobRun.Outcome.FAILED,
        output="SMTPServerDisconnected: gone",
    )
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get(name="Moderators"))
    sign_in_with_second_factor(client, moderator)
    response = client.get("/admin/reports/scheduled-jobs/")
    assert response.status_code == 200
    text = response.content.decode()
    for job in JOBS:
        assert f"<code>{job.name}</code>" in text
    assert "SMTPServerDisconnected: gone" in text
    assert "Never seen" in text  # no heartbeat yet


def test_the_reports_menu_shows_scheduled_jobs_to_staff_only(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_with_second_factor(client, editor)
    assert "/admin/reports/scheduled-jobs/" in client.get("/admin/").content.decode()
    client.logout()
    sign_in_with_second_factor(client, UserFactory(is_superuser=True))
    assert client.get("/admin/reports/scheduled-jobs/").status_code == 200
    client.logout()
    sign_in_with_second_factor(client, UserFactory())
    assert client.get("/admin/reports/scheduled-jobs/").status_code == 302
