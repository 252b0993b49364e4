"""The editor's guide (docs/editors.md) shows each screenshot the browser journeys take
(tests/e2e/screenshots.py), and only those, each with alternative text."""

import re
from pathlib import Path

from tests.e2e.screenshots import GUIDE_IMAGES, GUIDE_SCREENSHOTS

GUIDE = GUIDE_IMAGES.parent / "editors.md"
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)")


def images_in_guide():
    return [(match["alt"], match["src"]) for match in IMAGE.finditer(GUIDE.read_text())]


def test_the_guide_shows_every_screenshot_the_journeys_take_once():
    sources = [src for _, src in images_in_guide()]
    expected = [f"{GUIDE_IMAGES.name}/{name}.png" for name in GUIDE_SCREENSHOTS]
    assert sorted(sources) == sorted(expected)


def test_every_picture_in_the_guide_has_alternative_text_that_describes_it():
    for alt, src in images_in_guide():
        assert len(alt.split()) >= 5, f"{src}: {alt!r} says too little"
        assert Path(src).stem not in alt


def test_the_readme_links_to_the_guide():
    readme = (GUIDE.parents[1] / "README.md").read_text()
    assert "(docs/editors.md)" in readme


def test_every_screenshot_the_guide_shows_is_committed():
    missing = [name for name in GUIDE_SCREENSHOTS if not (GUIDE_IMAGES / f"{name}.png").is_file()]
    assert missing == []
