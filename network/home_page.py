"""The network section's home page: the public introduction, and members' dashboard."""

from home.pages import SectionIndexPage
from network.access import all_pages
from network.dashboard import dashboard_context


class NetworkHomePage(SectionIndexPage):
    """/network/: what the network is and how to join; members see their dashboard here."""

    subpage_types = [
        "network.NetworkPage",
        "network.ChairsNetworkPage",
        "network.EvidenceActivityPage",
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard_context(self, request))
        return context

    def listed_children(self, request=None):
        user = getattr(request, "user", None)
        return all_pages().child_of(self).visible_to(user).specific()
