"""Search follows every change at once: publish, unpublish, move, re-gate, hide, delete."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from network.community import moderation
from network.community.models import Space
from tests.factories import make_standard_page, make_tool
from tests.network.conftest import client_for
from tests.network.discussions import reply, start

pytestmark = pytest.mark.django_db


def found(client, person, query, **params):
    get_search_backend().refresh_indexes()
    response = client_for(client, person).get("/search/", {"q": query, **params})
    return {item.title for item in response.context["search"].page.paginator.object_list}


def test_a_published_tool_is_found_with_its_topics_at_once(client, site):
    make_tool(site["planning"], title="Kaleidoscope checklist", topics=["guardianship"])
    assert "Kaleidoscope checklist" in found(client, None, "kaleidoscope", topic="guardianship")


def test_unpublishing_and_deleting_remove_a_page_at_once(client, site):
    page = make_standard_page(site["home"], title="Quokka policy", slug="quokka")
    assert "Quokka policy" in found(client, None, "quokka")
    page.unpublish()
    assert "Quokka policy" not in found(client, None, "quokka")
    page.save_revision().publish()
    assert "Quokka policy" in found(client, None, "quokka")
    page.delete()
    assert found(client, None, "quokka") == set()


def test_moving_a_page_into_and_out_of_a_restricted_section(client, site):
    section = make_standard_page(site["home"], title="Staff area", slug="staff-area")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="groups")
    restriction.groups.add(Group.objects.get(name="Editors"))
    page = make_standard_page(site["home"], title="Narwhal notes", slug="narwhal")
    assert "Narwhal notes" in found(client, None, "narwhal")
    page.move(section, pos="last-child")
    assert "Narwhal notes" not in found(client, None, "narwhal")
    page.refresh_from_db()
    page.move(site["home"], pos="last-child")
    assert "Narwhal notes" in found(client, None, "narwhal")


def test_moving_a_thread_to_the_chairs_space_hides_it_from_members(client, people, site):
    thread = start(people["chair"], title="Platypus question", body="Platypus body")
    assert "Platypus question" in found(client, people["member"], "platypus")
    thread.space = Space.objects.get(slug="chairs-action-learning")
    thread.save()
    assert "Platypus question" not in found(client, people["member"], "platypus")
    assert "Platypus question" in found(client, people["chair"], "platypus")


def test_hiding_a_reply_removes_it_from_search(client, people, site):
    thread = start(people["member"], title="Any question")
    post = reply(thread, people["chair"], "Axolotl approach to agendas")
    assert found(client, people["member"], "axolotl")
    moderation.hide_post(post, people["staff"], "Off topic")
    assert found(client, people["member"], "axolotl") == set()
    assert found(client, people["staff"], "axolotl") == set()  # search shows published posts


def test_update_index_rebuilds_everything(client, site):
    from django.core.management import call_command

    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "Safety planning pack" in found(client, None, "safety")
