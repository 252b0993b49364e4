"""Builds the demo content. Creates what is missing and never overwrites editors' changes."""

import importlib
import importlib.util
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from wagtail.models import Page, Site

from home.demo.data import load, stream
from home.demo.diagram import make_contexts_diagram
from home.demo.share_image import make_share_image
from home.models import HomePage, SiteSettings, StandardPage

CONTENT = load(__file__)


@dataclass
class DemoReport:
    """What a run created and what it found already there."""

    created: list = field(default_factory=list)
    existing: list = field(default_factory=list)

    def record(self, title, was_created):
        (self.created if was_created else self.existing).append(title)


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_home_page(report):
    """The single HomePage, made the default site's root the first time."""
    home = HomePage.objects.first()
    if home is not None:
        report.record(home.title, False)
        return home
    root = Page.get_first_root_node()
    # Wagtail's own "Welcome to your new Wagtail site!" page (a plain Page) makes way for ours;
    # deleting it also deletes the site that pointed at it, which is recreated below.
    root.get_children().exact_type(Page).filter(slug="home").delete()
    text = CONTENT["home"]
    home = publish_child(
        root,
        HomePage(
            title=text["title"],
            slug="home",
            hero_heading=text["hero_heading"],
            hero_text=text["hero_text"],
            intro=text["intro"],
        ),
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = CONTENT["site"]["name"]
    site.save()
    report.record(home.title, True)
    return home


def ensure_child(parent, slug, build, report):
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        report.record(existing.title, False)
        return existing.specific
    page = publish_child(parent, build())
    report.record(page.title, True)
    return page


def ensure_section(home, section_model, slug, title, intro, report):
    """A section's landing page (the library, events, newsletters, the network) in the menu."""
    return ensure_child(
        home,
        slug,
        lambda: section_model(title=title, slug=slug, intro=intro, show_in_menus=True),
        report,
    )


def ensure_site_settings(site):
    settings = SiteSettings.for_site(site)
    if not settings.contact_email:
        settings.contact_email = CONTENT["site"]["contact_email"]
    if settings.default_share_image_id is None:
        settings.default_share_image = make_share_image()
    settings.save()


def with_pictures(body):
    """The demo text's image blocks (it has one, the diagram) with their image made."""
    return [
        (kind, {**value, "image": make_contexts_diagram()}) if kind == "image" else (kind, value)
        for kind, value in stream(body)
    ]


@transaction.atomic
def build_demo_content():
    report = DemoReport()
    home = ensure_home_page(report)
    for spec in CONTENT["standard_pages"]:
        ensure_child(
            home,
            spec["slug"],
            lambda spec=spec: StandardPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                search_description=spec["summary"],
                body=with_pictures(spec["body"]),
            ),
            report,
        )
    ensure_site_settings(home.get_site())
    for build in app_demo_builders():
        build(home, report)
    return report


def app_demo_builders():
    """Each installed app's `demo.build_demo_content(home, report)`, in INSTALLED_APPS order.

    Apps own their demo content; home only knows the convention, never the apps.
    """
    builders = []
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if app_config.name == "home" or importlib.util.find_spec(module_name) is None:
            continue
        builders.append(importlib.import_module(module_name).build_demo_content)
    return builders
