"""Where resource pages may live, what a tool needs, and what editors start with."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage
from tests.factories import make_document, make_pack, make_tool

pytestmark = pytest.mark.django_db


def test_a_pack_lives_only_in_the_library_and_a_tool_only_in_a_pack():
    assert ResourcePackPage.allowed_parent_page_models() == [ResourceIndexPage]
    assert ResourcePage.allowed_parent_page_models() == [ResourcePackPage]
    assert ResourceIndexPage.allowed_parent_page_models() == [HomePage]
    assert ResourceIndexPage.allowed_subpage_models() == [ResourcePackPage]
    assert ResourcePackPage.allowed_subpage_models() == [ResourcePage]
    assert ResourcePage.allowed_subpage_models() == []
    assert not ResourcePage.can_create_at(HomePage())
    assert not StandardPage.can_create_at(ResourcePackPage())


@pytest.mark.parametrize(
    "given",
    [
        {},
        {"external_url": "https://www.example.org/tool", "video_url": "https://video.example/1"},
    ],
)
def test_a_tool_needs_exactly_one_of_file_link_or_video(library, given):
    pack = make_pack(library)
    tool = ResourcePage(
        title="Tool",
        slug="tool",
        tool_type="guide",
        summary="s",
        last_reviewed="2026-01-01",
        **given,
    )
    tool.path, tool.depth = pack.path + "0001", pack.depth + 1
    with pytest.raises(ValidationError) as error:
        tool.clean()
    assert "Give exactly one of" in str(error.value)


def test_a_file_and_a_link_together_are_refused(library):
    pack = make_pack(library)
    tool = ResourcePage(
        title="Tool",
        slug="tool",
        tool_type="guide",
        summary="s",
        last_reviewed="2026-01-01",
        document=make_document(),
        external_url="https://www.example.org/tool",
    )
    with pytest.raises(ValidationError):
        tool.clean()
    assert pack  # the pack exists; the tool never saved


def test_a_packs_primary_topic_is_always_among_its_topics(library):
    pack = make_pack(library, topic_slug="safety-planning", topics=["guardianship"])
    assert set(pack.topics.values_list("slug", flat=True)) == {"safety-planning", "guardianship"}


def test_new_tool_form_starts_with_the_packs_topics_and_audiences(library):
    pack = make_pack(library, topics=["guardianship"], audiences=["police"])
    form_class = ResourcePage.get_edit_handler().get_form_class()
    form = form_class(instance=ResourcePage(), parent_page=pack, for_user=None)
    assert isinstance(form, WagtailAdminPageForm)
    assert set(form.initial["topics"]) == set(pack.topics.values_list("pk", flat=True))
    assert list(form.initial["audiences"]) == list(pack.audiences.values_list("pk", flat=True))


def test_editing_an_existing_tool_keeps_its_own_topics(library):
    pack = make_pack(library, topics=["guardianship"])
    tool = make_tool(pack)  # a tool saved with no topics of its own
    form_class = ResourcePage.get_edit_handler().get_form_class()
    form = form_class(instance=tool, parent_page=pack, for_user=None)
    assert list(form.initial.get("topics", [])) == []


def test_every_editor_field_has_help_text():
    for model in (ResourcePackPage, ResourcePage):
        for field in model._meta.get_fields():
            if field.concrete and field.editable and field.model is model and not field.primary_key:
                assert field.help_text, f"{model.__name__}.{field.name} has no help text"
