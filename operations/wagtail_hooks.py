from django.urls import path, reverse
from wagtail import hooks

from home.admin_menu import PermissionMenuItem
from operations.admin_views import VIEW_JOBS, scheduled_jobs


@hooks.register("register_admin_urls")
def register_scheduled_jobs_url():
    return [path("reports/scheduled-jobs/", scheduled_jobs, name="scheduled_jobs")]


@hooks.register("register_reports_menu_item")
def register_scheduled_jobs_menu_item():
    return PermissionMenuItem(
        "Scheduled jobs", reverse("scheduled_jobs"), icon_name="time", permission=VIEW_JOBS
    )
