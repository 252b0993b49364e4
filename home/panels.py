"""Admin panels every page type shares: the publishing schedule, with help for each date."""

from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import Page

SCHEDULE_HELP = {
    "go_live_at": (
        "Leave empty to publish when you choose Publish. To publish later, set the date and "
        'time here, then choose "Schedule to publish".'
    ),
    "expire_at": (
        "Leave empty to keep the page on the site. Set a date and time to take it off the site "
        "then; it stays in the admin, marked expired."
    ),
}


class SchedulePanel(PublishingPanel):
    """Wagtail's go-live and expiry dates, which come with no help text of their own."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.children = [
            FieldPanel(**{**child.clone_kwargs(), "help_text": SCHEDULE_HELP[child.field_name]})
            for child in self.children
        ]


# Every page type's Settings tab: Wagtail's (the schedule first, then comments when they are
# on) with the schedule explained.
SETTINGS_PANELS = [SchedulePanel(), *Page.settings_panels[1:]]
