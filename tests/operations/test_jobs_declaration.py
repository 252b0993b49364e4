"""The one declaration of periodic jobs: every job runs a real command on a valid schedule."""

import re
from pathlib import Path

import pytest
from croniter import croniter
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import get_commands, load_command_class

from config.env import env_schedules
from operations.jobs import JOBS, JOBS_BY_NAME

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_job_runs_a_command_that_exists_with_arguments_it_accepts():
    commands = get_commands()
    for job in JOBS:
        if not job.command:
            continue
        name, *arguments = job.command
        assert name in commands, job.name
        parser = load_command_class(commands[name], name).create_parser("manage.py", name)
        parser.parse_args(arguments)  # exits (fails the test) on an argument it does not know


def test_every_job_has_a_unique_name_a_valid_schedule_and_says_what_it_does():
    assert len(JOBS_BY_NAME) == len(JOBS)
    for job in JOBS:
        assert croniter.is_valid(job.schedule), job.name
        assert job.description.endswith("."), job.name


@pytest.mark.parametrize(
    "command",
    [
        "retry_emails",
        "retry_newsletter_deliveries",
        "send_event_reminders",
        "process_waitlist_offers",
        "apply_retention",
        "search_index_check",
        "send_discussion_digests",
        "expire_newsletter_signups",
    ],
)
def test_each_periodic_command_the_site_depends_on_is_scheduled(command):
    assert command in {job.command[0] for job in JOBS if job.command}


def test_the_readme_asks_operators_to_schedule_no_command_by_hand():
    """The old per-section cron lists are gone: the README points to the declaration."""
    text = README.read_text()
    for job in JOBS:
        if job.command:
            assert not re.search(rf"manage\.py {job.command[0]}\s+# (every|hourly|daily)", text)


def test_digests_go_daily_every_morning_and_weekly_once_a_week():
    assert JOBS_BY_NAME["send_daily_digests"].command == ("send_discussion_digests", "daily")
    assert JOBS_BY_NAME["send_weekly_digests"].command == ("send_discussion_digests", "weekly")
    assert JOBS_BY_NAME["send_weekly_digests"].schedule.split()[4] != "*"


def test_job_schedules_setting_moves_one_job_and_leaves_the_rest(settings):
    settings.JOB_SCHEDULES = {"process_waitlist_offers": "* * * * *"}
    assert JOBS_BY_NAME["process_waitlist_offers"].cron == "* * * * *"
    assert JOBS_BY_NAME["retry_emails"].cron == JOBS_BY_NAME["retry_emails"].schedule


def test_an_unknown_job_or_a_bad_expression_in_job_schedules_fails_the_checks(settings):
    settings.JOB_SCHEDULES = {"no_such_job": "* * * * *", "heartbeat": "every minute"}
    ids = {error.id for error in run_checks()}
    assert {"operations.E001", "operations.E002"} <= ids


def test_job_schedules_are_read_from_the_environment():
    raw = "process_waitlist_offers = *  * * * * ; heartbeat=*/2 * * * *;"
    assert env_schedules("JOB_SCHEDULES", {"JOB_SCHEDULES": raw}) == {
        "process_waitlist_offers": "* * * * *",
        "heartbeat": "*/2 * * * *",
    }
    assert env_schedules("JOB_SCHEDULES", {}) == {}


@pytest.mark.parametrize("raw", ["heartbeat", "=* * * * *", "heartbeat="])
def test_a_malformed_job_schedules_variable_stops_the_server_with_its_name(raw):
    with pytest.raises(ImproperlyConfigured, match="JOB_SCHEDULES"):
        env_schedules("JOB_SCHEDULES", {"JOB_SCHEDULES": raw})
