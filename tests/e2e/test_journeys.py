"""End-to-end journeys: real people's tasks, in Chromium, against the live demo site."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from events.booking import book_place
from events.links import booking_path
from events.models import Booking, EventPage
from home.models import OutgoingEmail
from home.pdf import make_pdf
from network.community.models import Post
from network.models import User
from resources.models import ResourcePage
from tests.e2e.browsing import (
    emailed_link,
    fill_sign_in_form,
    give_code,
    make_searchable_now,
    open_new_page_form,
    sign_in,
    wait_for_autosave,
)
from tests.e2e.screenshots import screenshot
from tests.e2e.site_pages import (
    CHAIR,
    EDITOR,
    MEMBER,
    OPEN_EVENT,
    OPEN_EVENT_TITLE,
    PRIORITY_EVENT,
    REVIEWER,
)
from tests.events.helpers import booking_details
from tests.pdf import pdf_text
from tests.two_factor import authenticator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TOOL_TITLE = "Safety plan template for young people and contexts"
PACK_TITLE = "Effective safety planning for young people and contexts"
TOPIC = "Safety planning for young people and contexts"
CONSENT = "I agree to the programme holding these details"
NEW_TOOL = "Neighbourhood walkabout checklist"


def heading(page):
    return page.get_by_role("heading", level=1)


def fill_booking_form(page, name, email):
    form = page.get_by_role("main")
    form.get_by_label("Name").fill(name)
    form.get_by_label("Email").fill(email)
    form.get_by_label("Organisation").fill("Tallowmere Council")
    form.get_by_label("Job role").fill("Youth worker")
    form.get_by_label(CONSENT).check()


def test_a_visitor_finds_a_tool_with_two_facets_opens_its_pack_and_downloads_it(page):
    page.goto("/")
    page.get_by_label("Search the site").fill("safety plan")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    filters = page.get_by_role("complementary", name="Filter results")
    filters.get_by_role("link", name=re.compile(f"^{TOPIC}")).click()
    filters.get_by_role("link", name=re.compile(r"^Tool \(")).click()

    expect(page).to_have_url(re.compile("topic=safety-planning"))
    expect(page).to_have_url(re.compile("type=tool"))
    kinds = page.locator(".result__kind").all_text_contents()
    assert kinds and set(kinds) == {"Tool"}
    page.get_by_role("link", name=TOOL_TITLE).click()
    expect(heading(page)).to_have_text(TOOL_TITLE)
    page.get_by_text("This tool is part of the pack").get_by_role("link").click()
    expect(heading(page)).to_have_text(PACK_TITLE)
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Download {TOOL_TITLE}").click()

    document = ResourcePage.objects.get(title=TOOL_TITLE).document
    assert download.value.suggested_filename == Path(document.file.name).name
    with document.file.open("rb") as stored:
        assert Path(download.value.path()).read_bytes() == stored.read()


def test_a_visitor_books_an_in_person_event_and_cancels_through_the_emailed_link(
    page, new_page, mailoutbox
):
    page.goto("/events/")
    page.get_by_role("link", name=OPEN_EVENT_TITLE).click()
    page.get_by_role("link", name="Book a place").click()
    fill_booking_form(page, "Robin Ashdown", "robin.ashdown@example.org")
    page.get_by_role("button", name="Book my place").click()
    expect(heading(page)).to_have_text("Your booking")
    expect(page.get_by_text("Your place is confirmed")).to_be_visible()

    [confirmation] = mailoutbox
    assert confirmation.to == ["robin.ashdown@example.org"]
    assert OPEN_EVENT_TITLE in confirmation.subject
    assert "Venue:" in confirmation.body
    from_the_email = new_page()
    from_the_email.goto(emailed_link(confirmation, OPEN_EVENT + "booking/"))
    from_the_email.get_by_role("button", name="Cancel my booking").click()

    expect(from_the_email.get_by_text("This booking was cancelled")).to_be_visible()
    booking = Booking.objects.get(email="robin.ashdown@example.org")
    assert booking.status == Booking.Status.CANCELLED
    [cancellation] = mailoutbox[1:]
    assert cancellation.subject == f"Booking cancelled: {OPEN_EVENT_TITLE}"


def test_a_network_member_books_in_the_priority_window_before_visitors_can(page, new_page):
    page.goto(PRIORITY_EVENT)
    booking_box = page.get_by_role("region", name="Booking")
    expect(booking_box).to_contain_text("Priority booking open for network members")
    # The server says "in 2 days, 3 hours"; the script counts on to the minute or second.
    countdown = booking_box.locator("time[data-countdown]").first
    expect(countdown).to_have_text(re.compile(r"^in \d+ \w+, \d+ \w+, \d+ \w+$"))
    expect(booking_box.get_by_role("link", name="Book a place")).to_have_count(0)
    page.goto(PRIORITY_EVENT + "book/")
    expect(page.get_by_role("button", name="Book my place")).to_have_count(0)

    member = new_page()
    member.goto(PRIORITY_EVENT)
    member.get_by_role("region", name="Booking").get_by_role("link", name="sign in").click()
    fill_sign_in_form(member, MEMBER)
    expect(member).to_have_url(re.compile(re.escape(PRIORITY_EVENT) + "$"))
    member.get_by_role("link", name="Book a place").click()
    expect(member.get_by_role("main").get_by_label("Email")).to_have_value(MEMBER)
    member.get_by_role("main").get_by_label(CONSENT).check()
    member.get_by_role("button", name="Book my place").click()

    expect(member.get_by_text("Your place is confirmed")).to_be_visible()
    assert Booking.objects.get(event__url_path__endswith=PRIORITY_EVENT).email == MEMBER
    page.goto(PRIORITY_EVENT + "book/")
    expect(page.get_by_role("button", name="Book my place")).to_have_count(0)


def test_a_member_starts_a_thread_another_replies_and_a_chair_opens_session_notes(new_page):
    member = new_page()
    sign_in(member, MEMBER)
    member.goto("/network/")
    member.get_by_role("link", name="All discussions").click()
    member.get_by_role("link", name="Peer support").first.click()
    member.get_by_role("link", name="Start a new thread").click()
    member.get_by_label("Title").fill("Mapping places after school: who does it?")
    member.get_by_label("Your message").fill("Which agency leads the mapping of places?")
    member.get_by_role("button", name="Start thread").click()
    expect(heading(member)).to_have_text("Mapping places after school: who does it?")

    chair = new_page()
    sign_in(chair, CHAIR)
    chair.goto("/network/discussions/peer-support/")
    chair.get_by_role("link", name="Mapping places after school: who does it?").click()
    chair.get_by_label("Your reply").fill("In our area the community safety team leads it.")
    chair.get_by_role("button", name="Post reply").click()
    expect(chair.get_by_text("the community safety team leads it")).to_be_visible()
    member.reload()
    expect(member.get_by_text("the community safety team leads it")).to_be_visible()
    assert Post.objects.filter(author__email=CHAIR, body__contains="safety team").count() == 1

    chair.goto("/network/")
    chair.get_by_role("link", name="Session notes").click()
    chair.locator(".card__title a").first.click()
    expect(heading(chair)).to_have_text(re.compile("^Action learning session"))
    expect(chair.get_by_role("heading", name="Agreed actions")).to_be_visible()


def test_an_editor_submits_a_tool_a_reviewer_approves_it_and_search_finds_it(page, new_page):
    sign_in(page, EDITOR, path="/admin/login/", second_factor=False)
    expect(heading(page)).to_have_text("Enter your sign-in code")  # the password is not enough
    give_code(page, EDITOR)  # what the editor's authenticator app shows now
    expect(page).to_have_url(re.compile("/admin/$"))
    page.get_by_role("button", name="Pages").click()
    explorer = page.get_by_role("navigation")
    explorer.get_by_role("link", name="Planning for Safety", exact=True).click()
    page.get_by_role("link", name="Explore child pages of 'Resource packs'").click()
    page.get_by_role("link", name=f"Explore child pages of '{PACK_TITLE}'").click()
    open_new_page_form(page)
    page.get_by_role("textbox", name="Title*").fill(NEW_TOOL)
    page.get_by_role("combobox", name="Tool type").select_option(label="Practice tool")
    page.get_by_role("textbox", name="Summary").fill("A checklist for walking a neighbourhood.")
    page.get_by_role("button", name="Choose a document").first.click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("Title").fill(NEW_TOOL)
    chooser.get_by_label("File").set_input_files(
        {
            "name": "walkabout-checklist.pdf",
            "mimeType": "application/pdf",
            "buffer": make_pdf("Walkabout", [{"heading": "Before", "paragraphs": ["Plan."]}]),
        }
    )
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    last_reviewed = page.get_by_role("textbox", name="Last reviewed*")
    last_reviewed.fill("2026-11-01")
    last_reviewed.press("Tab")  # moving on closes the date picker
    screenshot(page, "tool-with-document")
    wait_for_autosave(page)
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name="Publish")).to_have_count(0)  # Editors submit
    page.get_by_role("button", name="Submit to Programme review").click()
    expect(page.get_by_text("submitted for moderation")).to_be_visible()
    screenshot(page, "tool-submitted")
    tool = ResourcePage.objects.get(title=NEW_TOOL)
    assert not tool.live
    assert OutgoingEmail.objects.filter(recipients=REVIEWER, subject__contains=NEW_TOOL).exists()

    reviewer = new_page()
    authenticator(User.objects.get(email=REVIEWER))
    sign_in(reviewer, REVIEWER, path="/admin/login/")
    awaiting = reviewer.get_by_role("region", name="Awaiting your review")
    screenshot(reviewer, "reviewer-dashboard")
    awaiting.get_by_role("link", name=NEW_TOOL).click()
    reviewer.get_by_role("button", name="More actions").click()
    screenshot(reviewer, "tool-approved")
    reviewer.get_by_role("button", name="Approve and Publish").click()
    expect(reviewer.get_by_role("row", name=re.compile(f"{NEW_TOOL}.* live$"))).to_be_visible()
    tool.refresh_from_db()
    assert tool.live
    make_searchable_now()

    page.goto("/")
    page.get_by_label("Search the site").fill("walkabout")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    page.get_by_role("link", name=NEW_TOOL).click()
    expect(heading(page)).to_have_text(NEW_TOOL)
    download_link = page.get_by_role("link", name=re.compile("^Download Neighbourhood"))
    expect(download_link).to_have_attribute("href", re.compile(r"walkabout-checklist.*\.pdf$"))


def open_event():
    return EventPage.objects.get(url_path__endswith=OPEN_EVENT)


def test_a_visitor_on_the_waitlist_claims_a_place_after_the_capacity_is_raised(
    page, new_page, mailoutbox
):
    event = open_event()
    event.capacity, event.overbooking_allowance = 1, 0
    event.save_revision().publish()
    book_place(event, None, booking_details("first.in@example.org"))
    page.goto(OPEN_EVENT)
    page.get_by_role("region", name="Booking").get_by_role("link", name="Join the waitlist").click()
    fill_booking_form(page, "Sam Waiting", "sam.waiting@example.org")
    page.get_by_role("button", name="Join the waitlist").click()
    expect(page.get_by_text("You are on the waitlist", exact=True)).to_be_visible()

    event = open_event()
    event.capacity = 2  # staff add a place: it goes to the person waiting
    event.save_revision().publish()
    offer = next(m for m in mailoutbox if m.subject.startswith("A place is free for you"))
    from_the_email = new_page()
    from_the_email.goto(emailed_link(offer, OPEN_EVENT + "booking/"))
    from_the_email.get_by_role("button", name="Claim my place").click()

    expect(from_the_email.get_by_text("Your place is confirmed")).to_be_visible()
    assert Booking.objects.get(email="sam.waiting@example.org").status == "confirmed"


def test_an_attendee_downloads_a_certificate_with_their_name_in_greek(page):
    name = "Αλέξανδρος Παπαδόπουλος"
    booking, _ = book_place(open_event(), None, booking_details("alex@example.org", name=name))
    Booking.objects.filter(pk=booking.pk).update(attended=True)
    page.goto(booking_path(booking))
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your certificate of attendance (PDF)").click()

    content = Path(download.value.path()).read_bytes()
    assert name in pdf_text(content).splitlines()
