"""Valid HTML: the W3C Nu HTML Checker (vnu.jar, run with Java) on one page of every
template, as the server sends it. Warnings are allowed; errors are not."""

import json
import subprocess

import pytest
from django.utils.text import slugify

from network.models import User
from tests.e2e.site_pages import SITE_PAGES
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def fetch(client, site_page):
    client.logout()
    if site_page.person:
        person = User.objects.get(email=site_page.person)
        if site_page.second_factor:
            sign_in_with_second_factor(client, person)
        else:
            client.force_login(person)
    if site_page.submit_empty_form:
        response = client.post(site_page.url(), {"name": ""})  # a browser sends every field
        assert "There is a problem" in response.text
        return response
    return client.get(site_page.url())


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
