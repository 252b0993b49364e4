"""Canonical URL, Open Graph and Twitter card tags for the <head> of every page."""

from urllib.parse import urljoin

from django import template
from django.conf import settings
from wagtail.models import Site

from home.models import SiteSettings

register = template.Library()

SHARE_IMAGE = "fill-1200x630"


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context):
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    # for_request keeps the settings on the request, where the templates' {{ settings }} finds them
    site_settings = SiteSettings.for_request(request) if site else None  # no site: error pages
    if page is not None and getattr(page, "url", None):
        url = settings.BASE_URL + page.url
        title = page.seo_title or page.title
        description = page.search_description or getattr(page, "summary", "")
        if getattr(type(page), "access", None):
            description = ""  # gated page types: their summary is for their audience only
    else:
        url = settings.BASE_URL + (request.path if request else "/")
        title = context.get("share_title", "")
        description = ""
    image = site_settings.default_share_image if site_settings else None
    # A rendition's URL is a path on this site, or the storage's own address (a bucket's).
    image_url = urljoin(settings.BASE_URL, image.get_rendition(SHARE_IMAGE).url) if image else ""
    return {
        "url": url,
        "title": title,
        "description": description,
        "site_name": site_settings.organisation_name if site_settings else "Planning for Safety",
        "image_url": image_url,
        "image_alt": image.default_alt_text if image else "",
        "kind": "article" if getattr(page, "share_as_article", False) else "website",
    }
