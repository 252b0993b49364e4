"""Reports → Failed emails: the outbox's messages given up on, and why.

For whoever may read the outbox (`home.view_outgoingemail`): superusers, the site's
operators, and anyone given the permission. No staff group holds it: the list names the
recipients of every email the site sends. Bodies are never shown (they hold signed links).
"""

from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from home.models import OutgoingEmail

#: the codename Wagtail's model policy checks for "view" below
READ_OUTBOX = "home.view_outgoingemail"


class FailedEmailsReport(ReportView):
    page_title = "Failed emails"
    header_icon = "warning"
    index_url_name = "failed_emails"
    index_results_url_name = "failed_emails_results"
    permission_policy = ModelPermissionPolicy(OutgoingEmail)
    permission_required = "view"
    columns = [
        DateColumn("failed_at", label="Given up"),
        Column("subject", label="Subject"),
        Column("recipients", label="To"),
        NumberColumn("attempts", label="Attempts"),
        Column("last_error", label="Last error"),
    ]
    list_export = ["failed_at", "subject", "recipients", "attempts", "last_error", "key"]

    def get_queryset(self):
        return OutgoingEmail.objects.failed().order_by("-failed_at", "-pk")
