"""People in the network for tests: areas, members with roles, staff, a signed-in client."""

import datetime

from django.contrib.auth.models import Group

from network.models import LocalArea, Membership, Role
from tests.factories import UserFactory
from tests.two_factor import sign_in_with_second_factor


def make_area(name, status=LocalArea.Status.MEMBER, region="london"):
    return LocalArea.objects.create(
        name=name,
        region=region,
        network_status=status,
        member_since=datetime.date(2025, 6, 1) if status != LocalArea.Status.NOT_MEMBER else None,
    )


def make_member(area, roles=("practitioner",), status=Membership.Status.APPROVED, **user):
    person = UserFactory(**user)
    membership = Membership.objects.create(user=person, area=area, status=status)
    membership.roles.set(Role.objects.filter(code__in=roles))
    return person


def make_staff(group, **user):
    """Someone in one programme staff group, holding only that group's powers."""
    person = UserFactory(**user)
    person.groups.add(Group.objects.get(name=group))
    return person


def client_for(client, person):
    """The client signed in as the person (None: signed out); staff with their second factor."""
    client.logout()
    if person is not None:
        sign_in_with_second_factor(client, person)
    return client
