"""The scheduler: claims each job's runs at their scheduled times and queues them for the worker.

It keeps no state of its own beyond the time it last looked: on each tick it claims every
scheduled time passed since then (`runs.claim_run`), so a second scheduler claims nothing the
first already has. After a restart it looks back to its last heartbeat (at most CATCH_UP), so a
run due while it restarted is not lost; runs missed for longer are skipped, since every job
catches up with whatever is outstanding on its next run.
"""

import logging
import time
from datetime import timedelta

from django.db import close_old_connections
from django.utils import timezone

from operations.heartbeats import SCHEDULER, beat, this_process
from operations.jobs import JOBS
from operations.models import Heartbeat
from operations.runs import claim_run

logger = logging.getLogger(__name__)

CATCH_UP = timedelta(minutes=10)
TICK_SECONDS = 15


def starting_point(now):
    """Where a starting scheduler looks back to: its last heartbeat, within CATCH_UP."""
    last = Heartbeat.objects.filter(name=SCHEDULER).values_list("beat_at", flat=True).first()
    if last is None:
        return now
    return min(now, max(last, now - CATCH_UP))


def claim_due_runs(after, until, claimed_by):
    """Claim every job time in (after, until]; the runs this scheduler claimed."""
    claimed = []
    for job in JOBS:
        for moment in job.times_between(after, until):
            run = claim_run(job, moment, claimed_by)
            if run is not None:
                claimed.append(run)
                logger.info("Queued job %s for %s", job.name, moment.isoformat())
    return claimed


class Scheduler:
    def __init__(self, tick_seconds=TICK_SECONDS):
        self.tick_seconds = tick_seconds
        self.identity = this_process()
        self.running = True

    def stop(self, *args):
        self.running = False

    def run(self):
        looked_until = starting_point(timezone.now())
        logger.info("Scheduler %s started", self.identity)
        while self.running:
            close_old_connections()
            now = timezone.now()
            claim_due_runs(looked_until, now, self.identity)
            beat(SCHEDULER, self.identity, at=now)
            looked_until = now
            self.sleep()
        logger.info("Scheduler %s stopped", self.identity)

    def sleep(self):
        """Sleep a tick in short steps, so a stop signal ends the process promptly."""
        deadline = time.monotonic() + self.tick_seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(min(0.5, deadline - time.monotonic()))
