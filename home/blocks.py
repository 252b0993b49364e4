"""StreamField blocks shared by every page type with a body."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
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


ALT_TEXT_MISSING = "Describe the image, or tick decorative if it adds nothing a reader would miss."
ALT_TEXT_ON_DECORATIVE = "A decorative image has no alt text: remove the text or untick decorative."


class ImageValue(blocks.StructValue):
    def alt(self):
        """What the <img> says: nothing for a decorative image, so screen readers skip it.
        A block saved before alt text was asked for is not thereby decorative: it says what
        the image says of itself (Wagtail's default: its description, else its title)."""
        if self.get("decorative"):
            return ""
        image = self.get("image")
        return (self.get("alt_text") or "").strip() or (image.default_alt_text if image else "")


class ImageBlock(blocks.StructBlock):
    """A picture in the body: described for people who cannot see it, unless decorative."""

    image = ImageChooserBlock(
        help_text="Upload or choose an image. It is resized for each screen automatically."
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label="Alt text",
        help_text=(
            "Say what the image shows and why it is here, for people who cannot see it, "
            "in a sentence or two. Required unless the image is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        help_text=(
            "Tick only if the image adds nothing a reader would miss, such as a background "
            "photo or a flourish. Screen readers skip decorative images. Diagrams, charts and "
            "photos that show something are never decorative."
        ),
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Optional text shown under the image, such as a credit or a note.",
    )

    class Meta:
        icon = "image"
        template = "home/blocks/image.html"
        value_class = ImageValue

    def clean(self, value):
        value = super().clean(value)
        has_alt_text = bool(value["alt_text"].strip())
        if value["decorative"] == has_alt_text:  # both ticked and described, or neither
            message = ALT_TEXT_ON_DECORATIVE if has_alt_text else ALT_TEXT_MISSING
            raise StructBlockValidationError(block_errors={"alt_text": ValidationError(message)})
        return value


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
