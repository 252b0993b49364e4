"""The admin dashboard's "needs doing" panels: each shown only to the staff who may act on
it, each linking to the list where they act, and each panel's numbers the same as that list's."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Booking
from home.models import OutgoingEmail
from network.community.models import Post, PostReport
from network.models import Membership
from newsletters.models import Delivery, Mailing
from resources.downloads import month_of, record_download
from resources.models import MonthlyDocumentDownload
from tests.events.helpers import booking_details, make_event
from tests.factories import UserFactory, make_document
from tests.html_tables import table_rows
from tests.network.discussions import reply, start
from tests.network.helpers import make_area, make_member, make_staff
from tests.newsletters.helpers import make_issue, make_subscriber
from tests.two_factor import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

PANELS = {
    "join-requests",
    "moderation",
    "upcoming-events",
    "failed-deliveries",
    "failed-emails",
    "downloads-this-month",
}


def dashboard(client, user):
    sign_in_with_second_factor(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def panels_in(html):
    return {name for name in PANELS if f'id="{name}-section"' in html}


def superuser():
    return UserFactory(is_superuser=True, is_staff=True)


# Who sees which panel --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("Editors", {"upcoming-events", "failed-deliveries", "downloads-this-month"}),
        ("Moderators", {"moderation"}),
        ("Network administrators", {"join-requests"}),
        ("Data protection", set()),
    ],
)
def test_each_staff_group_sees_only_the_panels_it_may_act_on(client, group, expected):
    assert panels_in(dashboard(client, make_staff(group))) == expected


def test_superusers_see_every_panel(client):
    assert panels_in(dashboard(client, superuser())) == PANELS


def test_the_outbox_panel_follows_the_outbox_permission_not_a_group(client):
    editor = make_staff("Editors")
    editor.user_permissions.add(Permission.objects.get(codename="view_outgoingemail"))
    assert "failed-emails" in panels_in(dashboard(client, editor))
    assert client.get("/admin/reports/failed-emails/").status_code == 200


# Empty states say so -----------------------------------------------------------------------


def test_empty_panels_say_plainly_that_nothing_waits(client):
    html = dashboard(client, superuser())
    for words in (
        "No join requests waiting.",
        "No reported posts and no posts waiting for approval.",
        "No events in the next 30 days.",
        "No newsletter deliveries failed.",
        "No emails failed.",
        "No documents downloaded this month.",
    ):
        assert words in html


# Join requests -----------------------------------------------------------------------------


def make_requests(area, verified, unverified=0):
    for _ in range(verified):
        make_member(area, roles=(), status=Membership.Status.APPLIED)
    for _ in range(unverified):
        make_member(area, roles=(), status=Membership.Status.APPLIED, email_verified_at=None)


DECIDE_LINK = re.compile(r"/admin/network/membership/(\d+)/change/")


def test_join_requests_per_area_match_the_filtered_memberships_list(client):
    harrowfield, eastmere = make_area("Harrowfield Council"), make_area("Eastmere Trust")
    make_area("Quiet Council")
    make_requests(harrowfield, verified=2, unverified=1)  # the unverified cannot be decided yet
    make_requests(eastmere, verified=1)
    make_member(harrowfield)  # approved: not waiting
    html = dashboard(client, make_staff("Network administrators"))
    rows = table_rows(html, "Requests to join")
    panel = {row[0]["text"]: (int(row[1]["text"]), row[0]["links"][0]) for row in rows}
    assert {name: count for name, (count, _) in panel.items()} == {
        "Decide the requests from Eastmere Trust": 1,
        "Decide the requests from Harrowfield Council": 2,
    }
    for area, (count, url) in zip((eastmere, harrowfield), panel.values(), strict=True):
        listed = set(DECIDE_LINK.findall(client.get(url).content.decode()))
        expected = Membership.objects.waiting_for_decision().filter(area=area)
        assert listed == {str(pk) for pk in expected.values_list("pk", flat=True)}
        assert len(listed) == count


def test_the_join_requests_page_lists_the_same_requests(client):
    area = make_area("Harrowfield Council")
    make_requests(area, verified=3, unverified=2)
    admin = make_staff("Network administrators")
    html = dashboard(client, admin)
    (row,) = table_rows(html, "Requests to join")
    page = client.get("/network/requests/").content.decode()
    assert page.count('name="membership"') == int(row[1]["text"]) == 3


# Discussion moderation ---------------------------------------------------------------------


def test_moderation_counts_match_the_moderation_queue(client, settings):
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 0
    area = make_area("Harrowfield Council")
    member, reporter = make_member(area), make_member(area)
    thread = start(member)
    reported = reply(thread, member)
    for post in (thread.posts.first(), reported):
        PostReport.objects.create(post=post, reporter=reporter, reason="unkind")
    PostReport.objects.create(post=reported, reporter=member, reason="spam")  # same post again
    resolved = reply(thread, member, body="Already handled.")
    PostReport.objects.create(
        post=resolved, reporter=reporter, reason="spam", resolved_at=timezone.now()
    )
    Post.objects.filter(pk=reply(thread, member, body="Held back.").pk).update(state="pending")
    html = dashboard(client, make_staff("Moderators"))
    assert '<a href="/admin/discussions/moderation/#reported">' in html
    counts = dict(re.findall(r"(Reported posts|Posts waiting for approval)</a>: (\d+)", html))
    queue = client.get("/admin/discussions/moderation/").content.decode()
    assert f"Reported posts ({counts['Reported posts']})" in queue
    assert f"Waiting for approval ({counts['Posts waiting for approval']})" in queue
    assert counts == {"Reported posts": "2", "Posts waiting for approval": "1"}


# Events in the next 30 days ----------------------------------------------------------------


def booked(event, status, count):
    for _ in range(count):
        Booking.objects.create(
            event=event,
            status=status,
            consented_at=timezone.now(),
            **booking_details(f"{status}{Booking.objects.count()}@example.org"),
        )


def test_events_in_the_next_30_days_match_the_capacity_report(client, events_index):
    now = timezone.now()
    soon = make_event(
        events_index, slug="soon", title="Soon", capacity=2, start=now + datetime.timedelta(days=3)
    )
    booked(soon, Booking.Status.CONFIRMED, 2)
    booked(soon, Booking.Status.WAITLISTED, 3)
    later = make_event(
        events_index,
        slug="later",
        title="Later",
        capacity=10,
        start=now + datetime.timedelta(days=29),
    )
    booked(later, Booking.Status.CONFIRMED, 1)
    make_event(
        events_index, slug="too-far", title="Too far", start=now + datetime.timedelta(days=31)
    )
    make_event(
        events_index, slug="past", title="Finished already", start=now - datetime.timedelta(days=2)
    )
    html = dashboard(client, make_staff("Editors"))
    panel = table_rows(html, "Events starting in the next 30 days")
    assert [(row[0]["text"], row[2]["text"], row[3]["text"]) for row in panel] == [
        ("Bookings for Soon", "0", "3"),
        ("Bookings for Later", "9", "0"),
    ]
    assert [row[0]["links"][0] for row in panel] == [
        f"/admin/events/{soon.pk}/attendance/",
        f"/admin/events/{later.pk}/attendance/",
    ]
    assert 'href="/admin/reports/event-capacity/?within=30"' in html
    report = client.get("/admin/reports/event-capacity/?within=30").content.decode()
    listed = table_rows(report, "Upcoming events")
    assert [(row[0]["links"][0], row[4]["text"], row[5]["text"]) for row in listed] == [
        (row[0]["links"][0], row[2]["text"], row[3]["text"]) for row in panel
    ]
    every_upcoming = client.get("/admin/reports/event-capacity/").content.decode()
    assert "Too far" in every_upcoming and "Finished already" not in every_upcoming


def test_offered_places_count_as_taken_and_the_waitlist_as_holding_places(client, events_index):
    event = make_event(events_index, capacity=5, start=timezone.now() + datetime.timedelta(days=1))
    booked(event, Booking.Status.CONFIRMED, 1)
    booked(event, Booking.Status.OFFERED, 1)
    booked(event, Booking.Status.WAITLISTED, 1)
    booked(event, Booking.Status.CANCELLED, 1)
    (row,) = table_rows(dashboard(client, make_staff("Editors")), "Events starting")
    assert (row[2]["text"], row[3]["text"]) == ("2", "1")


# Failed deliveries and emails --------------------------------------------------------------


def make_mailing(issue, subject, failed, sent=1):
    mailing = Mailing.objects.create(issue=issue, subject=subject, html_body="x", text_body="x")
    for n in range(failed + sent):
        Delivery.objects.create(
            mailing=mailing,
            issue=issue,
            subscriber=make_subscriber(f"{subject.lower()}{n}@example.org"),
            status=Delivery.Status.FAILED if n < failed else Delivery.Status.SENT,
            attempts=5,
        )
    return mailing


def test_failed_deliveries_match_each_send_log(client, newsletter_index):
    issue = make_issue(newsletter_index)
    make_mailing(issue, "Spring", failed=2)
    make_mailing(issue, "Summer", failed=1)
    make_mailing(issue, "Autumn", failed=0)
    html = dashboard(client, make_staff("Editors"))
    rows = table_rows(html, "Newsletter sends with deliveries")
    assert sorted((row[0]["text"], row[2]["text"]) for row in rows) == [
        ("Send log of Spring", "2"),
        ("Send log of Summer", "1"),
    ]
    for row in rows:
        log = client.get(row[0]["links"][0]).content.decode()
        (counts,) = table_rows(log, "Deliveries")
        problems = table_rows(log, "Deliveries that failed")
        failed = [problem for problem in problems if problem[1]["text"] == "Failed"]
        assert counts[2]["text"] == str(len(failed)) == row[2]["text"]


def test_failed_emails_match_the_failed_emails_report(client):
    now = timezone.now()
    for n in range(3):
        OutgoingEmail.objects.create(
            key=f"failed:{n}", recipients=f"p{n}@example.org", subject=f"Failed {n}",
            failed_at=now, attempts=5, last_error="SMTPRecipientsRefused",
        )  # fmt: skip
    OutgoingEmail.objects.create(key="sent", recipients="a@example.org", subject="S", sent_at=now)
    OutgoingEmail.objects.create(key="waiting", recipients="b@example.org", subject="W")
    html = dashboard(client, superuser())
    (count,) = re.findall(r'<a href="/admin/reports/failed-emails/">Failed emails</a>: (\d+)', html)
    report = client.get("/admin/reports/failed-emails/").content.decode()
    rows = table_rows(report)
    assert len(rows) == int(count) == 3
    assert {row[1]["text"] for row in rows} == {"Failed 0", "Failed 1", "Failed 2"}
    assert "b@example.org" not in report


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Network administrators"])
def test_staff_groups_cannot_read_the_outbox(client, group):
    sign_in_with_second_factor(client, make_staff(group))
    response = client.get("/admin/reports/failed-emails/")
    assert response.status_code == 302 and response.url == "/admin/"


# Documents downloaded this month -----------------------------------------------------------


def downloaded(document, times, month=None):
    if month is None:
        for _ in range(times):
            record_download(document)
    else:
        MonthlyDocumentDownload.objects.create(document=document, month=month, count=times)


def test_downloads_this_month_match_the_report_for_this_month(client):
    this_month = month_of(timezone.now())
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    popular, steady = (
        make_document("popular.pdf", title="Popular"),
        make_document("steady.pdf", title="Steady"),
    )
    old_favourite = make_document("old.pdf", title="Old favourite")
    downloaded(popular, 3)
    downloaded(steady, 1)
    downloaded(steady, 40, month=last_month)
    downloaded(old_favourite, 50, month=last_month)  # last month's downloads do not count
    html = dashboard(client, make_staff("Editors"))
    panel = [
        (row[0]["text"], row[1]["text"]) for row in table_rows(html, "Documents downloaded most")
    ]
    assert panel == [("Popular", "3"), ("Steady", "1")]
    (link,) = re.findall(r'href="(/admin/reports/document-downloads/\?month=[0-9-]+)"', html)
    assert link.endswith(f"month={this_month:%Y-%m}")
    report = client.get(link).content.decode()
    assert [(row[0]["text"], row[2]["text"]) for row in table_rows(report)] == panel
    all_time = client.get("/admin/reports/document-downloads/").content.decode()
    assert "Old favourite" in all_time


# Query count -------------------------------------------------------------------------------


def add_one_of_each(index, issue, n):
    """One more area with a request, reported post, event, failed send, failed email and
    downloaded document: the dashboard must not ask the database once more for each."""
    area = make_area(f"Area {n}")
    make_requests(area, verified=1)
    member = make_member(area)
    thread = start(member, title=f"Thread {n}")
    PostReport.objects.create(post=thread.posts.first(), reporter=member, reason="spam")
    event = make_event(
        index, slug=f"event-{n}", start=timezone.now() + datetime.timedelta(days=n + 1)
    )
    booked(event, Booking.Status.WAITLISTED, 1)
    make_mailing(issue, f"Issue{n}", failed=1)
    OutgoingEmail.objects.create(
        key=f"f{n}", recipients="x@example.org", subject="x", failed_at=timezone.now()
    )
    downloaded(make_document(f"doc{n}.pdf"), n + 1)


def test_the_dashboard_asks_the_same_number_of_queries_however_much_waits(
    client, events_index, newsletter_index, django_assert_num_queries, settings
):
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 0
    issue = make_issue(newsletter_index)
    add_one_of_each(events_index, issue, 1)
    dashboard(client, superuser())  # the first request after new pages finds the site again
    reset_queries()  # the log keeps 9000 queries: a full one would hide these
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    queries = len(few.captured_queries)
    for n in range(2, 6):
        add_one_of_each(events_index, issue, n)
    client.get("/admin/")
    reset_queries()
    with django_assert_num_queries(queries):
        assert panels_in(client.get("/admin/").content.decode()) == PANELS
