"""What people do in the browser, shared by the journeys and the accessibility checks."""

import re

from wagtail.search.backends import get_search_backend

from network.demo import DEMO_PASSWORD

# The accessible name of the focused element, near enough for forms and links: its label's
# text for a form control, else its text.
FOCUSED_NAME = """() => {
  const element = document.activeElement;
  const label = element.labels && element.labels.length ? element.labels[0] : element;
  return label.innerText.trim().replace(/\\s+/g, " ");
}"""
MAX_TABS = 150


def sign_in(page, email, path="/accounts/login/"):
    """Sign in with the form on `path` (the site's sign-in page or the admin's)."""
    page.goto(path)
    fill_sign_in_form(page, email)


def fill_sign_in_form(page, email):
    form = page.get_by_role("main")
    form.get_by_label("Email address").fill(email)
    form.get_by_label("Password").fill(DEMO_PASSWORD)
    form.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def visit(page, site_page):
    page.goto(site_page.url())
    if site_page.submit_empty_form:
        page.locator("main form").get_by_role("button").click()
        page.get_by_role("alert").get_by_role("heading", name="There is a problem").wait_for()


def tour(open_tab, site_pages, **context_options):
    """Open each page in a tab signed in as its person; yields (site page, tab)."""
    tabs = {}
    for site_page in site_pages:
        if site_page.person not in tabs:
            tabs[site_page.person] = open_tab(**context_options)
            if site_page.person:
                sign_in(tabs[site_page.person], site_page.person)
        tab = tabs[site_page.person]
        visit(tab, site_page)
        yield site_page, tab


def tab_to(page, name):
    """Press Tab until the element named `name` (the whole name, or a regex to search the
    name for) has the focus."""
    pattern = name if isinstance(name, re.Pattern) else re.compile(f"^{re.escape(name)}$")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if pattern.search(page.evaluate(FOCUSED_NAME)):
            return
    raise AssertionError(f"Tab never reached {name!r} on {page.url}")


def emailed_link(message, path_fragment):
    """The first link in an email's text whose address contains `path_fragment`."""
    for link in re.findall(r"https?://\S+", message.body):
        if path_fragment in link:
            return link
    raise AssertionError(f"no link containing {path_fragment!r} in:\n{message.body}")


def make_searchable_now():
    """Elasticsearch and OpenSearch show what was indexed within about a second, where a
    person searching would try again; the tests do not wait."""
    get_search_backend().refresh_indexes()
