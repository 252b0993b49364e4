"""Panels on the admin dashboard that say what needs doing, each shown only to the staff who
may act on it and linking to the list where they act.

Each app defines its panels (`<app>/admin_panels.py`) and adds them in its `wagtail_hooks.py`
with `hooks.register("construct_homepage_panels", offer(ThePanel))`. A panel's numbers come
from the same function as the list it links to, so the two cannot disagree.
"""

from wagtail.admin.ui.components import Component


class DashboardPanel(Component):
    """One "needs doing" panel. Subclasses set `name`, `heading` and `template_name` (which
    extends home/admin/dashboard_panel.html), and define `may_see(user)` and `items()`."""

    #: before Wagtail's own panels (workflow tasks at 210 and 220, recent edits at 250)
    order = 100
    name = ""
    heading = ""

    def __init__(self, request):
        self.request = request

    @classmethod
    def may_see(cls, user):
        """The permission check of the list the panel links to."""
        raise NotImplementedError

    def items(self):
        """What the panel's template needs: a dict merged into its context."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {"panel_id": self.name, "heading": self.heading, **self.items()}


def offer(panel_class):
    """A `construct_homepage_panels` hook adding the panel for the people who may see it."""

    def add_panel(request, panels):
        if panel_class.may_see(request.user):
            panels.append(panel_class(request))

    return add_panel
