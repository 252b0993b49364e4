"""Accessibility (WCAG 2.2 AA) in Chromium: axe-core on one page of every template, booking
with the keyboard alone, a visible focus on everything that takes it, and pages that reflow
into a 320 pixel wide window (1280 pixels at 400% zoom, 640 at 200%) without scrolling
sideways."""

import re

import pytest
from playwright.sync_api import expect

from events.models import Booking
from tests.e2e.browsing import tab_to, tour
from tests.e2e.site_pages import OPEN_EVENT, OPEN_EVENT_TITLE, SITE_PAGES

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WCAG_A_AND_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RUN_AXE = """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})
  .then(result => result.violations.filter(v => ["serious", "critical"].includes(v.impact))
    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target).join(", ")}`))"""

FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    "[tabindex]:not([tabindex='-1'])"
)
# Remembers how everything that can take the focus looks without it.
RECORD_UNFOCUSED = """selector => {
  document.activeElement.blur();
  const look = e => { const s = getComputedStyle(e);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(" "); };
  window.focusLook = look;
  window.unfocused = new Map([...document.querySelectorAll(selector)].map(e => [e, look(e)]));
}"""
# The focused element, and whether its outline or shadow changed visibly with the focus.
DESCRIBE_FOCUSED = """() => {
  const e = document.activeElement;
  if (e === document.body) return null;
  const s = getComputedStyle(e);
  const shows = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0)
    || s.boxShadow !== "none";
  const name = (e.innerText || e.value || e.name || "").replace(/\\s+/g, " ").trim().slice(0, 40);
  const seen = e.dataset.focusSeen === "yes";
  e.dataset.focusSeen = "yes";
  return {
    element: `${e.tagName.toLowerCase()} “${name}”`,
    visible: shows && window.focusLook(e) !== window.unfocused.get(e),
    seen: seen,
  };
}"""
MAX_TABS_PER_PAGE = 400
OVERFLOWING = """width => [...document.body.querySelectorAll("*")]
  .filter(e => e.getBoundingClientRect().right > width + 1)
  .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className}`)"""


def test_no_page_template_has_serious_or_critical_axe_violations(axe_script, new_page):
    found = {}
    for site_page, tab in tour(new_page, SITE_PAGES, bypass_csp=True):
        tab.add_script_tag(path=str(axe_script))
        violations = tab.evaluate(RUN_AXE, WCAG_A_AND_AA)
        if violations:
            found[site_page.name] = violations
    assert found == {}


def test_a_visitor_books_a_place_with_the_keyboard_alone(page):
    page.goto("/events/")
    tab_to(page, OPEN_EVENT_TITLE)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(OPEN_EVENT_TITLE)
    tab_to(page, "Book a place")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Book a place")
    for label, answer in [
        ("Name", "Kit Marlowe"),
        ("Email", "kit.marlowe@example.org"),
        ("Organisation", "Sallowby Council"),
        ("Job role", "School nurse"),
    ]:
        tab_to(page, label)
        page.keyboard.type(answer)
    tab_to(page, re.compile("^I agree to the programme holding these details"))
    page.keyboard.press("Space")
    tab_to(page, "Book my place")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Your place is confirmed")).to_be_visible()
    booking = Booking.objects.get(email="kit.marlowe@example.org")
    assert booking.event.url_path.endswith(OPEN_EVENT)
    assert booking.status == Booking.Status.CONFIRMED


def test_everything_that_takes_the_focus_shows_it(new_page):
    unmarked, focus_stops = {}, {}
    for site_page, tab in tour(new_page, SITE_PAGES):
        tab.evaluate(RECORD_UNFOCUSED, FOCUSABLE)
        for stop in range(MAX_TABS_PER_PAGE):
            tab.keyboard.press("Tab")
            focused = tab.evaluate(DESCRIBE_FOCUSED)
            if focused is None or focused["seen"]:
                focus_stops[site_page.name] = stop
                break
            if not focused["visible"]:
                unmarked.setdefault(site_page.name, []).append(focused["element"])
    assert unmarked == {}
    # Every page has at least its skip link, header links, search and footer links; the
    # standalone error pages at least the link home.
    assert len(focus_stops) == len(SITE_PAGES)
    assert {
        site_page.name: focus_stops[site_page.name]
        for site_page in SITE_PAGES
        if focus_stops[site_page.name] <= (0 if site_page.standalone else 10)
    } == {}


def test_every_page_template_fits_a_320_pixel_wide_window(new_page):
    width = 320
    too_wide = {}
    for site_page, tab in tour(new_page, SITE_PAGES, viewport={"width": width, "height": 640}):
        scroll_width = tab.evaluate("document.documentElement.scrollWidth")
        if scroll_width > width:
            too_wide[site_page.name] = (scroll_width, tab.evaluate(OVERFLOWING, width))
    assert too_wide == {}
