"""The members' dashboard on /network/. Outsiders see the public introduction instead."""

from django.utils import timezone
from wagtail import hooks

from home.lazy_context import lazily
from network.access import (
    is_area_contact,
    is_chair,
    is_network_member,
    may_see_all_network_content,
    membership_of,
    sees_every_space,
)
from network.community.models import Thread
from network.learning.views import open_actions_for
from network.pages import ChairsNetworkPage, EvidenceActivityPage, NetworkPage
from network.people.models import Membership

LATEST = 5


def hooked(request, hook_name, *args):
    """Results from the content apps that answer this hook (network imports none of them)."""
    return [item for provider in hooks.get_hooks(hook_name) for item in provider(request, *args)]


#: what the dashboard keeps in a fragment for its person (network/includes/dashboard.html):
#: computed only when the fragment is rendered
KEPT_SECTIONS = (
    "network_pages",
    "open_activities",
    "latest_threads",
    "my_actions",
    "chairs_pages",
    "area_members",
    "is_area_contact",
)


def dashboard_context(network_home, request):
    """Priority booking and the person's bookings are read on every request (they follow the
    clock and the booking rules); the rest only when the person's kept fragment is not in the
    cache."""
    user = request.user
    if not (is_network_member(user) or sees_every_space(user)):
        return {"dashboard": False}
    is_chair_here = is_chair(user) or may_see_all_network_content(user)
    context = {
        "dashboard": True,
        "today": timezone.localdate(),
        "membership": membership_of(user),
        "my_bookings": hooked(request, "my_bookings"),
        "priority_events": [
            event
            for event in hooked(request, "upcoming_events", None, 20)
            if getattr(event, "priority_booking_opens", None)
            and event.priority_booking_opens <= timezone.now() < event.general_booking_opens
        ],
        "is_chair": is_chair_here,
    }
    context.update(lazily(lambda: kept_sections(network_home, user, is_chair_here), KEPT_SECTIONS))
    return context


def kept_sections(network_home, user, is_chair_here):
    """The sections that change only with pages, discussions, session notes and the
    person's access and area (the generations the fragment is kept under), and the date."""
    membership = membership_of(user)
    sections = {
        "network_pages": NetworkPage.objects.descendant_of(network_home)
        .visible_to(user)
        .order_by("-first_published_at")[:LATEST],
        "open_activities": [
            activity
            for activity in EvidenceActivityPage.objects.descendant_of(network_home)
            .visible_to(user)
            .order_by("closes_on", "title")
            if activity.accepting_contributions
        ],
        "latest_threads": list(
            Thread.objects.visible_to(user)
            .select_related("space")
            .order_by("-last_activity_at")[:LATEST]
        ),
        "my_actions": [],
        "chairs_pages": [],
        "area_members": [],
        "is_area_contact": False,
    }
    if is_chair_here:
        sections["my_actions"] = list(open_actions_for(user))
        sections["chairs_pages"] = (
            ChairsNetworkPage.objects.descendant_of(network_home)
            .visible_to(user)
            .order_by("-first_published_at")[:LATEST]
        )
    if membership is not None and membership.gives_access:
        sections["area_members"] = (
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
        sections["is_area_contact"] = is_area_contact(user)
    return sections
