"""Claiming a job's run for its scheduled time, and running it on the worker.

A run is claimed by inserting its JobRun: the unique (job, scheduled_for) key lets exactly one
claimant through, so two schedulers, or cron on two hosts, never run a job twice. The claimant
enqueues `run_job` after its transaction commits; the worker marks the run started only if it
is still queued, so a task delivered twice runs the job once.
"""

import io
import logging

from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django_tasks import task

from operations.heartbeats import WORKER, beat
from operations.jobs import JOBS_BY_NAME
from operations.models import JobRun

logger = logging.getLogger(__name__)

#: how much of a command's output a run keeps (its last characters)
OUTPUT_KEPT = 4000


def claim_run(job, scheduled_for, claimed_by=""):
    """The new JobRun, queued for the worker; None when someone else claimed this time first."""
    try:
        with transaction.atomic():
            run = JobRun.objects.create(
                job=job.name, scheduled_for=scheduled_for, claimed_by=claimed_by[:100]
            )
            transaction.on_commit(lambda: run_job.enqueue(run.pk))
    except IntegrityError:
        return None
    return run


@task()
def run_job(run_pk):
    """Run a claimed job once, recording its outcome and output; the worker's heartbeat."""
    beat(WORKER)
    started = JobRun.objects.filter(pk=run_pk, outcome=JobRun.Outcome.QUEUED).update(
        outcome=JobRun.Outcome.RUNNING, started_at=timezone.now()
    )
    if not started:
        return
    run = JobRun.objects.get(pk=run_pk)
    outcome, output = execute(run.job)
    run.outcome, run.output, run.finished_at = outcome, output[-OUTPUT_KEPT:], timezone.now()
    run.save(update_fields=["outcome", "output", "finished_at"])


def execute(job_name):
    """(outcome, output) of running the job's command; a failure is recorded, not raised."""
    job = JOBS_BY_NAME.get(job_name)
    if job is None:
        return JobRun.Outcome.FAILED, f"No such job is declared any more: {job_name}"
    output = io.StringIO()
    try:
        if job.command:
            call_command(*job.command, stdout=output, stderr=output)
    except Exception as error:
        logger.exception("Job %s failed", job_name)
        output.write(f"\n{type(error).__name__}: {error}")
        return JobRun.Outcome.FAILED, output.getvalue()
    return JobRun.Outcome.SUCCEEDED, output.getvalue()


def last_runs():
    """{job name: its latest JobRun}, in one query."""
    newest = JobRun.objects.filter(job=OuterRef("job")).order_by("-scheduled_for").values("pk")
    latest = JobRun.objects.annotate(newest=Subquery(newest[:1])).filter(pk=F("newest"))
    return {run.job: run for run in latest}
