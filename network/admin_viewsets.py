"""The network's listings and edit views in the Wagtail admin: areas, memberships,
applications and evidence contributions (wagtail-modeladmin), and session notes (a snippet
view set)."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Count, Q
from django.urls import path, reverse
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import EditView, IndexView

from network import admin_views
from network.bulk_import.admin_views import import_urls
from network.bulk_import.areas import AreaImport
from network.bulk_import.memberships import MembershipImport
from network.models import (
    ActionLearningSession,
    AreaApplication,
    DiscussionSettings,
    EvidenceContribution,
    LocalArea,
    Membership,
    Space,
)


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


class ImportableIndexView(IndexView):
    def get_context_data(self, **kwargs):
        importer = self.model_admin.importer
        may_import = importer.may_import(self.request.user)
        import_url = reverse(importer.url_name()) if may_import else ""
        return super().get_context_data(import_url=import_url, **kwargs)


class ImportFromCsv:
    """A ModelAdmin mixin: "Import from CSV" on the index page, for staff the `importer`
    (network/bulk_import) lets in, and the import's URLs."""

    importer = None
    index_view_class = ImportableIndexView
    index_template_name = "network/admin/index_with_import.html"

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            *import_urls(
                self.importer,
                f"{self.opts.app_label}/{self.opts.model_name}/import/",
                self.url_helper.get_action_url_name("index"),
            ),
        )


class LocalAreaAdmin(ImportFromCsv, ModelAdmin):
    model = LocalArea
    menu_label = "Local areas"
    menu_icon = "site"
    list_display = ["name", "region", "network_status", "member_since", "members"]
    list_filter = ["network_status", "region", "kind"]
    search_fields = ["name"]
    list_export = ["name", "kind", "region", "network_status", "member_since", "left_on", "members"]
    panels = [
        FieldPanel("name", help_text="The organisation's full name, e.g. Harrowfield Council."),
        FieldPanel("kind", help_text="The type of organisation."),
        FieldPanel("region", help_text="The English region the area is in."),
        FieldPanel(
            "network_status",
            help_text="Only the people of a member area see members' content.",
        ),
        FieldPanel("member_since", help_text="The day the area joined the network."),
        FieldPanel("left_on", help_text="The day the area left the network, if it has."),
        FieldPanel("contact_email", help_text="A general address for the area, if it has one."),
        FieldPanel(
            "roth_stage",
            help_text="Exploring, piloting or embedding a ROTH pathway, and anything useful.",
        ),
        FieldPanel("single_point_of_contact"),
    ]
    edit_view_class = AuditedEditView
    audited_fields = ["network_status", "member_since", "left_on", "single_point_of_contact"]
    audit_action = "network.area.status"
    importer = AreaImport

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


class MembershipAdmin(ImportFromCsv, ModelAdmin):
    model = Membership
    menu_label = "Memberships"
    menu_icon = "group"
    list_display = ["user", "email", "area", "region", "role_names", "status", "verified"]
    list_filter = [WaitingForDecisionFilter, "status", "roles", "area__region", "area"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "area__name"]
    list_export = ["user", "email", "area", "region", "role_names", "status", "created_at"]
    list_select_related = ["user", "area"]
    panels = [
        FieldPanel("decision_reason", help_text="Why it was decided so. Required to reject."),
        FieldPanel("area", help_text="The local area the person works for: access follows it."),
        FieldPanel("roles", help_text="Such as ROTH Chair: Chairs also see the Chairs' pages."),
        FieldPanel(
            "status",
            help_text="Approved gives access while the area is a member; the others take it away.",
        ),
        FieldPanel("reason", help_text="What the person said when they asked to join."),
        FieldPanel("listed_in_directory"),
    ]
    button_helper_class = DecisionButtonHelper
    decision_url_name = "network_membership_change"
    edit_view_class = AuditedEditView
    audited_fields = ["status", "roles", "area"]
    audit_action = "network.membership.roles"
    importer = MembershipImport

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
    panels = [
        # The decision and what it made are the Decide button's to record, not the form's.
        FieldPanel("status", read_only=True, help_text="Decide with the Decide button."),
        FieldPanel("decision_reason", read_only=True, help_text="The reason given on deciding."),
        FieldPanel("decided_by", read_only=True, help_text="Who decided."),
        FieldPanel("decided_at", read_only=True, help_text="When it was decided."),
        FieldPanel("area", read_only=True, help_text="The local area made from it, once approved."),
        FieldPanel("created_at", read_only=True, help_text="When the application arrived."),
        FieldPanel("organisation_name", help_text="The organisation, as the applicant wrote it."),
        FieldPanel("kind", help_text="The type of organisation."),
        FieldPanel("region", help_text="The English region it is in."),
        FieldPanel("applicant_name", help_text="The senior leader who applied."),
        FieldPanel("applicant_job_title", help_text="Their job title."),
        FieldPanel("applicant_email", help_text="Their email address."),
        FieldPanel("phone", help_text="Their phone number, if they gave one."),
        FieldPanel("roth_stage", help_text="Where the area is with its ROTH pathway."),
        FieldPanel("roth_detail", help_text="What the applicant said about their pathway."),
        FieldPanel("spoc_name", help_text="The area's named contact for the programme team."),
        FieldPanel("spoc_email", help_text="The named contact's email address."),
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


class SentByMembersOnly(PermissionHelper):
    """Contributions come from member areas through the site; staff may not write one in
    somebody else's name."""

    def user_can_create(self, user):
        return False


class EvidenceContributionAdmin(ModelAdmin):
    model = EvidenceContribution
    menu_label = "Evidence contributions"
    menu_icon = "doc-full"
    list_display = ["activity", "area", "author", "created_at"]
    list_filter = ["activity", "area__region"]
    search_fields = ["doing", "helps", "missing", "area__name"]
    list_export = ["activity", "area", "author", "doing", "helps", "missing", "created_at"]
    panels = [
        # Who sent what, where and when is the record: staff may tidy the answers only.
        FieldPanel("activity", read_only=True, help_text="The evidence-building activity."),
        FieldPanel("area", read_only=True, help_text="The member area that shared it."),
        FieldPanel("author", read_only=True, help_text="The person who sent it."),
        FieldPanel("created_at", read_only=True, help_text="When it was sent."),
        FieldPanel("doing", help_text="The answer to the first question (what the area does)."),
        FieldPanel("helps", help_text="The answer to the second question (what helps)."),
        FieldPanel("missing", help_text="The answer to the third question (what is missing)."),
        FieldPanel("document", help_text="A file they attached: for staff and their area only."),
    ]
    inspect_view_enabled = True
    permission_helper_class = SentByMembersOnly


class SpaceAdmin(ModelAdmin):
    """Discussion spaces: staff add one per action learning set, with its own audience."""

    model = Space
    menu_label = "Discussion spaces"
    menu_icon = "comment"
    list_display = ["name", "audience", "order"]
    panels = [  # not the slug: it is made from the name once, so links keep working
        FieldPanel("name", help_text="E.g. Peer support, or North West action learning set."),
        FieldPanel("description", help_text="One or two sentences at the top: what it is for."),
        FieldPanel(
            "audience",
            help_text="Who may read and post: all members, Chairs, or only the people listed.",
        ),
        FieldPanel("participants"),
        FieldPanel("order", help_text="Spaces are listed by this number, lowest first."),
    ]


class DiscussionSettingsAdmin(ModelAdmin):
    """Per person: email frequency, and whether their posts skip approval."""

    model = DiscussionSettings
    menu_label = "Discussion settings"
    menu_icon = "cog"
    list_display = ["user", "frequency", "skip_approval"]
    list_filter = ["frequency", "skip_approval"]
    search_fields = ["user__email", "user__last_name"]
    panels = [
        FieldPanel("user", help_text="The person these settings are for."),
        FieldPanel("frequency", help_text="How often the person is emailed about new posts."),
        FieldPanel("skip_approval"),
    ]


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


class SessionNotesViewSet(SnippetViewSet):
    """Facilitators write session notes, actions and attachments in the admin."""

    model = ActionLearningSession
    menu_label = "Session notes"
    icon = "clipboard-list"
    add_to_admin_menu = True
    menu_order = 255
    list_display = ["title", "space", "date", "facilitator"]
    list_filter = ["space"]
    search_fields = ["title"]
