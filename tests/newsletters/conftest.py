import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.newsletters.helpers import make_issue


@pytest.fixture
def issue(newsletter_index):
    return make_issue(newsletter_index)


@pytest.fixture
def editor(db):
    person = UserFactory(email="editor@example.org")
    # get_or_create: transactional tests flush the groups the migrations made
    editors, _ = Group.objects.get_or_create(name="Editors")
    person.groups.add(editors)
    return person
