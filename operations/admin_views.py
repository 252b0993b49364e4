"""The admin's Scheduled jobs report: the same jobs, times and outcomes as `manage.py jobs`."""

from django.conf import settings
from django.template.response import TemplateResponse
from wagtail.admin.auth import permission_required

from operations.heartbeats import last_beats
from operations.jobs import JOBS
from operations.models import JobRun
from operations.runs import last_runs

#: staff groups hold it (operations/migrations/0002): a permission, not a group name
VIEW_JOBS = "operations.view_jobrun"
RECENT_RUNS = 50


@permission_required(VIEW_JOBS)
def scheduled_jobs(request):
    runs = last_runs()
    jobs = [{"job": job, "next": job.next_time(), "last": runs.get(job.name)} for job in JOBS]
    return TemplateResponse(
        request,
        "operations/admin/jobs.html",
        {
            "jobs": jobs,
            "heartbeats": last_beats(),
            "recent": JobRun.objects.all()[:RECENT_RUNS],
            "failed": JobRun.Outcome.FAILED,
            "time_zone": settings.TIME_ZONE,
        },
    )
