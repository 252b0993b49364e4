"""The dashboard panel for staff who send newsletters: deliveries that failed."""

from django.db.models import Count

from home.admin_dashboard import DashboardPanel
from newsletters.admin_views import SEND_NEWSLETTER
from newsletters.models import Delivery


class FailedDeliveriesPanel(DashboardPanel):
    name = "failed-deliveries"
    heading = "Newsletter deliveries that failed"
    template_name = "newsletters/admin/failed_deliveries_panel.html"

    @classmethod
    def may_see(cls, user):
        return user.has_perm(SEND_NEWSLETTER)

    def items(self):
        mailings = (
            Delivery.objects.failed()
            .values("mailing_id", "mailing__subject", "mailing__created_at")
            .annotate(failed=Count("pk"))
            .order_by("-mailing__created_at", "-mailing_id")
        )
        return {"mailings": list(mailings)}
