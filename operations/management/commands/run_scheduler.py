"""The scheduler process (Procfile `scheduler`): queues each periodic job at its times."""

import signal

from django.core.management.base import BaseCommand

from operations.scheduler import TICK_SECONDS, Scheduler


class Command(BaseCommand):
    help = "Queue the periodic jobs (operations/jobs.py) for the worker at their scheduled times."

    def add_arguments(self, parser):
        parser.add_argument(
            "--tick", type=float, default=TICK_SECONDS, help="Seconds between looks at the clock."
        )

    def handle(self, *args, tick, **options):
        scheduler = Scheduler(tick_seconds=tick)
        signal.signal(signal.SIGTERM, scheduler.stop)
        signal.signal(signal.SIGINT, scheduler.stop)
        scheduler.run()
