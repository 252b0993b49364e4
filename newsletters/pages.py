"""Page types: the newsletter archive and newsletter issues."""

from collections import OrderedDict
from datetime import timedelta

from django.db import models
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.indexing import text_search_fields
from home.lazy_context import current_minute, lazily
from home.pages import SectionIndexPage
from home.panels import SETTINGS_PANELS
from home.review import ReviewedPage, ReviewedSection
from network.access import VisiblePageManager
from newsletters.blocks import NewsletterBodyBlock


class NewsletterIndexPage(ReviewedSection, SectionIndexPage):
    """The newsletter archive at /newsletters/: published issues grouped by year."""

    subpage_types = ["newsletters.NewsletterPage"]

    def issues_by_year(self):
        """[(year, [issues newest first])], newest year first."""
        issues = (
            NewsletterPage.objects.child_of(self).live().public().order_by("-issue_date", "-pk")
        )
        years = OrderedDict()
        for issue in issues:
            years.setdefault(issue.issue_date.year, []).append(issue)
        return list(years.items())


class Section:
    """One section of an issue for templates: the block, and for listings their items."""

    def __init__(self, block, items=None):
        self.block = block
        self.items = items

    @property
    def is_listing(self):
        return self.items is not None


class NewsletterPage(ReviewedPage, Page):
    """One issue of the newsletter."""

    issue_date = models.DateField(default=timezone.localdate)
    summary = models.TextField(
        max_length=400, help_text="One or two sentences: shown in the archive, feeds and emails."
    )
    body = StreamField(NewsletterBodyBlock())

    content_panels = Page.content_panels + [
        FieldPanel(
            "issue_date", help_text="The date the issue is for, shown with it and in the archive."
        ),
        FieldPanel("summary"),
        FieldPanel(
            "body",
            help_text="The issue's sections: text, and lists of new resources or coming events.",
        ),
    ]
    settings_panels = SETTINGS_PANELS
    objects = VisiblePageManager()

    search_fields = [*Page.search_fields, *text_search_fields(), index.FilterField("issue_date")]

    parent_page_types = ["newsletters.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "newsletter issue"

    def frozen_listings(self):
        """What the listing blocks held when the issue was first sent, or None if never sent."""
        first = self.mailings.order_by("created_at").first()
        return first.frozen_listings if first else None

    def live_listings(self, now=None):
        """{block id: [items]} gathered now, from the apps that answer the listing hooks."""
        now = now or timezone.now()
        listings = {}
        for block in self.body:
            if block.block_type in NewsletterBodyBlock.LISTINGS:
                listings[block.id] = gather_listing(block.block, block.value, now)
        return listings

    def sections(self, listings=None):
        """The body as Sections, listings filled from `listings`, the frozen or live lists."""
        if listings is None:
            listings = self.frozen_listings()
        if listings is None:
            listings = self.live_listings()
        return [
            Section(block, listings.get(block.id, []))
            if block.block_type in NewsletterBodyBlock.LISTINGS
            else Section(block)
            for block in self.body
        ]

    def get_context(self, request, *args, **kwargs):
        """The sections are gathered only when the kept issue (its template's fragment, for
        the minute: live listings follow the clock) is not in the cache."""
        context = super().get_context(request, *args, **kwargs)
        context["minute"] = current_minute()
        context.update(lazily(lambda: {"sections": self.sections()}, ("sections",)))
        return context


def gather_listing(block, value, now):
    """Items for a listing block: dicts with title, url, meta and summary."""
    days = value.get("days")
    since = now - timedelta(days=days) if days else None
    topic_ids = [topic.pk for topic in value["topics"] if topic]
    items = []
    for provider in hooks.get_hooks(block.hook_name):
        items.extend(provider(topic_ids=topic_ids, limit=value["limit"], since=since))
    return items[: value["limit"]]
