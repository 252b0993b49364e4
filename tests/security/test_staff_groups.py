"""Each programme staff group holds exactly the permissions its work needs: a new power for
a group is a deliberate change here and in docs/security.md ("Roles and staff groups")."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Workflow

from tests.factories import make_home_page, make_library, make_standard_page

pytestmark = pytest.mark.django_db


def every(app_model, actions=("add", "change", "delete", "view")):
    app, model = app_model.split(".")
    return {f"{app}.{action}_{model}" for action in actions}


EDITORS = {
    "wagtailadmin.access_admin",
    "network.view_network_content",
    *every("network.actionlearningsession"),
    *every("network.space"),
    *every("network.evidencecontribution"),
    *every("events.booking"),
    "newsletters.send_newsletter",
    *every("newsletters.subscriber", ("view", "change", "delete")),
    "search.view_dailysearchcount",
    *every("wagtaildocs.document", ("add", "change", "delete", "choose")),
    *every("wagtailimages.image", ("add", "change", "delete", "choose")),
    *every("wagtailredirects.redirect", ("add", "change", "delete")),
}
MODERATORS = {
    "wagtailadmin.access_admin",
    "network.moderate_discussions",
    *every("network.discussionsettings", ("add", "change", "view")),
}
NETWORK_ADMINISTRATORS = {
    "wagtailadmin.access_admin",
    "network.view_network_content",
    *every("network.localarea", ("add", "change", "view")),
    *every("network.membership", ("change", "view")),
    *every("network.areaapplication", ("change", "view")),
}
DATA_PROTECTION = {
    "wagtailadmin.access_admin",
    "network.manage_personal_data",
    "network.view_audit_log",
}
REVIEWERS = {"wagtailadmin.access_admin"}
# Every staff group reads Reports → Scheduled jobs (no personal data in it).
EVERY_STAFF_GROUP = {"operations.view_jobrun"}
GROUPS = {
    "Editors": EDITORS | EVERY_STAFF_GROUP,
    "Moderators": MODERATORS | EVERY_STAFF_GROUP,
    "Network administrators": NETWORK_ADMINISTRATORS | EVERY_STAFF_GROUP,
    "Data protection": DATA_PROTECTION | EVERY_STAFF_GROUP,
    "Reviewers": REVIEWERS | EVERY_STAFF_GROUP,
}
# Page tree permissions (on the root page) and collection permissions (on the root collection)
PAGES = {"Editors": {"add_page", "change_page", "publish_page"}}
COLLECTIONS = {
    "Editors": {
        "add_document",
        "change_document",
        "choose_document",
        "add_image",
        "change_image",
        "choose_image",
    }
}


def test_the_staff_groups_are_exactly_these():
    assert set(Group.objects.values_list("name", flat=True)) == GROUPS.keys()


@pytest.mark.parametrize(("group", "expected"), GROUPS.items())
def test_each_staff_group_holds_exactly_its_permissions(group, expected):
    held = Group.objects.get(name=group).permissions.select_related("content_type")
    assert {f"{p.content_type.app_label}.{p.codename}" for p in held} == expected


@pytest.mark.parametrize("group", GROUPS)
def test_each_staff_group_holds_exactly_its_page_and_collection_permissions(group):
    pages = GroupPagePermission.objects.filter(group__name=group).select_related("page")
    assert {p.permission.codename for p in pages} == PAGES.get(group, set())
    assert {p.page.depth for p in pages} <= {1}  # the whole tree, from its root
    collections = GroupCollectionPermission.objects.filter(group__name=group)
    assert {c.permission.codename for c in collections} == COLLECTIONS.get(group, set())


def test_editors_approve_in_the_default_workflow_and_reviewers_in_programme_review():
    approvers = {
        workflow.name: {
            group.name for task in workflow.tasks.all() for group in task.specific.groups.all()
        }
        for workflow in Workflow.objects.all()
    }
    assert approvers == {"Editors approval": {"Editors"}, "Programme review": {"Reviewers"}}


def test_reviewers_edit_and_publish_only_in_the_sections_under_review(people):
    library = make_library(make_home_page())
    make_standard_page(library.get_parent())
    pages = GroupPagePermission.objects.filter(group__name="Reviewers")
    assert {(p.page_id, p.permission.codename) for p in pages} == {
        (library.pk, "change_page"),
        (library.pk, "publish_page"),
    }
