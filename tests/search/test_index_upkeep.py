"""Search follows every change once it commits: publish, unpublish, move, re-gate, hide,
delete. Each change runs inside `committed()`, which runs what waits for the commit (the
engine store's index updates); the database store updates inside the change's transaction."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from network.audience import Audience
from network.community import moderation
from network.community.models import Space
from tests.factories import make_standard_page, make_tool
from tests.network.discussions import reply, start
from tests.network.helpers import client_for
from tests.search_index import refresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def found(client, person, query, **params):
    refresh_index()
    response = client_for(client, person).get("/search/", {"q": query, **params})
    return {item.title for item in response.context["search"].page.object_list}


def test_a_published_tool_is_found_with_its_topics_at_once(client, site, committed):
    with committed():
        make_tool(site["planning"], title="Kaleidoscope checklist", topics=["guardianship"])
    assert "Kaleidoscope checklist" in found(client, None, "kaleidoscope", topic="guardianship")


def test_unpublishing_and_deleting_remove_a_page_at_once(client, site, committed):
    with committed():
        page = make_standard_page(site["home"], title="Quokka policy", slug="quokka")
    assert "Quokka policy" in found(client, None, "quokka")
    with committed():
        page.unpublish()
    assert "Quokka policy" not in found(client, None, "quokka")
    with committed():
        page.save_revision().publish()
    assert "Quokka policy" in found(client, None, "quokka")
    with committed():
        page.delete()
    assert found(client, None, "quokka") == set()


def test_renaming_a_section_moves_its_pages_urls(client, site, committed):
    with committed():
        section = make_standard_page(site["home"], title="Guides", slug="guides")
        make_standard_page(section, title="Wombat guide", slug="wombat")
    with committed():
        section.slug = "practice-guides"
        section.save_revision().publish()
    refresh_index()
    html = client.get("/search/", {"q": "wombat"}).content.decode()
    assert 'href="/practice-guides/wombat/"' in html


def test_a_view_restriction_hides_a_section_at_once_and_lifting_it_shows_it(
    client, site, committed
):
    with committed():
        section = make_standard_page(site["home"], title="Staff area", slug="staff-area")
        make_standard_page(section, title="Okapi notes", slug="okapi")
    assert "Okapi notes" in found(client, None, "okapi")
    with committed():
        restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert "Okapi notes" not in found(client, None, "okapi")
    with committed():
        restriction.delete()
    assert "Okapi notes" in found(client, None, "okapi")


def test_moving_a_page_into_and_out_of_a_restricted_section(client, site, committed):
    with committed():
        section = make_standard_page(site["home"], title="Staff area", slug="staff-area")
        restriction = PageViewRestriction.objects.create(page=section, restriction_type="groups")
        restriction.groups.add(Group.objects.get(name="Editors"))
        page = make_standard_page(site["home"], title="Narwhal notes", slug="narwhal")
    assert "Narwhal notes" in found(client, None, "narwhal")
    with committed():
        page.move(section, pos="last-child")
    assert "Narwhal notes" not in found(client, None, "narwhal")
    page.refresh_from_db()
    with committed():
        page.move(site["home"], pos="last-child")
    assert "Narwhal notes" in found(client, None, "narwhal")


def test_moving_a_thread_to_the_chairs_space_hides_it_from_members(client, people, site, committed):
    with committed():
        thread = start(people["chair"], title="Platypus question", body="Platypus body")
    assert "Platypus question" in found(client, people["member"], "platypus")
    with committed():
        thread.space = Space.objects.get(slug="chairs-action-learning")
        thread.save()
    assert "Platypus question" not in found(client, people["member"], "platypus")
    assert "Platypus question" in found(client, people["chair"], "platypus")


def test_changing_a_spaces_audience_changes_who_finds_its_threads(client, people, site, committed):
    with committed():
        start(people["member"], title="Pangolin question", body="Pangolin body")
    assert "Pangolin question" in found(client, people["member"], "pangolin")
    Space.objects.filter(slug="peer-support").update(audience=Audience.CHAIRS)
    assert "Pangolin question" not in found(client, people["member"], "pangolin")
    assert "Pangolin question" in found(client, people["chair"], "pangolin")


def test_hiding_a_reply_removes_it_from_search(client, people, site, committed):
    with committed():
        thread = start(people["member"], title="Any question")
        post = reply(thread, people["chair"], "Axolotl approach to agendas")
    assert found(client, people["member"], "axolotl")
    with committed():
        moderation.hide_post(post, people["staff"], "Off topic")
    assert found(client, people["member"], "axolotl") == set()
    assert found(client, people["staff"], "axolotl") == set()  # search shows published posts


def test_deleting_a_thread_removes_it_and_its_replies(client, people, site, committed):
    with committed():
        thread = start(people["member"], title="Tapir question", body="Tapir body")
        reply(thread, people["chair"], "Tapir reply")
    assert found(client, people["member"], "tapir")
    with committed():
        thread.delete()
    assert found(client, people["member"], "tapir") == set()


def test_update_index_rebuilds_everything(client, site):
    call_command("update_index", verbosity=0)
    assert "Safety planning pack" in found(client, None, "safety")


def test_update_index_gives_wagtails_rebuild_a_long_timeout_and_searches_keep_theirs(settings):
    from search.management.commands.update_index import REBUILD_TIMEOUT, backends_for_rebuilding

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "modelsearch.backends.opensearch2", "URLS": ["http://x"],
                    "TIMEOUT": 2},
        "embedded": {"BACKEND": "modelsearch.backends.database"},
    }  # fmt: skip

    rebuilding = backends_for_rebuilding()

    assert rebuilding["default"]["TIMEOUT"] == REBUILD_TIMEOUT == 120
    assert rebuilding["embedded"] == {"BACKEND": "modelsearch.backends.database"}
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["TIMEOUT"] == 2
