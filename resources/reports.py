"""The admin report of document downloads, for editors."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry


class DocumentDownloadsReport(ReportView):
    page_title = "Document downloads"
    header_icon = "download"
    index_url_name = "resources_document_downloads"
    index_results_url_name = "resources_document_downloads_results"
    any_permission_required = ["change"]
    columns = [
        TitleColumn("title", url_name="wagtaildocs:edit"),
        Column("collection", label="Collection"),
        NumberColumn("downloads", label="Downloads"),
        DateColumn("last_downloaded_at", label="Last downloaded"),
    ]
    list_export = ["title", "collection", "downloads", "last_downloaded_at"]
    export_headings = {"last_downloaded_at": "Last downloaded"}

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(get_document_model())

    def get_queryset(self):
        return (
            get_document_model()
            .objects.select_related("collection")
            .annotate(
                downloads=Coalesce(F("download_record__count"), Value(0)),
                last_downloaded_at=F("download_record__last_downloaded_at"),
            )
            .order_by("-downloads", "title")
        )
