"""Editors work in the Wagtail admin."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from tests.factories import UserFactory, make_home_page
from tests.two_factor import authenticator, give_code, sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def test_admin_login_page_loads(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b"Email" in response.content


def test_editor_signs_in_to_the_admin_with_email_and_a_second_factor(client, editor):
    device = authenticator(editor)
    response = client.post(
        "/admin/login/", {"username": "editor@example.org", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.get("/admin/")["Location"] == "/accounts/two-factor/?next=/admin/"
    assert give_code(client, device, next_url="/admin/")["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_editor_can_create_and_publish_a_standard_page(client, editor):
    home = make_home_page()
    sign_in_with_second_factor(client, editor)
    data = nested_form_data(
        {
            "title": "Contact us",
            "slug": "contact",
            "summary": "How to reach the programme team.",
            "body": streamfield(
                [
                    ("heading", {"text": "Email", "level": "h2"}),
                    ("paragraph", rich_text("<p>Write to the team.</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="contact")
    assert page.live
    assert client.get("/contact/").status_code == 200


def test_members_and_visitors_cannot_reach_the_admin(client):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_page_types_sit_where_the_design_puts_them():
    from events.models import EventIndexPage
    from home.models import HomePage
    from network.models import NetworkHomePage
    from newsletters.models import NewsletterIndexPage
    from resources.models import ResourceIndexPage

    for section in (ResourceIndexPage, EventIndexPage, NewsletterIndexPage, NetworkHomePage):
        assert section.allowed_parent_page_models() == [HomePage]
    assert HomePage.allowed_parent_page_models() == [Page]
