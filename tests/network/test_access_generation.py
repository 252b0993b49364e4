"""A person's search scopes and permissions are kept between requests (with a cache that
every app process shares), and every change that alters them shows in the very next request
(network/access_generation.py)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network import access_generation
from network.access import scopes_of_person
from network.audience import Audience
from network.community.models import Space
from network.models import LocalArea, Membership, Role, User
from network.verification import mark_verified
from tests.factories import UserFactory
from tests.network.helpers import make_area, make_member

pytestmark = pytest.mark.django_db


def scopes_now(person):
    """The scopes a new request by this person gets (a fresh user object, as each request has)."""
    return scopes_of_person(User.objects.get(pk=person.pk))


@pytest.fixture(autouse=True)
def shared_cache(settings):
    """Tests run in one process, so its memory cache is shared by every request here."""
    settings.SHARED_CACHE = True


@pytest.fixture
def member():
    return make_member(make_area("Harrowfield Council"))


@pytest.fixture
def space():
    return Space.objects.create(name="North West set", slug="north-west", audience="set")


def test_a_persons_scopes_are_read_once_and_kept_for_their_next_requests(member):
    first = scopes_now(member)
    with CaptureQueriesContext(connection) as later:
        again = scopes_now(member)

    assert again == first and Audience.MEMBERS in first
    assert len(later) == 1  # loading the person; their scopes came from the cache


def test_people_never_get_each_others_kept_scopes(member):
    outsider = UserFactory()
    assert Audience.MEMBERS in scopes_now(member)
    assert Audience.MEMBERS not in scopes_now(outsider)
    assert scopes_now(outsider) == frozenset({"public", Audience.SIGNED_IN})


def suspend(member):
    membership = Membership.objects.get(user=member)
    membership.status = Membership.Status.SUSPENDED
    membership.save()


def area_leaves(member):
    area = LocalArea.objects.get(memberships__user=member)
    area.network_status = LocalArea.Status.LEFT
    area.save()


def deactivate(member):
    member.is_active = False
    member.save()


@pytest.mark.parametrize(
    "change",
    [
        suspend,
        lambda member: Membership.objects.get(user=member).delete(),
        area_leaves,
        deactivate,
    ],
    ids=["membership suspended", "membership deleted", "area leaves", "account closed"],
)
def test_losing_membership_takes_the_members_scope_away_at_once(member, change):
    assert Audience.MEMBERS in scopes_now(member)
    change(member)
    assert Audience.MEMBERS not in scopes_now(member)


def test_a_new_role_and_a_removed_role_show_at_once(member):
    chair = Role.objects.get(code=Role.CHAIR)
    membership = Membership.objects.get(user=member)
    assert Audience.CHAIRS not in scopes_now(member)
    membership.roles.add(chair)
    assert Audience.CHAIRS in scopes_now(member)
    membership.roles.remove(chair)
    assert Audience.CHAIRS not in scopes_now(member)
    membership.roles.add(chair)
    assert Audience.CHAIRS in scopes_now(member)
    chair.delete()
    assert Audience.CHAIRS not in scopes_now(member)


def test_groups_and_permissions_show_at_once(member):
    group = Group.objects.create(name="Readers")
    seeing = Permission.objects.get(codename="view_network_content")
    assert Audience.STAFF not in scopes_now(member)
    member.groups.add(group)
    assert f"{Audience.MEMBERS}|group:{group.pk}" in scopes_now(member)
    group.permissions.add(seeing)
    assert Audience.STAFF in scopes_now(member)
    group.delete()
    assert Audience.STAFF not in scopes_now(member)
    member.user_permissions.add(seeing)
    assert Audience.STAFF in scopes_now(member)


def test_a_discussion_sets_people_and_audience_show_at_once(member, space):
    scope = f"space:{space.pk}"
    assert scope not in scopes_now(member)
    space.participants.add(member)
    assert scope in scopes_now(member)
    space.participants.remove(member)
    assert scope not in scopes_now(member)
    space.audience = Audience.MEMBERS
    space.save()
    assert scope in scopes_now(member)
    space.delete()
    assert scope not in scopes_now(member)


def test_proving_an_address_shows_at_once():
    person = UserFactory(email_verified_at=None)
    assert scopes_now(person) == frozenset({"public"})
    mark_verified(person, how="link")
    assert Audience.SIGNED_IN in scopes_now(person)


def test_the_generation_moves_again_when_the_change_commits(
    member, django_capture_on_commit_callbacks
):
    """A request reading between the change and its commit saw the old data: what it kept
    must not be read after the commit."""
    with django_capture_on_commit_callbacks(execute=True):
        suspend(member)
        during = access_generation.ACCESS.current()
    assert access_generation.ACCESS.current() != during


@pytest.mark.parametrize(
    "setting", [("FRAGMENT_CACHE_SECONDS", 0), ("SHARED_CACHE", False)], ids=["off", "per process"]
)
def test_nothing_is_kept_when_the_cache_is_off_or_not_shared(member, settings, setting):
    setattr(settings, *setting)
    scopes_now(member)
    with CaptureQueriesContext(connection) as later:
        scopes_now(member)
    assert len(later) > 1


def permissions_now(person):
    return User.objects.get(pk=person.pk).has_perm("network.view_network_content")


def test_permissions_are_read_once_and_a_grant_or_a_removal_shows_at_once(member):
    group = Group.objects.create(name="Readers")
    member.groups.add(group)
    assert not permissions_now(member)
    with CaptureQueriesContext(connection) as later:
        permissions_now(member)
    assert len(later) == 1  # loading the person; their permissions came from the cache

    group.permissions.add(Permission.objects.get(codename="view_network_content"))
    assert permissions_now(member)
    member.groups.remove(group)
    assert not permissions_now(member)


def test_becoming_or_ceasing_to_be_a_superuser_shows_at_once(member):
    assert Audience.STAFF not in scopes_now(member)
    member.is_superuser = True
    member.save()
    assert Audience.STAFF in scopes_now(member)
    member.is_superuser = False
    member.save()
    assert Audience.STAFF not in scopes_now(member)
