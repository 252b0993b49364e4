"""The search index can never disagree with the access policy: for every findable object and
every person, "the policy lets them see it" equals "they share a scope with its document".

Checked on the demo content with each of its people, and on the search tests' small site
with every role (people outside the staff and one person per staff group) and page view
restrictions of each kind, nested ones included.
"""

import io

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from network.access import all_pages, scopes_of, scopes_of_person
from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession
from network.models import User
from search.upkeep import all_documents
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db


def objects_the_policy_shows(user):
    """The keys of every findable kind of object the access policy lets this user see."""
    pages = all_pages().visible_to(user)
    return (
        {f"page:{pk}" for pk in pages.values_list("pk", flat=True)}
        | {f"thread:{pk}" for pk in Thread.objects.visible_to(user).values_list("pk", flat=True)}
        | {f"post:{pk}" for pk in Post.objects.visible_to(user).values_list("pk", flat=True)}
        | {
            f"session:{pk}"
            for pk in ActionLearningSession.objects.visible_to(user).values_list("pk", flat=True)
        }
    )


def disagreements(people):
    documents = list(all_documents())
    assert documents, "nothing to check"
    problems = []
    for name, person in people.items():
        user = person or AnonymousUser()
        policy = objects_the_policy_shows(user)
        scopes = scopes_of_person(user)
        for document in documents:
            may_see = document.key in policy
            shares_a_scope = bool(document.scopes & scopes)
            if may_see != shares_a_scope:
                problems.append(
                    f"{name} / {document.key} {document.title!r}: policy says {may_see}, "
                    f"scopes {sorted(document.scopes)} vs {sorted(scopes)}"
                )
    return problems, documents


def test_on_the_demo_content_every_person_may_see_exactly_what_shares_a_scope():
    call_command("load_demo_content", stdout=io.StringIO())
    people = {"anonymous": None} | {user.email: user for user in User.objects.all()}
    assert len(people) > 5
    problems, documents = disagreements(people)
    assert not problems, "\n".join(problems)
    kinds = {document.key.split(":")[0] for document in documents}
    assert kinds == {"page", "thread", "post", "session"}


def test_every_role_and_every_kind_of_view_restriction_agree_with_the_scopes(site, people):
    home = site["home"]
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    signed_in = make_standard_page(home, title="Signed-in section", slug="signed-in")
    PageViewRestriction.objects.create(page=signed_in, restriction_type="login")
    make_standard_page(signed_in, title="Signed-in page", slug="inner")
    by_password = make_standard_page(home, title="Password section", slug="password")
    PageViewRestriction.objects.create(page=by_password, restriction_type="password", password="x")
    make_standard_page(by_password, title="Password page", slug="inner")
    outer = make_standard_page(home, title="Staff groups", slug="staff-groups")
    PageViewRestriction.objects.create(page=outer, restriction_type="groups").groups.add(
        editors, moderators
    )
    inner = make_standard_page(outer, title="Editors within", slug="editors")
    PageViewRestriction.objects.create(page=inner, restriction_type="groups").groups.add(editors)
    make_standard_page(inner, title="Deep page", slug="deep")
    nobody = make_standard_page(home, title="No group chosen", slug="no-group")
    PageViewRestriction.objects.create(page=nobody, restriction_type="groups")
    problems, documents = disagreements(people)
    assert not problems, "\n".join(problems)
    assert len(documents) > 20


MODELS = {"page": Page, "thread": Thread, "post": Post, "session": ActionLearningSession}


def test_each_documents_scopes_are_the_policys_scopes_of_its_object(site):
    for document in all_documents():
        prefix, _, pk = document.key.partition(":")
        assert scopes_of(MODELS[prefix].objects.get(pk=pk)) == document.scopes, document.key
