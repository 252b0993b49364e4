"""Counting document downloads, safely when many arrive at once, in total and per month."""

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from resources.models import DocumentDownload, MonthlyDocumentDownload


def is_new_download(request):
    """A full download, not a resumed range or a HEAD: count each download once."""
    if request.method != "GET":
        return False
    byte_range = request.headers.get("Range", "")
    return not byte_range or byte_range.replace(" ", "").startswith("bytes=0-")


def month_of(moment):
    """The first day of the moment's month, in the site's time zone."""
    return timezone.localdate(moment).replace(day=1)


def record_download(document):
    """Add one to the document's total and to this month's count."""
    now = timezone.now()
    add_one(DocumentDownload, {"document": document}, last_downloaded_at=now)
    add_one(MonthlyDocumentDownload, {"document": document, "month": month_of(now)})


def add_one(model, key, **changes):
    """Add one to the row with this key, creating it: an atomic UPDATE, so concurrent
    downloads all count."""
    rows = model.objects.filter(**key)
    if rows.update(count=F("count") + 1, **changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, count=1, **changes)
    except IntegrityError:  # another request created the row first
        rows.update(count=F("count") + 1, **changes)


def ranked_by_downloads(documents, month=None):
    """Documents with `downloads` and `last_downloaded_at`, most downloaded first: over all
    time, or, given a month (its first day), only those downloaded in it, with its count.
    The downloads report and the dashboard both rank with this."""
    documents = documents.annotate(last_downloaded_at=F("download_record__last_downloaded_at"))
    if month is None:
        documents = documents.annotate(downloads=Coalesce(F("download_record__count"), Value(0)))
    else:
        in_month = MonthlyDocumentDownload.objects.filter(document=OuterRef("pk"), month=month)
        documents = documents.annotate(downloads=Subquery(in_month.values("count"))).filter(
            downloads__gt=0
        )
    return documents.order_by("-downloads", "title")
