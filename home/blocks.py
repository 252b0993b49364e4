"""StreamField blocks shared by every page type with a body."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (h2)"), ("h3", "Subsection heading (h3)")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the image for people who cannot see it. Leave empty if decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=INLINE_FEATURES)
    tone = blocks.ChoiceBlock(
        choices=[
            ("info", "Information"),
            ("important", "Important"),
            ("safeguarding", "Safeguarding reminder"),
        ],
        default="info",
    )

    class Meta:
        icon = "warning"
        template = "home/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(
        required=False, max_length=200, help_text="Defaults to the document's title."
    )

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_link.html"


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200)
    content = blocks.RichTextBlock(features=INLINE_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        icon = "list-ul"
        template = "home/blocks/accordion.html"


class BodyBlock(blocks.StreamBlock):
    """The body of general pages; other apps reuse it and add their own blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=["h3", *INLINE_FEATURES])
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(
        help_text="A video or other media by URL. Give it a title in the provider's page."
    )
    accordion = AccordionBlock()
