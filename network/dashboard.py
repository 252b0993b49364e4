"""The members' dashboard on /network/. Outsiders see the public introduction instead."""

from django.utils import timezone
from wagtail import hooks

from network.access import (
    is_area_contact,
    is_chair,
    is_network_member,
    may_see_all_network_content,
    membership_of,
    sees_every_space,
    visible_pages,
    visible_threads,
)
from network.learning.views import open_actions_for
from network.models import Membership
from network.pages import ChairsNetworkPage, EvidenceActivityPage, NetworkPage

LATEST = 5


def hooked(request, hook_name, *args):
    """Results from the content apps that answer this hook (network imports none of them)."""
    return [item for provider in hooks.get_hooks(hook_name) for item in provider(request, *args)]


def dashboard_context(network_home, request):
    user = request.user
    if not (is_network_member(user) or sees_every_space(user)):
        return {"dashboard": False}
    membership = membership_of(user)
    section = visible_pages(user, NetworkPage.objects.descendant_of(network_home))
    activities = [
        activity
        for activity in visible_pages(
            user, EvidenceActivityPage.objects.descendant_of(network_home)
        ).order_by("closes_on", "title")
        if activity.accepting_contributions
    ]
    context = {
        "dashboard": True,
        "my_bookings": hooked(request, "my_bookings"),
        "priority_events": [
            event
            for event in hooked(request, "upcoming_events", None, 20)
            if getattr(event, "priority_booking_opens", None)
            and event.priority_booking_opens <= timezone.now() < event.general_booking_opens
        ],
        "membership": membership,
        "network_pages": section.order_by("-first_published_at")[:LATEST],
        "open_activities": activities,
        "is_chair": is_chair(user) or may_see_all_network_content(user),
        "area_members": [],
        "is_area_contact": False,
    }
    context["latest_threads"] = list(
        visible_threads(user).select_related("space").order_by("-last_activity_at")[:LATEST]
    )
    if context["is_chair"]:
        context["my_actions"] = list(open_actions_for(user))
        context["chairs_pages"] = visible_pages(
            user, ChairsNetworkPage.objects.descendant_of(network_home)
        ).order_by("-first_published_at")[:LATEST]
    if membership is not None and membership.gives_access:
        context["area_members"] = (
            Membership.objects.filter(
                area_id=membership.area_id,
                status=Membership.Status.APPROVED,
                listed_in_directory=True,
                user__is_active=True,
            )
            .select_related("user")
            .prefetch_related("roles")
            .order_by("user__last_name")
        )
        context["is_area_contact"] = is_area_contact(user)
    return context
