"""Heartbeats of the scheduler and the worker, and how old they may grow before /healthz minds."""

import os
import socket
from datetime import timedelta

from django.utils import timezone

from operations.models import Heartbeat

SCHEDULER = "scheduler"
WORKER = "worker"
#: the heartbeat job runs every minute; a beat older than this means the process is not working
STALE_AFTER = timedelta(minutes=5)


def this_process():
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


def beat(name, detail=None, at=None):
    Heartbeat.objects.update_or_create(
        name=name, defaults={"beat_at": at or timezone.now(), "detail": detail or this_process()}
    )


def last_beats():
    """{name: {"last_seen": iso time or None, "state": "up"|"stale"|"never"}} for both processes."""
    seen = dict(Heartbeat.objects.values_list("name", "beat_at"))
    now = timezone.now()
    report = {}
    for name in (SCHEDULER, WORKER):
        at = seen.get(name)
        if at is None:
            report[name] = {"last_seen": None, "state": "never"}
        else:
            state = "up" if now - at <= STALE_AFTER else "stale"
            report[name] = {"last_seen": at.isoformat(timespec="seconds"), "state": state}
    return report
