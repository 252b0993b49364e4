"""The editor's guide (docs/editors.md) as journeys: programme staff do each task in the real
admin, and the screenshots the guide shows are taken on the way."""

import re
from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Booking, EventPage
from home.models import OutgoingEmail
from network.community.models import Post, PostReport
from network.community.moderation import report_post
from network.models import User
from newsletters.models import Delivery, Mailing, NewsletterPage, Subscriber
from tests.e2e.browsing import give_code, open_new_page_form, sign_in, wait_for_autosave
from tests.e2e.screenshots import screenshot
from tests.e2e.site_pages import CHAIR, EDITOR, MEMBER, MODERATOR, REVIEWER
from tests.two_factor import authenticator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GUIDE_VIEWPORT = {"width": 1280, "height": 800}
EVENT_TITLE = "Introduction to ROTH pathways: North East"
FULL_EVENT_TITLE = "Workshop: designing plans for young people and contexts"
ISSUE_TITLE = "Autumn 2026: guardianship in parks and on transport"


def heading(page):
    return page.get_by_role("heading", level=1)


def sign_in_to_admin(page, email):
    """The admin's sign-in form, then the code from the person's authenticator app."""
    authenticator(User.objects.get(email=email))
    sign_in(page, email, path="/admin/login/", second_factor=False)
    give_code(page, email)
    expect(page).to_have_url(re.compile("/admin/$"))


def explore(page, *titles):
    """Open the page listing of the site's home page, then of each child page in turn."""
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("navigation").get_by_role(
        "link", name="Planning for Safety", exact=True
    ).click()
    for title in titles:
        page.get_by_role("link", name=f"Explore child pages of '{title}'").click()


def write_rich_text(block, text):
    """Type into a rich text block, then wait for the editor to copy the text into the form
    field it sends (it does so a moment after the typing stops)."""
    editor = block.get_by_role("textbox")
    editor.click()
    expect(editor).to_be_focused()
    editor.press_sequentially(text)
    expect(block.locator("input[name$='-value']")).to_have_value(re.compile(re.escape(text)))


def add_block(page, name, position=0):
    """Press the stream's "Insert a block" button `position`, then choose the block."""
    page.get_by_role("button", name="Insert a block").nth(position).click()
    page.get_by_role("option", name=name).click()


def test_an_editor_builds_a_newsletter_issue_a_reviewer_approves_it_and_the_editor_sends_it(
    new_page, mailoutbox
):
    editor = new_page(viewport=GUIDE_VIEWPORT)
    sign_in_to_admin(editor, EDITOR)
    explore(editor, "Newsletters")
    open_new_page_form(editor)
    editor.get_by_role("textbox", name="Title*").fill(ISSUE_TITLE)
    editor.get_by_role("textbox", name="Summary*").fill(
        "How areas are building guardianship where young people spend their time."
    )
    add_block(editor, "Heading")
    editor.get_by_role("textbox", name="Text*").fill("News from the network")
    add_block(editor, "Paragraph", position=1)
    paragraph = "Three areas mapped the parks and bus routes where young people meet."
    write_rich_text(editor.get_by_role("region", name=re.compile("^Paragraph")), paragraph)
    wait_for_autosave(editor)
    screenshot(editor, "newsletter-issue")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Programme review").click()
    expect(editor.get_by_role("status")).to_contain_text("submitted for moderation")
    issue = NewsletterPage.objects.get(title=ISSUE_TITLE)
    assert not issue.live
    assert OutgoingEmail.objects.filter(recipients=REVIEWER, subject__contains=ISSUE_TITLE)

    reviewer = new_page(viewport=GUIDE_VIEWPORT)
    sign_in_to_admin(reviewer, REVIEWER)
    reviewer.get_by_role("region", name="Awaiting your review").get_by_role(
        "link", name=ISSUE_TITLE
    ).first.click()
    reviewer.get_by_role("button", name="More actions").click()
    reviewer.get_by_role("button", name="Approve and Publish").click()
    expect(reviewer.get_by_role("status")).to_contain_text("has been updated")
    issue.refresh_from_db()
    assert issue.live
    assert OutgoingEmail.objects.filter(recipients=EDITOR, subject__contains="approved").exists()

    editor.get_by_role("link", name=ISSUE_TITLE).click()
    editor.get_by_role("button", name="Actions", exact=True).click()
    editor.get_by_role("link", name="Send to subscribers").click()
    editor.get_by_role("button", name="Send me a test").click()
    expect(editor.get_by_text(f"A test email was sent to {EDITOR}")).to_be_visible()
    editor.get_by_label("I have checked the test email of the published version").check()
    send = editor.get_by_role("button", name="Send to subscribers")
    send.scroll_into_view_if_needed()
    screenshot(editor, "newsletter-send")
    [test_email] = [message for message in mailoutbox if message.subject.startswith("[Test]")]
    assert test_email.subject == f"[Test] {ISSUE_TITLE}"
    assert "Three areas mapped the parks" in test_email.body
    send.click()

    expect(heading(editor)).to_contain_text("Send log")
    confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    expect(editor.get_by_role("status")).to_contain_text(f"to {confirmed.count()} subscribers")
    mailing = Mailing.objects.get(issue=issue)
    assert mailing.sent_by.email == EDITOR
    sent = Delivery.objects.filter(mailing=mailing, status=Delivery.Status.SENT)
    assert {delivery.subscriber.email for delivery in sent} == {s.email for s in confirmed}
    newsletters = [message.to[0] for message in mailoutbox if message.subject == ISSUE_TITLE]
    assert sorted(newsletters) == sorted(s.email for s in confirmed)


def admin_time(moment):
    """A date and time as the admin's date-time fields take it."""
    return moment.strftime("%Y-%m-%d %H:%M")


def fill_date_time(page, label, moment):
    field = page.get_by_role("textbox", name=label)
    field.fill(admin_time(moment))
    field.blur()  # closes the date picker, which would cover the fields below


def test_an_editor_creates_and_publishes_an_event_then_reads_an_events_bookings(page):
    sign_in_to_admin(page, EDITOR)
    page.set_viewport_size(GUIDE_VIEWPORT)
    explore(page, "Events")
    open_new_page_form(page)
    page.get_by_role("textbox", name="Title*").fill(EVENT_TITLE)
    page.get_by_role("combobox", name="Event type*").select_option(label="Introductory event")
    page.get_by_role("combobox", name="Format*").select_option(label="In person")
    page.get_by_role("textbox", name="Summary*").fill(
        "An introduction to ROTH pathways for partners in the North East."
    )
    day = timezone.localdate() + timedelta(days=60)
    start = datetime.combine(day, datetime.min.time()).replace(hour=10)
    fill_date_time(page, "Start*", start)
    fill_date_time(page, "End*", start + timedelta(hours=3))
    venue = page.get_by_role("region", name="Venue (in person)")
    venue.get_by_role("combobox", name="Region").select_option(label="North East")
    venue.get_by_role("textbox", name="Venue name").fill("The Assembly Rooms")
    venue.get_by_role("textbox", name="Venue address").fill("2 Quayside")
    venue.get_by_role("textbox", name="Venue postcode").fill("NE1 3AA")
    booking = page.get_by_role("region", name="Booking")
    booking.get_by_role("spinbutton", name="Capacity*").fill("40")
    fill_date_time(page, "General booking opens*", start - timedelta(days=30))
    wait_for_autosave(page)
    booking.get_by_role("heading", name="Booking").scroll_into_view_if_needed()
    screenshot(page, "event-new")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()

    expect(page.get_by_role("status")).to_contain_text("published")
    event = EventPage.objects.get(title=EVENT_TITLE)
    assert event.live and event.capacity == 40 and event.venue_name == "The Assembly Rooms"
    page.goto(event.url)
    expect(heading(page)).to_have_text(EVENT_TITLE)

    page.goto("/admin/")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Event capacity"
    ).click()
    page.get_by_role("link", name=FULL_EVENT_TITLE).click()
    expect(heading(page)).to_contain_text("Bookings")
    screenshot(page, "event-bookings")
    full = EventPage.objects.get(title=FULL_EVENT_TITLE)
    confirmed = full.bookings.filter(status=Booking.Status.CONFIRMED)
    waitlist = full.bookings.filter(status__in=[Booking.Status.WAITLISTED, Booking.Status.OFFERED])
    assert confirmed.exists() and waitlist.exists()  # the demo's full event
    attended = page.get_by_role("table", name="Confirmed bookings").get_by_role("checkbox")
    expect(attended).to_have_count(confirmed.count())
    for booking in confirmed:
        expect(attended.and_(page.get_by_label(f"{booking.name} attended"))).to_have_count(1)
    waiting = page.get_by_role("table", name="Waitlist").get_by_role("row")
    expect(waiting).to_have_count(1 + waitlist.count())  # and the header row
    for booking in waitlist:
        expect(waiting.filter(has_text=booking.email)).to_have_count(1)


def test_a_moderator_hides_a_reported_post_from_the_moderation_queue(page):
    post = Post.objects.filter(state=Post.State.PUBLISHED, author__email=MEMBER).first()
    reporter = User.objects.get(email=CHAIR)
    report_post(post, reporter, PostReport.Reason.IDENTIFIES, "It names a school and a street.")
    sign_in_to_admin(page, MODERATOR)
    page.set_viewport_size(GUIDE_VIEWPORT)
    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("link", name="Discussion moderation").click()
    reported = page.get_by_role("region", name=f"Reported post {post.pk}")
    expect(reported).to_contain_text("It names a school and a street.")
    screenshot(page, "moderation-queue")
    reported.get_by_label("Reason (shown to the author when hiding)").fill(
        "It could identify a place: please describe it in general terms."
    )
    reported.get_by_role("button", name="Hide the post").click()

    expect(page.get_by_role("status")).to_contain_text("The post is hidden")
    post.refresh_from_db()
    assert post.state == Post.State.HIDDEN
    assert post.hidden_reason.startswith("It could identify a place")
    assert not post.reports.filter(resolved_at=None).exists()
    expect(page.get_by_role("region", name=f"Reported post {post.pk}")).to_have_count(0)
