"""Routing a URL to its page with one query for the whole path.

Wagtail finds a page by walking down from the site's root: for each part of the path it
reads the child with that slug, then that child's own page type (two queries per level, so
six for a tool at /resources/<pack>/<tool>/). The pages on the path are all known from their
`url_path`, which Wagtail keeps as the slugs from the root: this reads them in one query
and the page's own type in a second. A page type with its own routing (RoutablePageMixin:
an event's booking form, a pack's ZIP) still routes what lies below it, as Wagtail would.
"""

from django.http import Http404
from wagtail.models import Page


def has_own_routing(page):
    model = page.specific_class
    return model is None or model.route is not Page.route


class ShortRouteMixin:
    """For the site's root page: routes every URL below it as Wagtail's `route` does."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[:depth])}/"
            for depth in range(1, len(path_components) + 1)
        ]
        on_path = {
            page.url_path: page
            for page in Page.objects.descendant_of(self).filter(url_path__in=url_paths)
        }
        for depth, url_path in enumerate(url_paths, start=1):
            page = on_path.get(url_path)
            if page is None:
                raise Http404
            remaining = path_components[depth:]
            if not remaining or has_own_routing(page):
                break
        return page.specific.route(request, remaining)
