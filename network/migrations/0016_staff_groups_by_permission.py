"""Staff groups hold exactly the powers their work needs, and the access policy asks for
permissions, not group names (docs/security.md, "Roles and staff groups"):

- Editors: publish pages, documents and images (Wagtail's own grants, kept), session notes,
  discussion spaces and evidence contributions, and see all members' and Chairs' content.
  (Their events, newsletter and search-report permissions are set by those apps.)
- Moderators: moderate discussions, and nothing else. Wagtail's defaults gave them page
  editing and publishing, documents and images, and the approval step of the default
  workflow; the earlier migrations here gave them areas, memberships and the audit log.
- Network administrators (new): areas, memberships, area applications and any area's
  requests to join, and see all members' and Chairs' content.
- Data protection (new): personal data requests and the audit log.

Also: whoever is an area's named single point of contact holds that role, because the role
(not the area's field) now decides who reviews the area's requests to join.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from home.permissions import ensure_groups, set_group_permissions

EDITORS = "Editors"
MODERATORS = "Moderators"
NETWORK_ADMINISTRATORS = "Network administrators"
DATA_PROTECTION = "Data protection"


def every(*models, actions=("add", "change", "delete", "view")):
    return [f"{action}_{model}" for model in models for action in actions]


#: {group: the network permissions it holds, exactly}
NETWORK_PERMISSIONS = {
    EDITORS: [
        "view_network_content",
        *every("actionlearningsession", "space", "evidencecontribution"),
    ],
    MODERATORS: [
        "moderate_discussions",
        *every("discussionsettings", actions=("add", "change", "view")),
    ],
    NETWORK_ADMINISTRATORS: [
        "view_network_content",
        *every("localarea", actions=("add", "change", "view")),
        *every("membership", "areaapplication", actions=("change", "view")),
    ],
    DATA_PROTECTION: ["manage_personal_data", "view_audit_log"],
}


def set_staff_groups(apps, schema_editor):
    ensure_groups(apps, NETWORK_PERMISSIONS)
    for group, codenames in NETWORK_PERMISSIONS.items():
        set_group_permissions(apps, "network", group, codenames)
    for group in (NETWORK_ADMINISTRATORS, DATA_PROTECTION):
        set_group_permissions(apps, "wagtailadmin", group, ["access_admin"])
    moderators_keep_only_moderation(apps)
    editors_approve_in_the_default_workflow(apps)
    named_contacts_hold_the_role(apps)


def moderators_keep_only_moderation(apps):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    moderators = Group.objects.get(name=MODERATORS)
    GroupPagePermission.objects.filter(group=moderators).delete()
    GroupCollectionPermission.objects.filter(group=moderators).delete()
    for app_label in ("wagtaildocs", "wagtailimages", "wagtailcore"):
        set_group_permissions(apps, app_label, MODERATORS, [])


def editors_approve_in_the_default_workflow(apps):
    """Wagtail's default workflow asks Moderators to approve pages: Editors do that here."""
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators = Group.objects.get(name=MODERATORS)
    editors = Group.objects.get(name=EDITORS)
    for task in GroupApprovalTask.objects.filter(groups=moderators):
        task.groups.remove(moderators)
        task.groups.add(editors)
        if task.name == "Moderators approval":
            task.name = "Editors approval"
            task.save(update_fields=["name"])
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Moderators approval").update(name="Editors approval")


def named_contacts_hold_the_role(apps):
    LocalArea = apps.get_model("network", "LocalArea")
    Membership = apps.get_model("network", "Membership")
    Role = apps.get_model("network", "Role")
    spoc = Role.objects.filter(code="spoc").first()
    if spoc is None:
        return
    for area in LocalArea.objects.exclude(single_point_of_contact=None):
        membership = Membership.objects.filter(
            user_id=area.single_point_of_contact_id, area=area
        ).first()
        if membership is not None:
            membership.roles.add(spoc)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0015_account_email_verification"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="user",
            options={
                "ordering": ["email"],
                "permissions": [
                    ("manage_personal_data", "Can export and erase anyone's personal data"),
                    ("view_audit_log", "Can view the audit log"),
                    ("view_network_content", "Can see all members' and Chairs' content"),
                    ("moderate_discussions", "Can moderate discussions"),
                ],
            },
        ),
        migrations.AlterField(
            model_name="localarea",
            name="single_point_of_contact",
            field=models.ForeignKey(
                blank=True,
                help_text="The area's named contact for the programme team: a member of this "
                "area holding the single point of contact role. Every member holding that "
                "role decides requests to join through the area.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(set_staff_groups, migrations.RunPython.noop),
    ]
