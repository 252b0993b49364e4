"""What people do in the browser, shared by the journeys and the accessibility checks."""

import re

from playwright.sync_api import expect

from network import two_factor
from network.demo import DEMO_PASSWORD
from network.models import User
from tests.search_index import refresh_index
from tests.two_factor import code_now, sign_in_with_second_factor

# The accessible name of the focused element, near enough for forms and links: its label's
# text for a form control, else its text.
FOCUSED_NAME = """() => {
  const element = document.activeElement;
  const label = element.labels && element.labels.length ? element.labels[0] : element;
  return label.innerText.trim().replace(/\\s+/g, " ");
}"""
MAX_TABS = 150
# The admin's edit form autosaves: it announces when it starts watching, and shows its state.
WATCHING_EDITS = """() => new Promise(resolve => document.addEventListener(
    "w-unsaved:watch-edits", resolve, {once: true}))"""
AUTOSAVE_STATE = "data-w-autosave-state-value"


CODE_PAGE = "/accounts/two-factor/"


def sign_in(page, email, path="/accounts/login/", second_factor=True):
    """Sign in with the form on `path` (the site's sign-in page or the admin's); staff then
    type the code their authenticator app shows, unless `second_factor` is False."""
    page.goto(path)
    fill_sign_in_form(page, email, second_factor)


def fill_sign_in_form(page, email, second_factor=True):
    form = page.get_by_role("main")
    form.get_by_label("Email address").fill(email)
    form.get_by_label("Password").fill(DEMO_PASSWORD)
    form.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    if second_factor and CODE_PAGE in page.url:
        give_code(page, email)


def give_code(page, email):
    """On the code page: the code the person's authenticator app shows now, computed from
    their device's key as the app does."""
    device = two_factor.app_device(User.objects.get(email=email))
    page.get_by_role("main").get_by_label("Code").fill(code_now(device))
    page.get_by_role("main").get_by_role("button", name="Continue").click()
    page.wait_for_url(lambda url: CODE_PAGE not in url)


def visit(page, site_page):
    """Open the page (and send its form, if the entry says so); check its HTTP status."""
    response = page.goto(site_page.url())
    if site_page.submit_empty_form:
        with page.expect_navigation() as sent:
            page.locator("main form").get_by_role("button").click()
        response = sent.value
        page.get_by_role("alert").get_by_role("heading", name="There is a problem").wait_for()
    if site_page.submit is not None:
        form = page.locator("main form").first
        for name, value in site_page.form_data().items():
            form.locator(f"[name='{name}']").fill(value)
        with page.expect_navigation() as sent:
            form.get_by_role("button").first.click()
        response = sent.value
    assert response.status == site_page.status, f"{site_page.name}: {response.status} at {page.url}"


def fetch(client, site_page):
    """The page as the server sends it, with Django's test client: the same person signed in
    and the same form sent as `visit`. Server errors are answered by the site's handler (the
    error pages are entries too); the status says whether that was the page expected."""
    client.raise_request_exception = False
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
    elif site_page.submit is not None:
        response = client.post(site_page.url(), site_page.form_data(), follow=True)
    else:
        response = client.get(site_page.url(), follow=True)
    assert response.status_code == site_page.status, (site_page.name, response.status_code)
    return response


def tour(open_tab, site_pages, **context_options):
    """Open each page in a tab signed in as its person; yields (site page, tab)."""
    tabs = {}
    for site_page in site_pages:
        who = (site_page.person, site_page.second_factor)
        if who not in tabs:
            tabs[who] = open_tab(**context_options)
            if site_page.person:
                sign_in(tabs[who], site_page.person, second_factor=site_page.second_factor)
        tab = tabs[who]
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
    refresh_index()


def open_new_page_form(page):
    """Add a child page; returns once the form watches for edits to autosave them (it takes a
    copy of the form two seconds after loading, and edits before then are not noticed)."""
    page.get_by_role("link", name="Add child page").click()
    page.wait_for_load_state()
    page.evaluate(WATCHING_EDITS)


def wait_for_autosave(page):
    """The admin saves a draft as the editor types: the first save creates the page, and the
    form then edits it. Wait for that save, so that sending the form does not race it (two
    pages, one address). The form sends everything it holds, saved as a draft or not."""
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(AUTOSAVE_STATE, "saved")
