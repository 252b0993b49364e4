"""Header navigation, footer links and breadcrumbs, built from the live, public page tree.

The menu and footer links are the same for everyone, so they are kept in the shared cache
until pages next change (home.page_cache.shared)."""

from dataclasses import dataclass

from django import template
from wagtail.models import Page, Site

from home import page_cache
from home.models import SiteSettings, StandardPage

register = template.Library()


@dataclass(frozen=True)
class NavItem:
    title: str
    url: str
    current: str  # "page" on the page itself, "true" inside its section, "" elsewhere


def site_root(context):
    site = Site.find_for_request(context.get("request"))
    return site.root_page if site else None


@dataclass(frozen=True)
class MenuEntry:
    """A page of the menu or footer as everyone sees it (kept in the shared cache)."""

    pk: int
    title: str
    url: str
    path: str


def menu_entries(root):
    """The home page's live, public children that editors marked "show in menus"."""
    return page_cache.shared(
        f"menu:{root.pk}",
        lambda: [
            MenuEntry(page.pk, page.title, page.url, page.path)
            for page in root.get_children().live().public().in_menu()
        ],
    )


@register.simple_tag(takes_context=True)
def main_navigation(context, current_page=None):
    """The menu, marking the current page and the section the current page is in."""
    root = site_root(context)
    if root is None:
        return []
    if not isinstance(current_page, Page):
        current_page = None  # views that are not Wagtail pages have no "page" in context
    items = []
    for entry in menu_entries(root):
        if current_page is not None and entry.pk == current_page.pk:
            current = "page"
        elif current_page is not None and current_page.path.startswith(entry.path):
            current = "true"
        else:
            current = ""
        items.append(NavItem(entry.title, entry.url, current))
    return items


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """General pages directly under the home page (About, Contact, Privacy ...)."""
    root = site_root(context)
    if root is None:
        return []
    return page_cache.shared(
        f"footer:{root.pk}",
        lambda: [
            MenuEntry(page.pk, page.title, page.url, page.path)
            for page in root.get_children().live().public().not_in_menu().type(StandardPage)
        ],
    )


DEFAULT_ORGANISATION_NAME = "Planning for Safety"


@register.simple_tag(takes_context=True)
def organisation_name(context):
    """The site settings' organisation name, kept like the menu (saving the settings moves
    the pages generation)."""
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return DEFAULT_ORGANISATION_NAME
    return page_cache.shared(
        f"organisation-name:{site.pk}",
        lambda: SiteSettings.for_site(site).organisation_name or DEFAULT_ORGANISATION_NAME,
    )


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    """The trail from the home page to this page; nothing on the home page itself."""
    if page is None or page.depth <= 2:
        return {"crumbs": [], "current": page}
    ancestors = Page.objects.ancestor_of(page).filter(depth__gte=2).live().public()
    return {"crumbs": list(ancestors), "current": page}
