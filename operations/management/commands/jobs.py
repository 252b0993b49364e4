"""`manage.py jobs`: every periodic job with its schedule, next run and last outcome."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from operations.crontab import crontab
from operations.jobs import JOBS
from operations.runs import last_runs

DEPLOY_DIRECTORY = "/srv/planningforsafety"


class Command(BaseCommand):
    help = "List the periodic jobs (next run, last outcome), or print them as a crontab."

    def add_arguments(self, parser):
        parser.add_argument("--crontab", action="store_true", help="Print a crontab instead.")
        parser.add_argument("--directory", default=DEPLOY_DIRECTORY, help="The checkout, for cron.")
        parser.add_argument(
            "--python", default=".venv/bin/python", help="The Python that runs manage.py."
        )
        parser.add_argument(
            "--env-file", default="/etc/planningforsafety.env", help="Environment for cron."
        )

    def handle(self, *args, **options):
        if options["crontab"]:
            self.stdout.write(
                crontab(
                    options["directory"], options["python"], options["env_file"], settings.TIME_ZONE
                ),
                ending="",
            )
            return
        runs = last_runs()
        rows = [("JOB", "SCHEDULE", "NEXT RUN", "LAST RUN", "OUTCOME")]
        for job in JOBS:
            last = runs.get(job.name)
            rows.append(
                (
                    job.name,
                    job.cron,
                    f"{job.next_time():%Y-%m-%d %H:%M}",
                    f"{timezone.localtime(last.scheduled_for):%Y-%m-%d %H:%M}" if last else "never",
                    last.outcome if last else "-",
                )
            )
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        for row in rows:
            self.stdout.write(
                "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
        self.stdout.write(f"\nTimes in {settings.TIME_ZONE}. What each job does:")
        for job in JOBS:
            self.stdout.write(f"  {job.name}: {job.description}")
