"""Dashboard panels for the network's staff: join requests waiting, and the moderation queue."""

from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode

from home.admin_dashboard import DashboardPanel
from network.access import may_manage_network, may_moderate
from network.community import moderation
from network.models import Membership


def waiting_requests_url(area_id):
    """The Memberships list filtered to one area's requests waiting for a decision."""
    query = urlencode({"waiting": "yes", "area__id__exact": area_id})
    return f"{reverse('network_membership_modeladmin_index')}?{query}"


class JoinRequestsPanel(DashboardPanel):
    name = "join-requests"
    heading = "Join requests waiting"
    template_name = "network/admin/join_requests_panel.html"

    @classmethod
    def may_see(cls, user):
        return may_manage_network(user)

    def items(self):
        areas = (
            Membership.objects.waiting_for_decision()
            .values("area_id", "area__name")
            .annotate(waiting=Count("pk"))
            .order_by("area__name")
        )
        return {
            "areas": [
                {
                    "name": area["area__name"],
                    "waiting": area["waiting"],
                    "url": waiting_requests_url(area["area_id"]),
                }
                for area in areas
            ]
        }


class ModerationPanel(DashboardPanel):
    name = "moderation"
    heading = "Discussion moderation"
    template_name = "network/admin/moderation_panel.html"

    @classmethod
    def may_see(cls, user):
        return may_moderate(user)

    def items(self):
        return {
            "reported": moderation.reported_posts().count(),
            "waiting": moderation.posts_waiting_for_approval().count(),
        }
