"""The home page, general pages, the topic taxonomy and site-wide settings."""

from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.blocks import BodyBlock
from home.lazy_context import current_minute, lazily
from home.page_cache import PublicPageCacheMixin
from home.panels import SETTINGS_PANELS
from home.routing import ShortRouteMixin


class SlugFromName:
    """A model whose slug, left blank, is made from its name when it is first saved."""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[: self._meta.get_field("slug").max_length]
        super().save(*args, **kwargs)


class Label(SlugFromName, index.Indexed, models.Model):
    """A controlled label with a name and a URL-safe slug; the slug is used in filter links."""

    name = models.CharField(max_length=120, unique=True, help_text="Shown to visitors.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="Used in filter URLs. Made from the name when left empty.",
    )
    description = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences explaining the label."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Topic(Label):
    """One entry of the controlled topic list used to label and filter content everywhere."""

    class Meta(Label.Meta):
        pass


@register_snippet
class Audience(Label):
    """A group of people content is written for, such as ROTH conference Chairs or police."""

    class Meta(Label.Meta):
        pass


class HomePage(PublicPageCacheMixin, ShortRouteMixin, Page):
    """The landing page: what the programme is, featured packs, events and the newsletter."""

    hero_heading = models.CharField(max_length=120)
    hero_text = models.TextField(max_length=400)
    intro = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel(
                    "hero_heading",
                    help_text="The large heading at the top of the home page. A few words.",
                ),
                FieldPanel(
                    "hero_text",
                    help_text="One or two sentences under the heading: who the programme is for.",
                ),
            ],
            heading="Banner",
        ),
        FieldPanel("intro", help_text="The welcome text below the banner."),
        InlinePanel("featured_pages", label="Featured resource packs", max_num=6),
    ]
    settings_panels = SETTINGS_PANELS
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minute"] = current_minute()
        context.update(
            lazily(
                lambda: {"upcoming_events": upcoming_events(request, limit=3)}, ("upcoming_events",)
            )
        )
        return context

    def featured(self):
        """Editor-chosen pages that are live and visible to everyone, in the chosen order."""
        ids = list(self.featured_pages.values_list("page_id", flat=True))
        pages = Page.objects.live().public().filter(pk__in=ids).specific()
        # Page types for some people only declare `access`; the home page is for everyone.
        visible = {page.pk: page for page in pages if not getattr(page, "access", None)}
        return [visible[pk] for pk in ids if pk in visible]


def upcoming_events(request, topic_ids=None, limit=3):
    """Upcoming events this person may see, from the apps that provide them.

    home imports no other app, so an events app answers through the "upcoming_events" hook:
    a function (request, topic_ids, limit) returning pages, soonest first.
    """
    events = []
    for provider in hooks.get_hooks("upcoming_events"):
        events.extend(provider(request, topic_ids, limit))
    return sorted(events, key=lambda event: event.start)[:limit]


class HomePageFeature(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel(
            "page",
            help_text="A published page everyone may see; pages for members only are not shown.",
        )
    ]


class StandardPage(PublicPageCacheMixin, Page):
    """A general page such as About, Contact, the accessibility statement or privacy notice."""

    summary = models.TextField(
        max_length=400, help_text="One or two sentences, shown in listings and search results."
    )
    body = StreamField(BodyBlock())

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body", help_text="The page's content: headings, text, images and more."),
    ]
    settings_panels = SETTINGS_PANELS
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=[
            ("bluesky", "Bluesky"),
            ("linkedin", "LinkedIn"),
            ("x", "X (Twitter)"),
            ("youtube", "YouTube"),
            ("mastodon", "Mastodon"),
            ("facebook", "Facebook"),
            ("instagram", "Instagram"),
        ]
    )
    url = blocks.URLBlock()


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Organisation details shown in the header and footer of every page."""

    organisation_name = models.CharField(max_length=200, default="Planning for Safety")
    contact_email = models.EmailField(blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, help_text="Shown in the footer."
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page is shared on social media. Best at 1200 by 630 pixels.",
    )

    panels = [
        FieldPanel(
            "organisation_name",
            help_text="Shown in the header, the footer, browser tabs and shared links.",
        ),
        FieldPanel(
            "contact_email",
            help_text="The programme team's email address, shown in the footer of every page.",
        ),
        FieldPanel("social_links"),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = "site settings"


class OutgoingEmailQuerySet(models.QuerySet):
    def failed(self):
        """Emails given up on: malformed, or refused on every attempt."""
        return self.filter(failed_at__isnull=False)


class OutgoingEmail(models.Model):
    """One email, stored before it is sent (the outbox), so that none is lost or sent twice.

    The key names the message (e.g. "membership-approved:42") and is unique: queuing the same
    key again does nothing. See home/emails.py.
    """

    key = models.CharField(max_length=200, unique=True)
    recipients = models.TextField()
    subject = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    attachments = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.CharField(max_length=500, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="outbox_waiting",
                condition=models.Q(sent_at__isnull=True, failed_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.subject} to {self.recipients}"

    @property
    def recipient_list(self):
        return [address.strip() for address in self.recipients.split(",") if address.strip()]


class RateCounter(models.Model):
    """Requests counted for one abuse-limit key in one time window (see home/limits.py)."""

    bucket = models.CharField(max_length=64)
    window_start = models.BigIntegerField()
    expires_at = models.BigIntegerField(db_index=True)
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["bucket", "window_start"], name="one_counter_per_window"
            )
        ]

    def __str__(self):
        return f"{self.bucket[:8]}… {self.hits} hits"
