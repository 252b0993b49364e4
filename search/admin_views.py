"""The editors' search report: popular searches and searches that found nothing."""

from datetime import timedelta

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.admin.auth import permission_required

from search.models import DailySearchCount
from search.records import REPORT_DAYS

ROWS = 50


#: Editors read what people search for (search/migrations/0002): a permission, not a group.
VIEW_SEARCH_REPORT = "search.view_dailysearchcount"


@permission_required(VIEW_SEARCH_REPORT)
def search_report(request):
    since = timezone.localdate() - timedelta(days=REPORT_DAYS - 1)
    recent = (
        DailySearchCount.objects.filter(day__gte=since)
        .values("query")
        .annotate(searches=Sum("searches"), no_results=Sum("no_results"))
    )
    return TemplateResponse(
        request,
        "search/admin/report.html",
        {
            "days": REPORT_DAYS,
            "popular": recent.order_by("-searches", "query")[:ROWS],
            "empty": recent.filter(no_results__gt=0).order_by("-no_results", "query")[:ROWS],
        },
    )
