from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from resources.downloads import is_new_download, record_download
from resources.reports import DocumentDownloadsReport


# order=100: after Wagtail's own privacy check, so refused requests are not counted.
@hooks.register("before_serve_document", order=100)
def count_document_download(document, request):
    if is_new_download(request):
        record_download(document)


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path(
            "reports/document-downloads/",
            DocumentDownloadsReport.as_view(),
            name="resources_document_downloads",
        ),
        path(
            "reports/document-downloads/results/",
            DocumentDownloadsReport.as_view(results_only=True),
            name="resources_document_downloads_results",
        ),
    ]


class DocumentEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtaildocs.change_document")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DocumentEditorsMenuItem(
        "Document downloads",
        reverse("resources_document_downloads"),
        icon_name="download",
        order=700,
    )
