"""Valid HTML: the W3C Nu HTML Checker (vnu.jar, run with Java) on one page of every
template, as the server sends it. Warnings are allowed; errors are not."""

import json
import subprocess

import pytest
from django.utils.text import slugify

from tests.e2e.browsing import fetch
from tests.e2e.site_pages import SITE_PAGES

pytestmark = pytest.mark.django_db


def test_every_page_template_is_valid_html(vnu_jar, client, demo_content, tmp_path):
    files = {}
    for site_page in SITE_PAGES:
        html = tmp_path / f"{slugify(site_page.name)}.html"
        html.write_bytes(fetch(client, site_page).content)
        files[html.name] = site_page.name

    checked = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", "--stdout"]
        + [str(tmp_path / name) for name in files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert checked.stdout, checked.stderr
    errors = {}
    for message in json.loads(checked.stdout)["messages"]:
        page = files.get(message.get("url", "").rsplit("/", 1)[-1], "?")
        where = f"line {message.get('lastLine', '?')}"
        errors.setdefault(page, []).append(f"{where}: {message['message']}")
    assert errors == {}
