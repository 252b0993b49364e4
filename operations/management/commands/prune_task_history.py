"""Housekeeping for the job history and, with the database task queue, its finished results."""

from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from operations.models import JobRun

KEEP_DAYS = 30


class Command(BaseCommand):
    help = f"Delete job runs older than {KEEP_DAYS} days and finished task results of the queue."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=KEEP_DAYS)
        deleted, _ = JobRun.objects.filter(scheduled_for__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} job runs older than {KEEP_DAYS} days.")
        if settings.TASKS["default"]["BACKEND"] == settings.TASKS_BACKENDS["database"]:
            call_command("prune_db_task_results", min_age_days=KEEP_DAYS, stdout=self.stdout)
        else:
            self.stdout.write("Tasks run immediately: no task results are stored.")
