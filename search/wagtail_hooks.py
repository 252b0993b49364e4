from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import VIEW_SEARCH_REPORT, search_report
from search.page_documents import page_documents
from search.service import search_page


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/site-searches/", search_report, name="search_report")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_SEARCH_REPORT)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return StaffMenuItem("Site searches", reverse("search_report"), icon_name="search", order=720)


@hooks.register("register_search_documents")
def register_page_documents():
    return [page_documents]


hooks.register("keyword_search", search_page)
