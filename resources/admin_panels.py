"""The dashboard panel for editors: the documents most downloaded this month."""

from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from home.admin_dashboard import DashboardPanel
from resources.admin_views import DocumentDownloadsReport, month_query
from resources.downloads import month_of, ranked_by_downloads

MOST_DOWNLOADED = 5


class DownloadsThisMonthPanel(DashboardPanel):
    name = "downloads-this-month"
    heading = "Documents most downloaded this month"
    template_name = "resources/admin/downloads_panel.html"

    @classmethod
    def may_see(cls, user):
        return DocumentDownloadsReport.may_view(user)

    def items(self):
        month = month_of(timezone.now())
        documents = ranked_by_downloads(get_document_model().objects.all(), month)
        return {
            "documents": documents[:MOST_DOWNLOADED],
            "month": month,
            "report_url": f"{reverse('resources_document_downloads')}?{month_query(month)}",
        }
