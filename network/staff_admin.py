"""Staff tools in the Wagtail admin (wagtail-modeladmin): areas, memberships, applications,
evidence contributions. Kept in this one module so a later move to viewsets is small."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Count, Q
from django.urls import path, reverse
from wagtail.log_actions import log
from wagtail_modeladmin.helpers import ButtonHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import EditView

from network import admin_views
from network.models import (
    AreaApplication,
    DiscussionSettings,
    LocalArea,
    Membership,
    Space,
)
from network.pages import EvidenceContribution


class AuditedEditView(EditView):
    """Records changes to the fields named in `audited_fields` in Wagtail's audit log."""

    def form_valid(self, form):
        # The form has already changed self.instance; the database still has the old values.
        stored = type(self.instance).objects.get(pk=self.instance.pk)
        fields = self.model_admin.audited_fields
        before = {name: self.snapshot(stored, name) for name in fields}
        response = super().form_valid(form)
        after = {name: self.snapshot(self.instance, name) for name in fields}
        changes = {
            name: [before[name], after[name]] for name in fields if before[name] != after[name]
        }
        if changes:
            log(self.instance, self.model_admin.audit_action, user=self.request.user, data=changes)
        return response

    @staticmethod
    def snapshot(instance, name):
        value = getattr(instance, name)
        if hasattr(value, "all"):
            return sorted(str(item) for item in value.all())
        return str(value)


class DecisionButtonHelper(ButtonHelper):
    decision_label = "Decide"

    def get_buttons_for_obj(self, obj, *args, **kwargs):
        buttons = super().get_buttons_for_obj(obj, *args, **kwargs)
        buttons.insert(
            0,
            {
                "url": reverse(self.view.model_admin.decision_url_name, args=[obj.pk]),
                "label": self.decision_label,
                "classname": "button button-small button-secondary",
                "title": f"{self.decision_label}: {obj}",
            },
        )
        return buttons


class LocalAreaAdmin(ModelAdmin):
    model = LocalArea
    menu_label = "Local areas"
    menu_icon = "site"
    list_display = ["name", "region", "network_status", "member_since", "members"]
    list_filter = ["network_status", "region", "kind"]
    search_fields = ["name"]
    list_export = ["name", "kind", "region", "network_status", "member_since", "left_on", "members"]
    edit_view_class = AuditedEditView
    audited_fields = ["network_status", "member_since", "left_on", "single_point_of_contact"]
    audit_action = "network.area.status"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                member_count=Count(
                    "memberships", filter=Q(memberships__status=Membership.Status.APPROVED)
                )
            )
        )

    def members(self, area):
        return area.member_count

    members.short_description = "Members"
    members.admin_order_field = "member_count"


class WaitingForDecisionFilter(SimpleListFilter):
    """Requests that can be decided now (the join requests page and the dashboard's list)."""

    title = "waiting for a decision"
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("yes", "Waiting for a decision")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.waiting_for_decision()
        return queryset


class MembershipAdmin(ModelAdmin):
    model = Membership
    menu_label = "Memberships"
    menu_icon = "group"
    list_display = ["user", "email", "area", "region", "role_names", "status", "verified"]
    list_filter = [WaitingForDecisionFilter, "status", "roles", "area__region", "area"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "area__name"]
    list_export = ["user", "email", "area", "region", "role_names", "status", "created_at"]
    list_select_related = ["user", "area"]
    form_fields_exclude = ["user", "decided_by", "decided_at", "created_at"]
    button_helper_class = DecisionButtonHelper
    decision_url_name = "network_membership_change"
    edit_view_class = AuditedEditView
    audited_fields = ["status", "roles", "area"]
    audit_action = "network.membership.roles"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles")

    def email(self, membership):
        return membership.user.email

    def region(self, membership):
        return membership.area.get_region_display()

    def role_names(self, membership):
        return ", ".join(role.name for role in membership.roles.all())

    role_names.short_description = "Roles"

    def verified(self, membership):
        return "yes" if membership.user.email_verified else "no"

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path(
                "network/membership/<int:pk>/change/",
                admin_views.change_membership,
                name=self.decision_url_name,
            ),
        )


class AreaApplicationAdmin(ModelAdmin):
    model = AreaApplication
    menu_label = "Area applications"
    menu_icon = "mail"
    list_display = ["organisation_name", "region", "applicant_name", "status", "created_at"]
    list_filter = ["status", "region"]
    search_fields = ["organisation_name", "applicant_name", "applicant_email"]
    list_export = [
        "organisation_name",
        "kind",
        "region",
        "applicant_name",
        "applicant_email",
        "roth_stage",
        "status",
        "created_at",
    ]
    inspect_view_enabled = True
    button_helper_class = DecisionButtonHelper
    decision_url_name = "network_area_application_decide"

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path(
                "network/areaapplication/<int:pk>/decide/",
                admin_views.decide_area_application,
                name=self.decision_url_name,
            ),
        )


class EvidenceContributionAdmin(ModelAdmin):
    model = EvidenceContribution
    menu_label = "Evidence contributions"
    menu_icon = "doc-full"
    list_display = ["activity", "area", "author", "created_at"]
    list_filter = ["activity", "area__region"]
    search_fields = ["doing", "helps", "missing", "area__name"]
    list_export = ["activity", "area", "author", "doing", "helps", "missing", "created_at"]
    inspect_view_enabled = True


class SpaceAdmin(ModelAdmin):
    """Discussion spaces: staff add one per action learning set, with its own audience."""

    model = Space
    menu_label = "Discussion spaces"
    menu_icon = "comment"
    list_display = ["name", "audience", "order"]
    form_fields_exclude = ["slug"]


class DiscussionSettingsAdmin(ModelAdmin):
    """Per person: email frequency, and whether their posts skip approval."""

    model = DiscussionSettings
    menu_label = "Discussion settings"
    menu_icon = "cog"
    list_display = ["user", "frequency", "skip_approval"]
    list_filter = ["frequency", "skip_approval"]
    search_fields = ["user__email", "user__last_name"]


class NetworkAdminGroup(ModelAdminGroup):
    menu_label = "Network"
    menu_icon = "group"
    menu_order = 250
    items = [
        LocalAreaAdmin,
        MembershipAdmin,
        AreaApplicationAdmin,
        EvidenceContributionAdmin,
        SpaceAdmin,
        DiscussionSettingsAdmin,
    ]
