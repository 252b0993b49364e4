"""Header navigation, footer links and breadcrumbs, built from the live, public page tree."""

from dataclasses import dataclass

from django import template
from wagtail.models import Page, Site

from home.models import StandardPage

register = template.Library()


@dataclass(frozen=True)
class NavItem:
    title: str
    url: str
    current: str  # "page" on the page itself, "true" inside its section, "" elsewhere


def site_root(context):
    site = Site.find_for_request(context.get("request"))
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_navigation(context, current_page=None):
    """The home page's live, public children that editors marked "show in menus"."""
    root = site_root(context)
    if root is None:
        return []
    if not isinstance(current_page, Page):
        current_page = None  # views that are not Wagtail pages have no "page" in context
    items = []
    for page in root.get_children().live().public().in_menu():
        if current_page is not None and page.pk == current_page.pk:
            current = "page"
        elif current_page is not None and current_page.path.startswith(page.path):
            current = "true"
        else:
            current = ""
        items.append(NavItem(page.title, page.url, current))
    return items


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """General pages directly under the home page (About, Contact, Privacy ...)."""
    root = site_root(context)
    if root is None:
        return Page.objects.none()
    return root.get_children().live().public().not_in_menu().type(StandardPage)


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    """The trail from the home page to this page; nothing on the home page itself."""
    if page is None or page.depth <= 2:
        return {"crumbs": [], "current": page}
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=2).live().public()
    return {"crumbs": list(ancestors), "current": page}
