"""The dashboard panel for whoever may read the outbox: emails given up on."""

from django.db.models import Count, Max

from home.admin_dashboard import DashboardPanel
from home.models import OutgoingEmail
from operations.admin_failed_emails import READ_OUTBOX


class FailedEmailsPanel(DashboardPanel):
    name = "failed-emails"
    heading = "Emails that failed"
    template_name = "operations/admin/failed_emails_panel.html"

    @classmethod
    def may_see(cls, user):
        return user.has_perm(READ_OUTBOX)

    def items(self):
        return OutgoingEmail.objects.failed().aggregate(failed=Count("pk"), latest=Max("failed_at"))
