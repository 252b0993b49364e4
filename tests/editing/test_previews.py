"""Every page type previews in the admin, for an editor, in every preview mode it offers."""

import pytest
from django.test import RequestFactory
from django.utils.html import escape
from wagtail.models import get_page_models

# Our apps: a page model from anywhere else (Wagtail's own Page) is not ours to preview.
OUR_APPS = {"home", "network", "resources", "events", "newsletters", "search"}
OUR_PAGE_MODELS = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]

pytestmark = pytest.mark.django_db


def test_the_project_has_page_types_to_preview():
    assert len(OUR_PAGE_MODELS) >= 13  # so a broken filter cannot make the next test vacuous


def preview_problems(client, page):
    """What goes wrong previewing `page` in each of its modes, as the admin's preview panel
    does: Wagtail's make_preview_request, from a request carrying the editor's session."""
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
    admin_request = RequestFactory().get("/admin/", HTTP_COOKIE=cookies)
    problems = []
    for mode, _label in page.preview_modes:
        response = page.make_preview_request(admin_request, mode)
        html = response.content.decode()
        if response.status_code != 200:
            problems.append(f"mode {mode!r}: preview answered {response.status_code}")
        elif escape(page.title) not in html:
            problems.append(f"mode {mode!r}: the preview does not show the title")
        elif "Sign out" not in html:
            problems.append(f"mode {mode!r}: the preview is not the signed-in editor's view")
    return problems


def test_every_page_type_previews_for_an_editor_in_every_mode(demo_site, editor_client):
    """Iterates every page model, so a new page type needs demo content and a working preview."""
    problems = {}
    for model in OUR_PAGE_MODELS:
        page = model.objects.order_by("path").first()
        if page is None:
            problems[model.__name__] = ["no page of this type in the demo content"]
        elif found := preview_problems(editor_client, page):
            problems[model.__name__] = found
    assert problems == {}
