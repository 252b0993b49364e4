"""Every field editors fill in the admin says what it is for: pages, snippets, site settings
and the staff tools (wagtail-modeladmin)."""

import pytest
from django.test import RequestFactory
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail_modeladmin.options import ModelAdmin

from tests.editing.test_previews import OUR_APPS, OUR_PAGE_MODELS

pytestmark = pytest.mark.django_db


def ours(model):
    return model._meta.app_label in OUR_APPS


def model_admins(cls=ModelAdmin):
    """Our ModelAdmin classes: every one the admin registers, as wagtail_hooks imports them."""
    for subclass in cls.__subclasses__():
        if subclass.__module__.split(".")[0] in OUR_APPS:
            yield subclass
        yield from model_admins(subclass)


def edit_handlers():
    """(what editors edit, its bound-to-model edit handler), for every kind of admin form."""
    for model in OUR_PAGE_MODELS:
        yield f"page {model.__name__}", model.get_edit_handler()
    for model in filter(ours, get_snippet_models()):
        yield f"snippet {model.__name__}", model.snippet_viewset.get_edit_handler()
    for model in filter(ours, settings_registry):
        yield f"setting {model.__name__}", get_setting_edit_handler(model)
    hooks.search_for_hooks()  # imports every app's wagtail_hooks, which register the admins
    for admin_class in model_admins():
        admin = admin_class()
        yield (
            f"modeladmin {admin_class.__name__}",
            admin.get_edit_handler().bind_to_model(admin.model),
        )


def field_panels(bound_panel):
    """Every field panel a form shows, inline panels' child forms included."""
    if isinstance(bound_panel, FieldPanel.BoundPanel):
        yield bound_panel
    for child in getattr(bound_panel, "children", []):
        yield from field_panels(child)
    if empty_child := getattr(bound_panel, "empty_child", None):
        yield from field_panels(empty_child)


def fields_without_help_text(handler, user):
    model = handler.model
    request = RequestFactory().get("/admin/")
    request.user = user
    instance = model()
    form_kwargs = {"instance": instance, "for_user": user}
    if issubclass(model, Page):
        form_kwargs["parent_page"] = Page.get_first_root_node()
    form = handler.get_form_class()(**form_kwargs)
    bound = handler.get_bound_panel(instance=instance, request=request, form=form)
    return sorted(
        panel.field_name for panel in field_panels(bound) if not str(panel.help_text).strip()
    )


def test_the_walk_finds_every_kind_of_admin_form():
    kinds = {name.split()[0] for name, _handler in edit_handlers()}
    assert kinds == {"page", "snippet", "setting", "modeladmin"}


def test_every_field_editors_fill_has_help_text(editor):
    missing = {}
    for name, handler in edit_handlers():
        if fields := fields_without_help_text(handler, editor):
            missing[name] = fields
    assert missing == {}
