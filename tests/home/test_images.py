"""Images in page bodies: responsive modern formats, focal points, and alt text or decorative."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.blocks import ALT_TEXT_MISSING, ImageBlock
from home.models import StandardPage
from home.templatetags.sharing import SHARE_IMAGE
from tests.factories import make_home_page, make_standard_page
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

Image = get_image_model()
RED, BLUE = (200, 0, 0), (0, 0, 200)


def make_image(size=(2000, 1000), left=RED, right=BLUE, **fields):
    """An image whose left half is one colour and right half another."""
    canvas = PillowImage.new("RGB", size, right)
    canvas.paste(left, (0, 0, size[0] // 2, size[1]))
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    return Image.objects.create(
        title="Contexts diagram", file=ImageFile(buffer, "contexts.png"), **fields
    )


def render_image_block(**value):
    block = ImageBlock()
    fields = {"image": make_image().pk, "alt_text": "", "decorative": False, "caption": ""}
    return BeautifulSoup(block.render(block.to_python({**fields, **value})), "html.parser")


def clean_image_block(**value):
    block = ImageBlock()
    fields = {"image": make_image().pk, "alt_text": "", "decorative": False, "caption": ""}
    return block.clean(block.to_python({**fields, **value}))


def widths(srcset):
    return [int(candidate.split()[1].removesuffix("w")) for candidate in srcset.split(", ")]


def test_an_image_renders_as_a_picture_with_avif_and_webp_sources_and_a_jpeg_fallback():
    html = render_image_block(alt_text="The contexts around a young person", caption="Contexts")
    picture = html.find("figure").find("picture")
    avif, webp = picture.find_all("source")
    assert (avif["type"], webp["type"]) == ("image/avif", "image/webp")
    for source in (avif, webp):
        assert widths(source["srcset"]) == [1600, 1200, 800, 480]
        assert source["sizes"] == "(min-width: 74rem) 72rem, calc(100vw - 2rem)"
    assert ".avif" in avif["srcset"] and ".webp" in webp["srcset"]
    img = picture.find("img")
    assert img["src"].endswith(".jpg")
    assert widths(img["srcset"]) == [1600, 1200, 800, 480]
    assert (img["width"], img["height"]) == ("1600", "800")
    assert img["alt"] == "The contexts around a young person"
    assert img["sizes"] and img["loading"] == "lazy"
    assert html.find("figcaption").text == "Contexts"


def test_a_small_image_is_never_listed_at_the_same_width_twice():
    block = ImageBlock()
    small = make_image(size=(600, 300))
    value = {"image": small.pk, "alt_text": "A chart", "decorative": False, "caption": ""}
    img = BeautifulSoup(block.render(block.to_python(value)), "html.parser").find("img")
    assert widths(img["srcset"]) == [600, 480]


def test_a_tiny_image_has_one_rendition_per_format_and_no_sizes():
    block = ImageBlock()
    tiny = make_image(size=(120, 60))
    value = {"image": tiny.pk, "alt_text": "An icon", "decorative": False, "caption": ""}
    picture = BeautifulSoup(block.render(block.to_python(value)), "html.parser")
    img = picture.find("img")
    assert (img["width"], img.get("srcset"), img.get("sizes")) == ("120", None, None)
    assert all(not source.get("sizes") for source in picture.find_all("source"))


def test_a_decorative_image_has_an_empty_alt_so_screen_readers_skip_it():
    img = render_image_block(decorative=True).find("img")
    assert img["alt"] == ""


@pytest.mark.parametrize(
    ("description", "alt"),
    [
        (
            "Four circles of context around a young person",
            "Four circles of context around a young person",
        ),
        ("", "Contexts diagram"),
    ],
)
def test_an_image_saved_before_alt_text_was_asked_for_says_what_the_image_says_of_itself(
    description, alt
):
    """Blocks stored without alt text or decorative are not decorative: the image's own
    description (else its title) speaks for it, never an empty alt."""
    block = ImageBlock()
    image = make_image(description=description)
    stored = {"image": image.pk, "caption": ""}  # a block from before the two fields
    img = BeautifulSoup(block.render(block.to_python(stored)), "html.parser").find("img")
    assert img["alt"] == alt


def test_an_image_with_neither_alt_text_nor_decorative_is_rejected_on_its_alt_text():
    with pytest.raises(StructBlockValidationError) as error:
        clean_image_block(alt_text="  ")
    assert "Describe the image" in error.value.block_errors["alt_text"].message


def test_an_image_marked_decorative_that_also_has_alt_text_is_rejected_as_contradictory():
    with pytest.raises(StructBlockValidationError) as error:
        clean_image_block(alt_text="A park at dusk", decorative=True)
    assert "remove the text or untick" in error.value.block_errors["alt_text"].message


def test_an_image_with_alt_text_or_marked_decorative_is_valid():
    assert clean_image_block(alt_text="A park at dusk")["alt_text"] == "A park at dusk"
    assert clean_image_block(decorative=True)["decorative"] is True


def test_an_editor_saving_an_undescribed_image_is_told_what_to_do(client, editor):
    home = make_home_page()
    sign_in_with_second_factor(client, editor)
    image = {"image": make_image().pk, "alt_text": "", "caption": ""}  # decorative unticked
    data = nested_form_data(
        {
            "title": "Our approach",
            "slug": "approach",
            "summary": "How we work.",
            "body": streamfield([("image", image)]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 200  # the form again, not a redirect
    assert not StandardPage.objects.filter(slug="approach").exists()
    assert ALT_TEXT_MISSING in response.content.decode()


def test_a_page_with_an_image_whose_file_was_deleted_still_renders(client):
    page = make_standard_page(
        make_home_page(),
        body=[("image", {"image": None, "alt_text": "Gone", "decorative": False})],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    assert "<figure" not in response.content.decode()


def test_a_crop_is_centred_on_the_editors_focal_point_not_on_the_middle():
    """The share image is cropped to 1200 by 630. From 4000 by 1000 that keeps a strip 1905
    wide: from the middle it is all blue; around a focal point on the red left it starts red."""
    strip = PillowImage.new("RGB", (4000, 1000), BLUE)
    strip.paste(RED, (0, 0, 1000, 1000))
    focus_on_red = {"focal_point_x": 500, "focal_point_y": 500}
    focus_on_red |= {"focal_point_width": 200, "focal_point_height": 200}
    assert left_edge_of_share_crop(strip) == BLUE
    assert left_edge_of_share_crop(strip, **focus_on_red) == RED


def left_edge_of_share_crop(picture, **focal_point):
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = Image.objects.create(title="Strip", file=ImageFile(buffer, "strip.png"), **focal_point)
    rendition = image.get_rendition(SHARE_IMAGE)
    assert (rendition.width, rendition.height) == (1200, 630)
    with rendition.file.open() as file:
        return PillowImage.open(file).convert("RGB").getpixel((0, 315))
