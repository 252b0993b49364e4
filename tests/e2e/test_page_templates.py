"""Every page template has an entry in SITE_PAGES, so the accessibility and HTML checks see
every kind of page, not a sample.

How it knows. `page_templates()` (tests/e2e/page_templates.py) finds the page templates by
reading the template folders: a layout that starts an HTML document, or a template extending
one, directly or through another page template. The test then fetches every SITE_PAGES entry
with Django's test client, as the HTML check does (`browsing.fetch`: the same person signed
in, the same form sent), and collects the templates each response rendered: in tests Django
sends its `template_rendered` signal for every template, those a page extends or includes as
well, and the test client keeps their names on the response (`response.templates`). A page
template that no entry rendered fails the test: a new page template needs its entry in
tests/e2e/site_pages.py. An entry that stops rendering its template (a renamed template, a
link that now redirects elsewhere) fails it too, and so does an entry whose HTTP status is not
the one it declares.
"""

import pytest

from tests.e2e.browsing import fetch
from tests.e2e.page_templates import page_templates
from tests.e2e.site_pages import SITE_PAGES


def test_page_templates_are_the_sites_whole_pages():
    found = page_templates()
    assert {
        "base.html",
        "section_index_page.html",
        "resources/resource_index_page.html",  # through section_index_page.html
        "network/evidence_activity_page.html",  # through network/network_page.html
        "network/join_person.html",
        "404.html",
        "500.html",  # on the standalone layout
        "standalone_error.html",
    } <= found
    assert (
        not {
            "includes/form_field.html",  # an include
            "home/blocks/callout.html",  # a StreamField block
            "network/two_factor/lost_device.html",  # included by the code page
            "network/admin/audit_log.html",  # the admin's (wagtailadmin/base.html)
            "events/admin/sign_in_sheet.html",  # a whole document, but for staff in the admin
            "newsletters/email/issue.html",  # a whole document, but an email
        }
        & found
    )


@pytest.mark.django_db
def test_every_page_template_has_an_entry_in_site_pages(client, demo_content):
    rendered = set()
    for site_page in SITE_PAGES:
        rendered |= {template.name for template in fetch(client, site_page).templates}
    assert sorted(page_templates() - rendered) == []
