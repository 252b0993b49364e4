"""Page types of the resource library: the library, its packs and their tools."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.indexing import label_search_fields, text_search_fields
from home.lazy_context import current_minute, lazily
from home.models import upcoming_events
from home.page_cache import PublicPageCacheMixin
from home.pages import SectionIndexPage
from home.panels import SETTINGS_PANELS
from home.review import ReviewedPage, ReviewedSection
from network.access import VisiblePageManager
from resources.formats import Format, derive_format, document_size
from resources.library import LIBRARY_CONTEXT, library_context
from resources.pack_zip import pack_zip_response, zip_entries
from resources.tool_types import TOOL_TYPE_PLURALS, ToolType

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class ResourceIndexPage(ReviewedSection, PublicPageCacheMixin, SectionIndexPage):
    """The resource library at /resources/: the packs, and every tool with filters."""

    subpage_types = ["resources.ResourcePackPage"]

    def listed_children(self, request=None):
        return (
            ResourcePackPage.objects.child_of(self).live().public().select_related("primary_topic")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tools = ResourcePage.objects.all()
        context.update(lazily(lambda: library_context(self, request, tools), LIBRARY_CONTEXT))
        return context


class ResourcePackPage(ReviewedPage, PublicPageCacheMixin, RoutablePageMixin, Page):
    """One pack of practice and policy tools on one topic."""

    primary_topic = models.ForeignKey(
        "home.Topic",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The topic this pack is about. It is always included in the pack's topics.",
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        blank=True,
        related_name="resource_packs",
        help_text="Further topics the pack covers, used for filters and related packs.",
    )
    summary = models.TextField(
        max_length=300, help_text="One or two plain sentences, shown in listings and search."
    )
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES, help_text="What the pack is for and how to use it."
    )
    audiences = ParentalManyToManyField(
        "home.Audience",
        blank=True,
        related_name="resource_packs",
        help_text="Who the pack is written for.",
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text="Optional further content shown after the tools."
    )
    last_reviewed = models.DateField(help_text="When the programme team last checked the pack.")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("primary_topic"), FieldPanel("topics"), FieldPanel("audiences")],
            heading="Topics and audiences",
        ),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
        InlinePanel(
            "related_pages",
            label="Related packs",
            help_text="Chosen packs show first; when none are chosen, packs sharing a topic show.",
        ),
    ]
    settings_panels = SETTINGS_PANELS
    objects = VisiblePageManager()

    search_fields = [
        *Page.search_fields,
        *text_search_fields(),
        *label_search_fields(),
        index.SearchField("introduction"),
        index.FilterField("primary_topic_id"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = "resource pack"

    def save(self, *args, **kwargs):
        if self.primary_topic_id and not any(
            topic.pk == self.primary_topic_id for topic in self.topics.all()
        ):
            self.topics.add(self.primary_topic)
        super().save(*args, **kwargs)

    def tools(self):
        """The pack's published public tools, in the order editors gave them."""
        return (
            ResourcePage.objects.child_of(self)
            .visible_to(None)
            .select_related("document", "alternative_document")
            .order_by("path")
        )

    def tools_by_type(self):
        """[(plural type name, [tools])] in the order of ToolType, editors' order within each."""
        tools = list(self.tools())
        groups = [
            (TOOL_TYPE_PLURALS[value], [tool for tool in tools if tool.tool_type == value])
            for value in ToolType.values
        ]
        return [(name, members) for name, members in groups if members]

    def related_packs(self, limit=3):
        """Editor-chosen packs if any are visible, else packs sharing the most topics."""
        chosen_ids = list(self.related_pages.values_list("page_id", flat=True))
        visible = ResourcePackPage.objects.exclude(pk=self.pk).visible_to(None)
        if chosen_ids:
            chosen = {pack.pk: pack for pack in visible.filter(pk__in=chosen_ids)}
            packs = [chosen[pk] for pk in chosen_ids if pk in chosen]
            if packs:
                return packs
        topic_ids = list(self.topics.values_list("pk", flat=True))
        return list(
            visible.filter(topics__in=topic_ids)
            .annotate(shared=models.Count("topics"))
            .order_by("-shared", "title")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minute"] = current_minute()

        def related_events():
            topic_ids = list(self.topics.values_list("pk", flat=True))
            return {"related_events": upcoming_events(request, topic_ids=topic_ids, limit=3)}

        context.update(lazily(related_events, ("related_events",)))
        return context

    def has_zip_download(self):
        return bool(zip_entries(self))

    @path("download/", name="download_zip")
    def download_zip(self, request):
        """The whole pack as one ZIP of its published tools' documents."""
        response = pack_zip_response(self)
        if response is None:
            raise Http404("This pack has no documents to download.")
        return response


class ResourcePackRelatedPage(Orderable):
    pack = ParentalKey(ResourcePackPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel(
            "page",
            page_type=["resources.ResourcePackPage"],
            help_text="Another pack readers of this one may find useful.",
        )
    ]


class ResourcePageForm(WagtailAdminPageForm):
    """Starts a new tool with its pack's topics and audiences."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        pack = parent_page.specific if parent_page is not None else None
        if self.instance.pk is None and isinstance(pack, ResourcePackPage):
            for name in ("topics", "audiences"):
                if not self.initial.get(name):
                    self.initial[name] = list(getattr(pack, name).values_list("pk", flat=True))


class ResourcePage(ReviewedPage, PublicPageCacheMixin, Page):
    """One tool in a pack: a document to download, a web page or a video."""

    # Indexed: the library filters by type and format.
    tool_type = models.CharField(
        max_length=20,
        choices=ToolType.choices,
        db_index=True,
        help_text="What kind of tool this is.",
    )
    summary = models.TextField(
        max_length=300,
        help_text="One or two plain sentences: what the tool is. Shown in listings and search.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="What the tool is, when to use it and how long it takes.",
    )
    audiences = ParentalManyToManyField(
        "home.Audience",
        blank=True,
        related_name="resources",
        help_text="Who the tool is for. New tools start with the pack's audiences.",
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        blank=True,
        related_name="resources",
        help_text="New tools start with the pack's topics.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The file to download. Give a file, a web link or a video, not more than one.",
    )
    external_url = models.URLField(
        "web link",
        blank=True,
        help_text="A tool published on another website, instead of a file.",
    )
    video_url = models.URLField(
        "video",
        blank=True,
        help_text="A video page address (such as YouTube or Vimeo) to embed, instead of a file.",
    )
    alternative_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="accessible alternative format",
        help_text="Optional: the same tool in an accessible format (e.g. large print, Word).",
    )
    last_reviewed = models.DateField(help_text="When the programme team last checked the tool.")
    file_format = models.CharField(
        "format", max_length=20, choices=Format.choices, blank=True, editable=False, db_index=True
    )
    file_size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)

    base_form_class = ResourcePageForm
    content_panels = Page.content_panels + [
        FieldPanel("tool_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("external_url"),
                FieldPanel("video_url"),
                FieldPanel("alternative_document"),
            ],
            heading="The tool",
            help_text="Its format and file size are worked out from the file.",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("topics"), FieldPanel("audiences")])],
            heading="Topics and audiences",
        ),
        FieldPanel("last_reviewed"),
    ]
    settings_panels = SETTINGS_PANELS
    objects = VisiblePageManager()

    search_fields = [
        *Page.search_fields,
        *text_search_fields(),
        *label_search_fields(),
        index.SearchField("get_tool_type_display"),
        index.FilterField("tool_type"),
        index.FilterField("file_format"),
    ]

    parent_page_types = ["resources.ResourcePackPage"]
    subpage_types = []

    class Meta:
        verbose_name = "resource tool"

    def clean(self):
        super().clean()
        given = [value for value in (self.document_id, self.external_url, self.video_url) if value]
        if len(given) != 1:
            message = "Give exactly one of: a file, a web link or a video."
            raise ValidationError(dict.fromkeys(("document", "external_url", "video_url"), message))

    def save(self, *args, **kwargs):
        self.refresh_file_details()
        super().save(*args, **kwargs)

    def refresh_file_details(self):
        """Derive the format and size from the linked file, link or video."""
        self.file_format = derive_format(self.document, self.external_url, self.video_url)
        self.file_size = document_size(self.document)

    @property
    def pack(self):
        return self.get_parent().specific

    @property
    def download_url(self):
        return self.document.url if self.document_id else ""


class DocumentDownload(models.Model):
    """How many times a document has been downloaded. Counts only: no personal data."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="download_record",
    )
    count = models.PositiveBigIntegerField(default=0)
    last_downloaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "document download count"

    def __str__(self):
        return f"{self.document}: {self.count}"


class MonthlyDocumentDownload(models.Model):
    """How many times a document was downloaded in one calendar month (UK time). Counts only."""

    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="monthly_downloads"
    )
    month = models.DateField(help_text="The first day of the month.")
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "monthly document download count"
        constraints = [
            models.UniqueConstraint(fields=["document", "month"], name="one_count_per_month")
        ]
        indexes = [models.Index(fields=["month", "-count"])]

    def __str__(self):
        return f"{self.document} in {self.month:%B %Y}: {self.count}"
