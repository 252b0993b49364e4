"""Run one periodic job now: what each line of the generated crontab calls."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.heartbeats import SCHEDULER, beat, this_process
from operations.jobs import JOBS_BY_NAME
from operations.runs import claim_run


class Command(BaseCommand):
    help = (
        "Queue one periodic job for this minute (run by the worker; at once when tasks run "
        "immediately). Cron on several hosts still runs it once: the minute is its run key."
    )

    def add_arguments(self, parser):
        parser.add_argument("job", help=f"One of: {', '.join(JOBS_BY_NAME)}")

    def handle(self, *args, job, **options):
        declared = JOBS_BY_NAME.get(job)
        if declared is None:
            raise CommandError(f"No job {job!r}. Jobs: {', '.join(JOBS_BY_NAME)}")
        minute = timezone.now().replace(second=0, microsecond=0)
        beat(SCHEDULER, f"cron {this_process()}")
        run = claim_run(declared, minute, claimed_by=f"cron {this_process()}")
        if run is None:
            self.stdout.write(f"{job}: already claimed for {minute:%Y-%m-%d %H:%M} elsewhere.")
            return
        run.refresh_from_db()
        self.stdout.write(f"{job}: {run.get_outcome_display().lower()}.")
