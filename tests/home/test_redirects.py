"""Moving a page or changing its slug keeps its old address working (WAGTAILREDIRECTS_AUTO_CREATE),
and Editors look after redirects in the admin."""

import pytest
from django.conf import settings

from tests.factories import make_home_page, make_standard_page
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def about():
    home = make_home_page()
    page = make_standard_page(home, title="About", slug="about")
    make_standard_page(page, title="Our team", slug="team")
    return page


def test_redirects_are_created_automatically_on_purpose():
    assert settings.WAGTAILREDIRECTS_AUTO_CREATE is True


def rename(page, slug, on_commit):
    """Publish the page with a new slug; Wagtail announces the change once the save commits."""
    page.slug = slug
    with on_commit(execute=True):
        page.save_revision().publish()


def test_renaming_a_pages_slug_sends_its_old_address_and_its_subpages_to_the_new(
    client, about, django_capture_on_commit_callbacks
):
    rename(about, "about-the-programme", django_capture_on_commit_callbacks)
    response = client.get("/about/")
    assert (response.status_code, response["Location"]) == (301, "/about-the-programme/")
    response = client.get("/about/team/")
    assert (response.status_code, response["Location"]) == (301, "/about-the-programme/team/")
    assert client.get("/about-the-programme/team/").status_code == 200


def test_moving_a_page_sends_its_old_address_to_the_new(client, about):
    contact = make_standard_page(about.get_parent(), title="Contact", slug="contact")
    contact.move(about, pos="last-child")
    response = client.get("/contact/")
    assert (response.status_code, response["Location"]) == (301, "/about/contact/")
    assert client.get("/about/contact/").status_code == 200


def test_editors_see_the_redirects_in_the_admin(
    client, editor, about, django_capture_on_commit_callbacks
):
    rename(about, "about-us", django_capture_on_commit_callbacks)
    sign_in_with_second_factor(client, editor)
    response = client.get("/admin/redirects/")
    assert response.status_code == 200
    assert "/about" in response.content.decode()
