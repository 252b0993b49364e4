import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory


@pytest.fixture
def editor(db):
    """Programme staff: the Editors group."""
    user = UserFactory(email="editor@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
