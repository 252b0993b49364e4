from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.admin_dashboard import offer
from resources.admin_panels import DownloadsThisMonthPanel
from resources.admin_views import DocumentDownloadsReport
from resources.downloads import is_new_download, record_download
from resources.models import ResourcePackPage, ResourcePage

hooks.register("construct_homepage_panels", offer(DownloadsThisMonthPanel))


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
        return DocumentDownloadsReport.may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DocumentEditorsMenuItem(
        "Document downloads",
        reverse("resources_document_downloads"),
        icon_name="download",
        order=700,
    )


@hooks.register("newsletter_new_resources")
def newsletter_new_resources(topic_ids, limit, since=None):
    """Public packs and tools first published since `since`, newest first, as listing items."""
    found = []
    for model, kind in ((ResourcePackPage, "Resource pack"), (ResourcePage, "Tool")):
        pages = model.objects.visible_to(AnonymousUser())
        if since is not None:
            pages = pages.filter(first_published_at__gte=since)
        if topic_ids:
            pages = pages.filter(topics__in=topic_ids).distinct()
        found.extend((page, kind) for page in pages.order_by("-first_published_at")[:limit])
    found.sort(key=lambda pair: pair[0].first_published_at, reverse=True)
    return [
        {
            "title": page.title,
            "url": settings.BASE_URL + page.url,
            "meta": kind,
            "summary": page.summary,
        }
        for page, kind in found[:limit]
    ]
