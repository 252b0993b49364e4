import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.factories import UserFactory
from tests.two_factor import sign_in_with_second_factor


@pytest.fixture
def demo_site(db):
    """The demo content: one or more pages of every page type, as an editor finds them."""
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def editor(db):
    """Programme staff: the Editors group."""
    user = UserFactory(email="staff-editor@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    """The test client signed in to the admin as the editor."""
    return sign_in_with_second_factor(client, editor)
