"""Page types of the resource library."""

from home.pages import SectionIndexPage


class ResourceIndexPage(SectionIndexPage):
    """The resource library at /resources/: lists the published resource packs."""
