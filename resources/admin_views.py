"""The admin report of document downloads, for editors: over all time or in one month."""

import datetime

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from resources.downloads import month_of, ranked_by_downloads
from resources.models import MonthlyDocumentDownload

MONTH_FORMAT = "%Y-%m"


def month_choices():
    """This month and every month with a download, newest first."""
    months = set(MonthlyDocumentDownload.objects.dates("month", "month"))
    months.add(month_of(timezone.now()))
    return [(month.strftime(MONTH_FORMAT), f"{month:%B %Y}") for month in sorted(months)[::-1]]


def month_query(month):
    """The report's query string for one month (its first day)."""
    return f"month={month:{MONTH_FORMAT}}"


class MonthFilter(django_filters.ChoiceFilter):
    """Chooses which downloads are counted, so the report's queryset applies it (see
    `DocumentDownloadsReport.month`), not this filter."""

    def filter(self, qs, value):
        return qs


class DownloadsFilterSet(WagtailFilterSet):
    month = MonthFilter(label="Month", choices=month_choices, empty_label="All time")

    class Meta:
        model = get_document_model()
        fields = []


def documents_policy():
    return policy_registry.get_by_type(get_document_model())


class DocumentDownloadsReport(ReportView):
    page_title = "Document downloads"
    header_icon = "download"
    index_url_name = "resources_document_downloads"
    index_results_url_name = "resources_document_downloads_results"
    any_permission_required = ["change"]
    filterset_class = DownloadsFilterSet
    columns = [
        TitleColumn("title", url_name="wagtaildocs:edit"),
        Column("collection", label="Collection"),
        NumberColumn("downloads", label="Downloads"),
        DateColumn("last_downloaded_at", label="Last downloaded"),
    ]
    list_export = ["title", "collection", "downloads", "last_downloaded_at"]
    export_headings = {"last_downloaded_at": "Last downloaded"}

    @classmethod
    def may_view(cls, user):
        return documents_policy().user_has_any_permission(user, cls.any_permission_required)

    @cached_property
    def permission_policy(self):
        return documents_policy()

    @cached_property
    def month(self):
        """The month chosen in the filter (its first day), or None for all time."""
        if not (self.filters and self.filters.is_valid()):
            return None
        chosen = self.filters.form.cleaned_data.get("month")
        if not chosen:
            return None
        return datetime.datetime.strptime(chosen, MONTH_FORMAT).date()

    def get_queryset(self):
        documents = get_document_model().objects.select_related("collection")
        return ranked_by_downloads(documents, self.month)
