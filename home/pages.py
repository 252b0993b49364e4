"""A base for section landing pages that introduce a section and list its published pages."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.panels import SETTINGS_PANELS


class SectionIndexPage(Page):
    """An abstract section landing page: an introduction and its live, public children."""

    intro = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("intro", help_text="The opening text of the section, above its list of pages.")
    ]
    settings_panels = SETTINGS_PANELS
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def listed_children(self, request=None):
        """Children to list; sections with members-only pages apply the access policy."""
        return self.get_children().live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A callable: templates that list children call it; sections with their own listing
        # (library, events, dashboard) never pay for the privacy queries it runs.
        context["children"] = lambda: self.listed_children(request)
        return context
