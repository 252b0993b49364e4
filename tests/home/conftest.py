import pytest
from django.contrib.auth.models import Group

from tests.events.conftest import events_index  # noqa: F401 (a fixture)
from tests.factories import UserFactory
from tests.newsletters.conftest import newsletter_index  # noqa: F401 (a fixture)


@pytest.fixture
def editor(db):
    """Programme staff: the Editors group."""
    user = UserFactory(email="editor@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
