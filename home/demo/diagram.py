"""The demo's one body image: the contexts around a young person, as rings. It carries
meaning, so the About page gives it alt text (and the accessibility checks see a <picture>)."""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images.models import Image as WagtailImage

NAVY = (11, 79, 108)  # --brand
# Innermost first, each with its ring's fill, lightest outside.
RINGS = [
    ("Young person", (11, 79, 108)),
    ("Family", (53, 110, 135)),
    ("Peer groups", (96, 142, 162)),
    ("Schools", (139, 173, 189)),
    ("Neighbourhoods and online spaces", (196, 216, 225)),
]
SIZE = (1600, 1000)
RING_STEP = 95


def draw_contexts_diagram():
    canvas = Image.new("RGB", SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(34)
    centre_x, centre_y = SIZE[0] // 2, SIZE[1] // 2
    for depth, (label, fill) in reversed(list(enumerate(RINGS))):
        radius = RING_STEP * (depth + 1) if depth else 80
        box = [centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius]
        draw.ellipse(box, fill=fill, outline=NAVY, width=3)
        text_colour = (255, 255, 255) if depth < 3 else NAVY
        label_y = centre_y if depth == 0 else centre_y - radius + RING_STEP // 2
        draw.text((centre_x, label_y), label, fill=text_colour, font=font, anchor="mm")
    return canvas


def make_contexts_diagram():
    buffer = io.BytesIO()
    draw_contexts_diagram().save(buffer, format="PNG")
    return WagtailImage.objects.create(
        title="The contexts around a young person (diagram)",
        file=ImageFile(buffer, name="contexts-around-a-young-person.png"),
    )
