"""JOB_SCHEDULES may only move declared jobs, to valid cron expressions."""

from croniter import croniter
from django.conf import settings
from django.core.checks import Error, register

from operations.jobs import JOBS_BY_NAME


@register()
def check_job_schedules(app_configs, **kwargs):
    errors = []
    for name, schedule in settings.JOB_SCHEDULES.items():
        if name not in JOBS_BY_NAME:
            errors.append(
                Error(
                    f"JOB_SCHEDULES names no such job: {name!r}.",
                    hint=f"Jobs: {', '.join(JOBS_BY_NAME)}.",
                    id="operations.E001",
                )
            )
        elif not croniter.is_valid(schedule):
            errors.append(
                Error(
                    f"JOB_SCHEDULES gives {name!r} an invalid cron expression: {schedule!r}.",
                    hint='Five fields: minute hour day month weekday, e.g. "*/5 * * * *".',
                    id="operations.E002",
                )
            )
    return errors
