"""Page types for events."""

from home.pages import SectionIndexPage


class EventIndexPage(SectionIndexPage):
    """The events listing at /events/."""
