"""The access policy, rule by rule."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page, PageViewRestriction

from network import access
from network.models import LocalArea, Membership
from tests.factories import make_document, publish
from tests.network.helpers import make_member

pytestmark = pytest.mark.django_db

MEMBER_ANSWERS = {
    "anonymous": False,
    "registered": False,
    "applicant": False,
    "member": True,
    "chair": True,
    "left_area_member": False,
    "spoc": True,
    "staff": False,
    "moderator": False,
    "network_admin": False,
    "data_protection": False,
}


def fresh(person):
    """A new user object, as each request gets (the policy memoises per object)."""
    if person is None:
        return AnonymousUser()
    return type(person).objects.get(pk=person.pk)


@pytest.mark.parametrize(("role", "expected"), MEMBER_ANSWERS.items())
def test_who_counts_as_a_network_member(people, role, expected):
    assert access.is_network_member(fresh(people[role])) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [("member", False), ("chair", True), ("staff", False), ("anonymous", False)],
)
def test_who_counts_as_a_chair(people, role, expected):
    assert access.is_chair(fresh(people[role])) is expected


def test_a_chair_in_an_area_that_left_is_not_a_chair(areas):
    chair = make_member(areas["left"], roles=("chair",))
    assert not access.is_chair(fresh(chair))


def test_when_an_area_leaves_its_members_lose_access_without_editing_anyone(areas, people):
    assert access.is_network_member(fresh(people["member"]))
    LocalArea.objects.filter(pk=areas["member"].pk).update(network_status="left")
    assert not access.is_network_member(fresh(people["member"]))


@pytest.mark.parametrize("status", ["applied", "rejected", "suspended", "left"])
def test_only_approved_memberships_give_access(people, status):
    Membership.objects.filter(user=people["member"]).update(status=status)
    assert not access.is_network_member(fresh(people["member"]))


def test_deactivated_accounts_have_no_access(people):
    people["member"].is_active = False
    people["member"].save()
    assert not access.is_network_member(fresh(people["member"]))


POWERS = (
    access.is_programme_staff,
    access.may_see_all_network_content,
    access.may_moderate,
    access.may_manage_network,
    access.may_handle_personal_data,
    access.may_view_audit_log,
    access.may_write_session_notes,
    access.is_area_contact,
)
# role: each power above, in order (staff groups are decided by their permissions)
POWERS_BY_ROLE = {
    "anonymous": (False, False, False, False, False, False, False, False),
    "registered": (False, False, False, False, False, False, False, False),
    "member": (False, False, False, False, False, False, False, False),
    "chair": (False, False, False, False, False, False, False, False),
    "spoc": (False, False, False, False, False, False, False, True),
    "staff": (True, True, False, False, False, False, True, False),  # the Editor
    "moderator": (True, False, True, False, False, False, False, False),
    "network_admin": (True, True, False, True, False, False, False, False),
    "data_protection": (True, False, False, False, True, True, False, False),
}


@pytest.mark.parametrize(("role", "expected"), POWERS_BY_ROLE.items())
def test_each_person_holds_exactly_their_powers(people, role, expected):
    user = fresh(people[role])
    assert tuple(power(user) for power in POWERS) == expected


def test_superusers_hold_every_power(people):
    from tests.factories import UserFactory

    superuser = UserFactory(is_superuser=True)
    assert all(power(fresh(superuser)) for power in POWERS[:-1])


def test_staff_powers_come_from_permissions_not_group_names(people):
    from django.contrib.auth.models import Group, Permission

    renamed = Group.objects.get(name="Moderators")
    renamed.name = "Discussion team"
    renamed.save()
    assert access.may_moderate(fresh(people["moderator"]))
    someone = people["registered"]
    someone.user_permissions.add(Permission.objects.get(codename="view_network_content"))
    assert access.may_access(fresh(someone), "chairs")
    assert not access.is_network_member(fresh(someone))


def test_a_staff_account_not_yet_verified_holds_no_power(people):
    from network.models import User

    User.objects.filter(pk=people["staff"].pk).update(email_verified_at=None)
    assert not any(power(fresh(people["staff"])) for power in POWERS)


def test_staff_who_see_all_content_see_everything_but_are_not_members(people):
    for role in ("staff", "network_admin"):
        staff = fresh(people[role])
        assert access.may_access(staff, "chairs") and access.may_access(staff, "members")
        assert not access.is_network_member(staff)
    for role in ("moderator", "data_protection"):
        assert not access.may_access(fresh(people[role]), "members")


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", set()),
        ("registered", set()),
        ("applicant", set()),
        ("member", {"Peer support", "Guardianship evidence"}),
        ("chair", {"Peer support", "Guardianship evidence", "Action learning sets"}),
        ("left_area_member", set()),
        ("staff", {"Peer support", "Guardianship evidence", "Action learning sets"}),
        ("network_admin", {"Peer support", "Guardianship evidence", "Action learning sets"}),
        ("moderator", set()),
        ("data_protection", set()),
    ],
)
def test_visible_pages_filters_gated_page_types(people, gated, network_home, role, expected):
    visible = access.visible_pages(fresh(people[role]), Page.objects.child_of(network_home))
    assert set(visible.values_list("title", flat=True)) == expected


def test_visible_pages_applies_view_restrictions_and_hides_drafts(people, network_home):
    from home.models import StandardPage

    restricted = publish(
        network_home.get_parent(),
        StandardPage(title="Logged in only", slug="logged-in", summary="s", body=[]),
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = StandardPage(title="Draft", slug="draft", summary="s", body=[], live=False)
    network_home.get_parent().add_child(instance=draft)
    pages = Page.objects.filter(title__in=["Logged in only", "Draft"])
    assert not access.visible_pages(AnonymousUser(), pages).exists()
    registered = fresh(people["registered"])
    assert list(access.visible_pages(registered, pages).values_list("title", flat=True)) == [
        "Logged in only"
    ]


@pytest.mark.parametrize(
    ("role", "private", "own_contribution"),
    [
        ("anonymous", False, False),
        ("registered", False, False),
        ("applicant", False, False),
        ("member", True, True),
        ("chair", True, False),
        ("left_area_member", False, False),
        ("staff", True, True),
        ("network_admin", True, True),
        ("moderator", False, False),
        ("data_protection", False, False),
    ],
)
def test_document_access(people, gated, role, private, own_contribution):
    user = fresh(people[role])
    public = make_document("public.pdf")
    assert access.can_view_document(user, public)
    assert access.can_view_document(user, reload(gated["private_document"])) is private
    contribution_document = reload(gated["contribution"].document)
    assert access.can_view_document(user, contribution_document) is own_contribution


def reload(document):
    """Collections are kept in name order, so adding one can move another's tree path."""
    return type(document).objects.select_related("collection").get(pk=document.pk)


def test_visible_documents_filters_a_queryset(people, gated):
    from wagtail.documents import get_document_model

    public = make_document("public.pdf")
    documents = get_document_model().objects.all()
    assert list(access.visible_documents(AnonymousUser(), documents)) == [public]
    member_sees = set(access.visible_documents(fresh(people["member"]), documents))
    assert member_sees == {public, gated["private_document"], gated["contribution"].document}


def test_page_audience_comes_from_the_page_type(gated):
    assert access.page_audience(gated["network_page"]) == "members"
    assert access.page_audience(gated["chairs_page"]) == "chairs"
    assert access.page_audience(Page.objects.get(pk=gated["network_page"].pk)) == "members"


def test_area_contacts_are_the_members_holding_the_single_point_of_contact_role(people, areas):
    assert access.is_area_contact(fresh(people["spoc"]))
    assert not access.is_area_contact(fresh(people["member"]))
    assert not access.is_area_contact(fresh(people["chair"]))
    assert not access.is_area_contact(AnonymousUser())
    LocalArea.objects.filter(pk=areas["member"].pk).update(network_status="left")
    assert not access.is_area_contact(fresh(people["spoc"]))


def test_the_areas_named_contact_field_alone_does_not_make_someone_a_contact(people, areas):
    LocalArea.objects.filter(pk=areas["member"].pk).update(single_point_of_contact=people["member"])
    assert not access.is_area_contact(fresh(people["member"]))


def test_a_suspended_single_point_of_contact_is_not_a_contact(people):
    Membership.objects.filter(user=people["spoc"]).update(status="suspended")
    assert not access.is_area_contact(fresh(people["spoc"]))
