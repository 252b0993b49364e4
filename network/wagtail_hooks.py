from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from home.admin_dashboard import offer
from home.admin_menu import PermissionMenuItem
from network import admin_privacy, audit, search_documents, verification
from network.access import (
    can_view_document,
    may_access,
    may_moderate,
    page_audience,
    refused_document_audience,
)
from network.admin_panels import JoinRequestsPanel, ModerationPanel
from network.admin_viewsets import NetworkAdminGroup, SessionNotesViewSet
from network.bulk_import.plan import IMPORT_ACTION
from network.community import admin_views as community_admin
from network.gate import DOCUMENT, explain_gated, refuse_page


@hooks.register("before_serve_page")
def enforce_page_access(page, request, serve_args, serve_kwargs):
    """Gated page types are served only to their audience, whatever their view restrictions."""
    if not may_access(request.user, page_audience(page)):
        return refuse_page(page.specific, request)


# order=10: after Wagtail's own collection privacy check, before download counting. Anonymous
# visitors only get this far with public documents (network/documents.py).
@hooks.register("before_serve_document", order=10)
def enforce_document_access(document, request):
    if not can_view_document(request.user, document):
        return explain_gated(request, DOCUMENT, refused_document_audience(document))


@hooks.register("register_log_actions")
def register_network_log_actions(actions):
    actions.register_action(
        "network.area_application.approve", "Approve area", "Area application approved"
    )
    actions.register_action(
        "network.area_application.reject", "Reject area", "Area application rejected"
    )
    actions.register_action("network.area.join", "Area joins", "Area joined the network")
    actions.register_action("network.area.status", "Area status", "Area network status changed")
    actions.register_action("network.membership.approve", "Approve member", "Membership approved")
    actions.register_action("network.membership.reject", "Reject member", "Membership rejected")
    actions.register_action(
        "network.membership.status", "Member status", "Membership status changed"
    )
    actions.register_action("network.membership.roles", "Member roles", "Membership roles changed")
    actions.register_action("network.membership.suspend", "Suspend member", "Member suspended")
    actions.register_action("network.post.approve", "Approve post", "Discussion post approved")
    actions.register_action("network.post.hide", "Hide post", "Discussion post hidden")
    actions.register_action("network.post.unhide", "Unhide post", "Discussion post shown again")
    actions.register_action("network.thread.lock", "Lock thread", "Thread locked")
    actions.register_action("network.thread.unlock", "Unlock thread", "Thread unlocked")
    actions.register_action("network.thread.pin", "Pin thread", "Thread pinned")
    actions.register_action("network.thread.unpin", "Unpin thread", "Thread unpinned")
    actions.register_action(IMPORT_ACTION, "Import from CSV", "Imported from a CSV file")


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path("discussions/moderation/", community_admin.queue, name="network_moderation"),
        path(
            "discussions/moderation/<int:post_id>/",
            community_admin.act,
            name="network_moderation_act",
        ),
    ]


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("personal-data/", admin_privacy.subject_access, name="subject_access"),
        path(
            "personal-data/export/",
            admin_privacy.subject_access_export,
            name="subject_access_export",
        ),
        path(
            "personal-data/erase/", admin_privacy.subject_access_erase, name="subject_access_erase"
        ),
        path("audit-log/", admin_privacy.audit_log, name="audit_log"),
    ]


@hooks.register("register_reports_menu_item")
def register_audit_log_menu_item():
    return PermissionMenuItem(
        "Audit log", reverse("audit_log"), icon_name="history", permission="network.view_audit_log"
    )


@hooks.register("register_settings_menu_item")
def register_subject_access_menu_item():
    return PermissionMenuItem(
        "Personal data requests",
        reverse("subject_access"),
        icon_name="user",
        permission="network.manage_personal_data",
    )


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModeratorMenuItem(
        "Discussion moderation", reverse("network_moderation"), icon_name="warning", order=260
    )


modeladmin_register(NetworkAdminGroup)
hooks.register("construct_homepage_panels", offer(JoinRequestsPanel))
hooks.register("construct_homepage_panels", offer(ModerationPanel))


register_snippet(SessionNotesViewSet)


@hooks.register("register_search_documents")
def register_network_search_documents():
    return search_documents.DOCUMENT_SOURCES


hooks.register("apply_retention", audit.expire_audit_events)
hooks.register("apply_retention", verification.expire_unverified_accounts)
