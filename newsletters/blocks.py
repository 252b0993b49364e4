"""StreamField blocks of a newsletter issue.

Two blocks list content that changes ("upcoming events", "new resources"). They are filled
in from the events and resources apps (through hooks) until the issue is sent; the send
freezes what they listed, and the archive shows that frozen list from then on.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import CalloutBlock, HeadingBlock


class ListingBlock(blocks.StructBlock):
    """A heading and a list of items gathered when the issue is sent."""

    heading = blocks.CharBlock(max_length=120)
    topics = blocks.ListBlock(
        SnippetChooserBlock("home.Topic"),
        default=[],
        help_text="Only list items with one of these topics. Leave empty for all topics.",
    )
    limit = blocks.IntegerBlock(min_value=1, max_value=12, default=4)

    #: the hook that answers with items: fn(topic_ids, limit, since) -> [dict]
    hook_name = None


class UpcomingEventsBlock(ListingBlock):
    hook_name = "newsletter_upcoming_events"

    class Meta:
        icon = "date"
        help_text = "Lists the next events open for booking when the issue is sent."


class NewResourcesBlock(ListingBlock):
    days = blocks.IntegerBlock(
        min_value=1, max_value=365, default=60, help_text="Published in the last this many days."
    )
    hook_name = "newsletter_new_resources"

    class Meta:
        icon = "doc-full"
        help_text = "Lists resources published recently, counted back from the send."


class ButtonBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "link"
        template = "newsletters/blocks/button.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or give a web address.")}
            )
        return value


class NewsletterBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=["h3", "bold", "italic", "link", "ol", "ul"])
    callout = CalloutBlock()
    button = ButtonBlock()
    upcoming_events = UpcomingEventsBlock()
    new_resources = NewResourcesBlock()

    LISTINGS = ("upcoming_events", "new_resources")
