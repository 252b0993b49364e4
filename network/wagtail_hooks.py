from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from network.access import can_view_document, may_access, page_audience
from network.gate import refuse_page, refuse_private
from network.staff_admin import NetworkAdminGroup


@hooks.register("before_serve_page")
def enforce_page_access(page, request, serve_args, serve_kwargs):
    """Gated page types are served only to their audience, whatever their view restrictions."""
    if not may_access(request.user, page_audience(page)):
        return refuse_page(page.specific, request)


# order=10: after Wagtail's own collection privacy check, before download counting.
@hooks.register("before_serve_document", order=10)
def enforce_document_access(document, request):
    if not can_view_document(request.user, document):
        return refuse_private(request, "This document is only for members of the network.")


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


modeladmin_register(NetworkAdminGroup)
