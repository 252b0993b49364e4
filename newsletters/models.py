"""Page types for the newsletter archive."""

from home.pages import SectionIndexPage


class NewsletterIndexPage(SectionIndexPage):
    """The newsletter archive at /newsletters/."""
