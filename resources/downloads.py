"""Counting document downloads, safely when many arrive at once."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from resources.models import DocumentDownload


def is_new_download(request):
    """A full download, not a resumed range or a HEAD: count each download once."""
    if request.method != "GET":
        return False
    byte_range = request.headers.get("Range", "")
    return not byte_range or byte_range.replace(" ", "").startswith("bytes=0-")


def record_download(document):
    """Add one to the document's count; an atomic UPDATE, so concurrent downloads all count."""
    now = timezone.now()
    counted = DocumentDownload.objects.filter(document=document).update(
        count=F("count") + 1, last_downloaded_at=now
    )
    if counted:
        return
    try:
        with transaction.atomic():
            DocumentDownload.objects.create(document=document, count=1, last_downloaded_at=now)
    except IntegrityError:  # another request created the row first
        DocumentDownload.objects.filter(document=document).update(
            count=F("count") + 1, last_downloaded_at=now
        )
