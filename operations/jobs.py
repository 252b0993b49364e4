"""Every periodic job, declared once: its name, when it runs, the command it runs and why.

The scheduler (`manage.py run_scheduler`), `manage.py jobs`, the admin's Scheduled jobs
report and the crontab for operators who prefer cron (`manage.py jobs --crontab`) all read
this list. Schedules are cron expressions in the site's time zone; `JOB_SCHEDULES` may move
one (e.g. a shorter waitlist-offer run in the production smoke test).
"""

from dataclasses import dataclass
from datetime import datetime

from croniter import croniter
from django.conf import settings
from django.utils import timezone


@dataclass(frozen=True)
class Job:
    name: str
    schedule: str
    description: str
    #: a management command and its arguments; empty for the heartbeat, whose run is the point
    command: tuple[str, ...] = ()

    @property
    def cron(self):
        """The schedule in force: the declared one unless JOB_SCHEDULES moves it."""
        return settings.JOB_SCHEDULES.get(self.name, self.schedule)

    def times_between(self, after, until):
        """Scheduled times in (after, until], as aware datetimes."""
        times = croniter(self.cron, timezone.localtime(after))
        while (moment := times.get_next(datetime)) <= until:
            yield moment

    def next_time(self, after=None):
        return croniter(self.cron, timezone.localtime(after or timezone.now())).get_next(datetime)


JOBS = (
    Job(
        "heartbeat",
        "* * * * *",
        "Shows that the scheduler and the worker are alive (/healthz reads it).",
    ),
    Job(
        "publish_scheduled",
        "* * * * *",
        "Publishes approved pages whose go-live time has come; unpublishes expired pages.",
        ("publish_scheduled",),
    ),
    Job(
        "retry_emails",
        "*/5 * * * *",
        "Sends outbox emails waiting for a retry and any whose task was lost.",
        ("retry_emails",),
    ),
    Job(
        "retry_newsletter_deliveries",
        "*/5 * * * *",
        "Retries newsletter deliveries that failed and picks up lost sending batches.",
        ("retry_newsletter_deliveries",),
    ),
    Job(
        "process_waitlist_offers",
        "*/5 * * * *",
        "Lapses unclaimed waitlist offers and offers free places to the waitlist in its order.",
        ("process_waitlist_offers",),
    ),
    Job(
        "send_event_reminders",
        "0 * * * *",
        "Sends event reminders EVENT_REMINDER_DAYS before each event.",
        ("send_event_reminders",),
    ),
    Job(
        "send_feedback_requests",
        "0 10 * * *",
        "Asks attendees of events that have ended for their feedback, once each.",
        ("send_feedback_requests",),
    ),
    Job(
        "send_daily_digests",
        "0 7 * * *",
        "Sends the daily digest of followed discussions.",
        ("send_discussion_digests", "daily"),
    ),
    Job(
        "send_weekly_digests",
        "0 7 * * 1",
        "Sends the weekly digest of followed discussions (Mondays).",
        ("send_discussion_digests", "weekly"),
    ),
    Job(
        "apply_retention",
        "30 2 * * *",
        "Deletes personal data past its retention period (docs/security.md).",
        ("apply_retention",),
    ),
    Job(
        "expire_newsletter_signups",
        "45 2 * * *",
        "Removes newsletter sign-ups never confirmed.",
        ("expire_newsletter_signups",),
    ),
    Job(
        "repair_search_index",
        "15 3 * * *",
        "Compares the search index with the database and repairs what differs.",
        ("search_index_check", "--fix"),
    ),
    Job(
        "prune_task_history",
        "0 4 * * *",
        "Deletes old job runs and finished task results.",
        ("prune_task_history",),
    ),
)

JOBS_BY_NAME = {job.name: job for job in JOBS}
