"""Responsive pictures: AVIF and WebP sources with a JPEG fallback, at several widths."""

from django import template
from wagtail.images.models import Picture

register = template.Library()

WIDTHS = (1600, 1200, 800, 480)
# Browsers take the first <source> type they support; the JPEG <img> serves the rest.
FORMATS = ("avif", "webp", "jpeg")
# The content column: the viewport less its margins, up to 72rem (.container in site.css).
CONTENT_SIZES = "(min-width: 74rem) 72rem, calc(100vw - 2rem)"


@register.simple_tag
def responsive_picture(image, alt, sizes=CONTENT_SIZES):
    """A <picture> of `image`, or nothing if the image has been deleted.

    Wagtail's {% picture %} with fixed widths lists a small image's own width several times
    (renditions never upscale), which the HTML checker rejects; here widths stop at the
    original's. The widest rendition comes first: its width and height are the <img>'s, so
    the picture is shown up to that size and never as small as the smallest rendition.
    """
    if image is None:
        return ""
    widths = sorted({min(width, image.width) for width in WIDTHS}, reverse=True)
    specs = [f"width-{width}|format-{fmt}" for fmt in FORMATS for width in widths]
    attrs = {"alt": alt, "loading": "lazy"}
    if len(widths) > 1:
        attrs["sizes"] = sizes  # only meaningful beside width descriptors in srcset
    return Picture(image.get_renditions(*specs), attrs)
