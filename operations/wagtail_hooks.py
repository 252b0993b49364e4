from django.urls import path, reverse
from wagtail import hooks

from home.admin_dashboard import offer
from home.admin_menu import PermissionMenuItem
from operations.admin_failed_emails import READ_OUTBOX, FailedEmailsReport
from operations.admin_panels import FailedEmailsPanel
from operations.admin_views import VIEW_JOBS, scheduled_jobs


@hooks.register("register_admin_urls")
def register_scheduled_jobs_url():
    return [path("reports/scheduled-jobs/", scheduled_jobs, name="scheduled_jobs")]


@hooks.register("register_reports_menu_item")
def register_scheduled_jobs_menu_item():
    return PermissionMenuItem(
        "Scheduled jobs", reverse("scheduled_jobs"), icon_name="time", permission=VIEW_JOBS
    )


@hooks.register("register_admin_urls")
def register_failed_emails_urls():
    return [
        path("reports/failed-emails/", FailedEmailsReport.as_view(), name="failed_emails"),
        path(
            "reports/failed-emails/results/",
            FailedEmailsReport.as_view(results_only=True),
            name="failed_emails_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_failed_emails_menu_item():
    return PermissionMenuItem(
        "Failed emails",
        reverse("failed_emails"),
        icon_name="warning",
        permission=READ_OUTBOX,
    )


hooks.register("construct_homepage_panels", offer(FailedEmailsPanel))
