"""QR codes of public pages (SVG and PNG) and a printable "find out more" flyer."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from wagtail.models import Site

from network.access import all_pages
from newsletters.qr import qr_png, qr_svg


def public_page(page_id):
    """The page if anyone may see it; gated, restricted and unpublished pages are 404."""
    page = all_pages().filter(pk=page_id).visible_to(AnonymousUser()).first()
    if page is None:
        raise Http404("No public page has this id.")
    return page.specific


def page_address(page):
    return settings.BASE_URL + page.url


FORMATS = {"svg": (qr_svg, "image/svg+xml"), "png": (qr_png, "image/png")}


@cache_control(public=True, max_age=86400)
def page_qr(request, page_id, extension):
    make, content_type = FORMATS[extension]
    response = HttpResponse(make(page_address(public_page(page_id))), content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="qr-page-{page_id}.{extension}"'
    return response


def flyer(request, page_id=None):
    """A one-page printable flyer: the page's title, summary, address and QR code."""
    if page_id is None:
        site = Site.find_for_request(request)
        page_id = site.root_page_id if site else None
    page = public_page(page_id)
    summary = getattr(page, "summary", "") or page.search_description
    return render(
        request,
        "newsletters/flyer.html",
        {"flyer_page": page, "summary": summary, "address": page_address(page)},
    )
