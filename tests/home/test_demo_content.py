"""load_demo_content builds the page tree once and is safe to run again."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = {
    "/",
    "/resources/",
    "/events/",
    "/newsletters/",
    "/network/",
    "/about/",
    "/contact/",
    "/accessibility/",
    "/privacy/",
    "/safeguarding/",
}


def tree_snapshot():
    pages = Page.objects.filter(depth__gte=2).order_by("path")
    return (
        [(p.path, p.title, p.latest_revision_id) for p in pages],
        Revision.objects.count(),
        list(Site.objects.values_list("root_page_id", flat=True)),
    )


def test_demo_content_builds_the_site_tree_and_every_page_is_served(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    for path in EXPECTED_PATHS:
        assert client.get(path).status_code == 200, path
    assert StandardPage.objects.live().count() == 5
    privacy = client.get("/privacy/").content.decode()
    for promise in (  # what is kept and for how long, as apply_retention does it
        "deleted automatically 30 days after the event",
        "not confirmed are deleted after 7 days",
        "deleted after 90 days",
        "Security records are deleted after one year",
        "delete your account and data yourself",
    ):
        assert promise in privacy
    assert 'href="/privacy/"' in client.get("/").content.decode()  # linked from every page


def test_a_second_run_changes_nothing_duplicates_nothing_and_says_so(capsys):
    call_command("load_demo_content")
    before = tree_snapshot()
    call_command("load_demo_content")
    assert tree_snapshot() == before
    created = Page.objects.filter(depth__gte=2).count()
    output = capsys.readouterr().out
    assert f"Demo content: {created} created, 0 already present" in output
    assert f"Demo content: 0 created, {created} already present" in output


def test_a_second_run_keeps_editors_changes():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    about = StandardPage.objects.get(slug="about")
    about.title = "About us (edited)"
    about.save_revision().publish()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert StandardPage.objects.get(slug="about").title == "About us (edited)"


def test_every_demo_page_validates_as_an_editor_saving_it_would(client):
    """Blocks' rules (such as alt text or decorative on images) hold for the demo's content."""
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for page in Page.objects.filter(depth__gte=2).specific():
        page.full_clean()
    about = client.get("/about/").content.decode()
    assert 'type="image/avif"' in about
    assert 'alt="Five rings around a young person at the centre' in about
