"""QR codes of public pages decode back to the page's full address; flyers show them."""

import io

import pytest
import zxingcpp
from django.conf import settings
from PIL import Image as PILImage

from tests.factories import make_home_page, make_standard_page
from tests.newsletters.test_discovery import restrict
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def decode_png(content):
    image = PILImage.open(io.BytesIO(content)).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_png_qr_code_decodes_to_the_page_address(client):
    page = make_standard_page(make_home_page(), title="About", slug="about")
    response = client.get(f"/qr/{page.pk}.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert decode_png(response.content) == [settings.BASE_URL + "/about/"]


def test_svg_qr_code_draws_the_same_code_as_the_png(client):
    import segno

    page = make_standard_page(make_home_page(), title="About", slug="about")
    response = client.get(f"/qr/{page.pk}.svg")
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<?xml") and "<svg" in svg
    # The drawn path is the encoding of the page address (same matrix as the decoded PNG).
    expected = io.BytesIO()
    segno.make(settings.BASE_URL + "/about/", error="m").save(
        expected, kind="svg", scale=10, border=4, title=settings.BASE_URL + "/about/", svgclass=None
    )
    assert svg == expected.getvalue().decode()


def test_no_qr_code_for_restricted_unpublished_or_gated_pages(client, gated):
    home = make_home_page()
    private = make_standard_page(home, title="Private", slug="private")
    restrict(private)
    draft = make_standard_page(home, title="Draft", slug="draft")
    draft.unpublish()
    for page in (private, draft, gated["network_page"], gated["chairs_page"]):
        for kind in ("png", "svg"):
            assert client.get(f"/qr/{page.pk}.{kind}").status_code == 404
        assert client.get(f"/qr/{page.pk}/flyer/").status_code == 404
    assert client.get("/qr/999999.png").status_code == 404
    assert client.get("/qr/1.gif").status_code == 404


def test_the_flyer_shows_the_programme_page_and_its_qr_code(client):
    home = make_home_page()
    html = client.get("/flyer/").content.decode()
    assert f'src="/qr/{home.pk}.svg"' in html
    assert f"{settings.BASE_URL}/" in html
    assert "Find out more" in html


def test_editors_reach_the_qr_code_and_flyer_from_the_page_in_the_admin(client, editor):
    page = make_standard_page(make_home_page(), title="About", slug="about")
    sign_in_with_second_factor(client, editor)
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/qr/{page.pk}/flyer/" in edit
