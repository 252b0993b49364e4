"""What the scheduler and the worker leave behind: one row per job run, and heartbeats."""

from django.db import models
from django.utils import timezone


class JobRun(models.Model):
    """One run of a periodic job, claimed once for its scheduled time.

    The unique (job, scheduled_for) pair is the run key: when two schedulers (or two cron
    hosts) reach the same time, only the first insert succeeds, so each run happens once.
    """

    class Outcome(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    job = models.CharField(max_length=64)
    scheduled_for = models.DateTimeField()
    claimed_by = models.CharField(max_length=100, blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.QUEUED)
    output = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "scheduled_for"], name="one_run_per_job_time")
        ]
        ordering = ["-scheduled_for"]
        indexes = [models.Index(fields=["job", "-scheduled_for"])]

    def __str__(self):
        return f"{self.job} at {self.scheduled_for:%Y-%m-%d %H:%M} ({self.outcome})"


class Heartbeat(models.Model):
    """When a long-running process (the scheduler, the worker) was last seen alive."""

    name = models.CharField(max_length=32, primary_key=True)
    beat_at = models.DateTimeField()
    detail = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return f"{self.name}: {self.beat_at:%Y-%m-%d %H:%M:%S}"
