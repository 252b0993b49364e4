"""The demo's default share image: the programme's name on its brand colour, 1200 by 630."""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images.models import Image as WagtailImage

NAVY = (11, 79, 108)  # --brand
WHITE = (255, 255, 255)
GREEN = (0, 112, 90)  # --accent


def make_share_image():
    canvas = Image.new("RGB", (1200, 630), NAVY)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 590, 1200, 630], fill=GREEN)
    draw.text((80, 200), "Planning for Safety", fill=WHITE, font=ImageFont.load_default(88))
    draw.text(
        (80, 330),
        "Support for local areas setting up\nRisk Outside the Home Child Protection Pathways",
        fill=WHITE,
        font=ImageFont.load_default(40),
        spacing=14,
    )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return WagtailImage.objects.create(
        title="Planning for Safety (share image)",
        file=ImageFile(buffer, name="planning-for-safety-share.png"),
        description="Planning for Safety: support for local areas setting up ROTH pathways.",
    )
