"""Page types of the network section. Members-only pages are protected by their type.

Each gated page type declares `access`: Audience.MEMBERS or Audience.CHAIRS. The access policy
(network/access.py) reads it wherever pages are listed, searched or served, so a gated page
stays gated even without a view restriction and wherever it is moved.
"""

from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.panels import SETTINGS_PANELS
from network.access import VisiblePageManager
from network.audience import Audience
from network.contributions import contribution_context, handle_contribution


class GatedPage(Page):
    """A page for some people only: members, or Chairs. Outsiders may see a teaser."""

    access = Audience.MEMBERS

    objects = VisiblePageManager()

    summary = models.TextField(
        max_length=400,
        help_text="One or two plain sentences. Shown in listings and, if allowed, to outsiders.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Only people with access see this.")
    show_teaser = models.BooleanField(
        "show title and summary to outsiders",
        default=True,
        help_text="Outsiders following a link see the title, summary and how to join. "
        "Untick to show them nothing but a sign-in prompt.",
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    settings_panels = SETTINGS_PANELS + [FieldPanel("show_teaser")]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        return []  # never in the public sitemap

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response


class NetworkPage(GatedPage):
    """General members' content."""

    parent_page_types = ["network.NetworkHomePage", "network.NetworkPage"]
    subpage_types = ["network.NetworkPage"]

    class Meta:
        verbose_name = "network page (members only)"


class ChairsNetworkPage(GatedPage):
    """The action learning network for ROTH conference Chairs: Chairs and staff only."""

    access = Audience.CHAIRS

    parent_page_types = ["network.NetworkHomePage", "network.ChairsNetworkPage"]
    subpage_types = ["network.ChairsNetworkPage"]

    class Meta:
        verbose_name = "Chairs' network page (Chairs only)"


class EvidenceActivityPage(GatedPage):
    """An evidence-building activity that member areas contribute to."""

    class Theme(models.TextChoices):
        GUARDIANSHIP = "guardianship", "Community and peer guardianship"
        RESOURCING = "resourcing", "Resourcing services to meet young people's needs"

    theme = models.CharField(max_length=20, choices=Theme.choices)
    open_for_contributions = models.BooleanField(default=True)
    closes_on = models.DateField(
        null=True, blank=True, help_text="Contributions close at the end of this day."
    )
    prompt_doing = models.CharField(
        max_length=300,
        default="What is your area doing?",
        help_text="The question above the first answer box.",
    )
    prompt_helps = models.CharField(
        max_length=300, default="What helps?", help_text="The question above the second box."
    )
    prompt_missing = models.CharField(
        max_length=300,
        default="What is missing?",
        help_text="The question above the third box.",
    )

    content_panels = GatedPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("theme", help_text="The strand of evidence this activity builds."),
                FieldPanel(
                    "open_for_contributions",
                    help_text="Untick to stop member areas sending contributions.",
                ),
                FieldPanel("closes_on"),
                FieldPanel("prompt_doing"),
                FieldPanel("prompt_helps"),
                FieldPanel("prompt_missing"),
            ],
            heading="Contributions",
        )
    ]
    parent_page_types = ["network.NetworkHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "evidence-building activity (members only)"

    @property
    def accepting_contributions(self):
        if not self.open_for_contributions:
            return False
        return self.closes_on is None or timezone.localdate() <= self.closes_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(contribution_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = handle_contribution(self, request)
            if response is not None:
                patch_cache_control(response, private=True, no_store=True)
                return response
        return super().serve(request, *args, **kwargs)
