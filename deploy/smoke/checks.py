"""The smoke test's scenarios, driven over HTTP as people and operators would.

Set-up and a few look-ups go through the ORM in this process (the same database and cache as
the servers); every action under test goes through the app servers.

This module is imported before run.py sets Django up (use_django, once the servers are
configured), so the project's modules and anything that needs the app registry are imported
in the functions that use them, each marked "after django.setup()".
"""

import mailbox
import secrets
import time
from datetime import timedelta

import icalendar
from browser import Browser
from django.utils import timezone
from django.utils.text import slugify
from django_otp.oath import TOTP
from processes import wait_for
from wagtail.rich_text import RichText

VISITOR_FIELDS = {
    "name": "Robin Smoke",
    "organisation": "Smoke Test Council",
    "job_role": "Social worker",
    "local_area": "",
    "access_requirements": "",
    "consent": "on",
}


def messages_to(maildir, address):
    """Messages the SMTP server received for this address (read from its Maildir)."""
    box = mailbox.Maildir(maildir, create=False)
    return [message for message in box if address in message.get("To", "")]


def make_event(title, capacity):
    from events.models import EventIndexPage, EventPage  # after django.setup() in run.py

    now = timezone.now()
    index = EventIndexPage.objects.live().first()
    event = EventPage(
        title=title,
        slug=slugify(title),
        event_type="introductory",
        event_format="online",
        summary="A smoke test event.",
        start=now + timedelta(days=40),
        end=now + timedelta(days=40, hours=2),
        capacity=capacity,
        general_booking_opens=now - timedelta(days=1),
        joining_details="https://meet.example.org/smoke",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def book(browser, event, email):
    form = browser.get(event.url + "book/")
    assert form.status == 200, f"booking form answered {form.status}"
    page = browser.submit(event.url + "book/", {**VISITOR_FIELDS, "email": email}, form)
    assert page.status == 200 and "/booking/" in page.url, f"booking ended at {page.url}"
    return page


def booking_of(email):
    from events.models import Booking  # after django.setup() in run.py

    return Booking.objects.get(email=email)


class Smoke:
    def __init__(self, apps, maildir, report):
        self.apps = apps  # base URLs of the two app servers
        self.maildir = maildir
        self.report = report
        self.token = secrets.token_hex(4)

    def address(self, who):
        return f"{who}-{self.token}@smoke.example.org"

    # Operators

    def health_shows_both_processes_beating(self):
        def healthy():
            bodies = [Browser(app).get("/healthz").json() for app in self.apps]
            return bodies if all(body["status"] == "ok" for body in bodies) else None

        bodies = wait_for("/healthz ok on both app servers", healthy, timeout=150, interval=3)
        worker = bodies[0]["worker"]["last_seen"]
        self.report(f"/healthz ok on both app servers; worker last seen {worker}")

    # A visitor books, and the confirmation arrives with its calendar file

    def visitor_booking_is_confirmed_by_email_with_a_calendar_file(self):
        event = make_event(f"Smoke booking {self.token}", capacity=5)
        email = self.address("visitor")
        book(Browser(self.apps[0]), event, email)
        (message,) = wait_for(
            "confirmation email", lambda: messages_to(self.maildir, email), timeout=60
        )
        calendars = [
            part
            for part in message.walk()
            if part.get_content_type() == "text/calendar"
            or (part.get_filename() or "").endswith(".ics")
        ]
        assert calendars, "the confirmation has no calendar file"
        calendar = icalendar.Calendar.from_ical(calendars[0].get_payload(decode=True))
        (entry,) = calendar.walk("VEVENT")
        assert str(entry["SUMMARY"]) == event.title, entry["SUMMARY"]
        self.report(
            f"visitor booked on {self.apps[0]}; confirmation '{message['Subject']}' "
            f"arrived at the SMTP server with {calendars[0].get_filename()} for '{event.title}'"
        )

    # An editor publishes through one app server; the other serves it at once

    def editor_publishes_on_one_server_and_the_other_serves_it_at_once(self):
        from wagtail.models import Page  # after django.setup() in run.py
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield  # ditto

        from home.models import StandardPage  # after django.setup() in run.py

        home = Page.objects.get(depth=2).specific
        page = StandardPage(
            title=f"Smoke notes {self.token}",
            slug=f"smoke-notes-{self.token}",
            summary="Before.",
            body=[("paragraph", RichText("<p>Before.</p>"))],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        visitor = Browser(self.apps[1])
        for _ in range(2):  # the second answer comes from the shared page cache
            assert f"Smoke notes {self.token}" in visitor.get(page.url).text

        editor = self.signed_in_editor(self.apps[0])
        edit_url = f"/admin/pages/{page.pk}/edit/"
        form = editor.get(edit_url)
        assert form.status == 200, f"edit page answered {form.status}"
        new_title = f"Smoke notes published {self.token}"
        fields = nested_form_data(
            {
                "title": new_title,
                "slug": page.slug,
                "summary": f"Published through the admin, findable as zebrafinch{self.token}.",
                "body": streamfield([("paragraph", rich_text("<p>After.</p>"))]),
                "seo_title": "",
                "search_description": "",
                "action-publish": "action-publish",
            }
        )
        result = editor.submit(edit_url, fields, form)
        assert result.status == 200, f"publishing answered {result.status}"
        page.refresh_from_db()
        assert page.title == new_title and page.live, "the admin did not publish the change"
        shown = visitor.get(page.url).text
        assert new_title in shown, "the other app server still serves the old version"
        self.report(
            f"editor published '{new_title}' on {self.apps[0]}; {self.apps[1]} served the "
            "new version on the next request (shared cache invalidated)"
        )
        return page

    def signed_in_editor(self, app):
        from django.contrib.auth.models import Group  # after django.setup() in run.py
        from django_otp.plugins.otp_totp.models import TOTPDevice  # after django.setup() in run.py

        from network import two_factor  # after django.setup() in run.py
        from network.models import User  # after django.setup() in run.py

        email, password = self.address("editor"), secrets.token_urlsafe(16)
        user = User.objects.create_user(email=email, password=password, first_name="Eddie")
        user.email_verified_at = user.date_joined
        user.save()
        user.groups.add(Group.objects.get(name="Editors"))
        device = TOTPDevice.objects.create(
            user=user, name=two_factor.APP_DEVICE_NAME, confirmed=True
        )
        browser = Browser(app)
        login = browser.submit("/accounts/login/", {"username": email, "password": password})
        assert "/accounts/two-factor/" in login.url, f"sign-in ended at {login.url}"
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        code = f"{totp.token():0{device.digits}d}"
        done = browser.open(login.url, {"csrfmiddlewaretoken": login.csrf_token(), "code": code})
        assert "/accounts/two-factor/" not in done.url, "the second factor was refused"
        return browser

    def search_finds_the_published_page(self, page):
        query = f"/search/?q=zebrafinch{self.token}"

        def found():
            return all(page.title in Browser(app).get(query).text for app in self.apps)

        wait_for("the published page in search results", found, timeout=60, interval=2)
        self.report("site search on both app servers finds the page just published")

    def search_keeps_answering_with_a_node_stopped(self, page, stop_node):
        stop_node()
        query = f"/search/?q=zebrafinch{self.token}"
        for app in self.apps:
            for _ in range(4):  # the clients take turns between the nodes
                answer = Browser(app).get(query)
                assert answer.status == 200 and page.title in answer.text, (
                    f"search on {app} failed with one node stopped ({answer.status})"
                )
        health = Browser(self.apps[0]).get("/healthz").json()
        assert health["search"]["state"] == "up", health
        self.report("one OpenSearch node stopped: search on both app servers still answers")

    # Waitlist offers lapse by the scheduler's run alone

    def make_a_waitlist_offer(self):
        from events.models import Booking  # after django.setup() in run.py

        event = make_event(f"Smoke waitlist {self.token}", capacity=1)
        first, second = self.address("first"), self.address("second")
        booked = book(Browser(self.apps[0]), event, first)
        book(Browser(self.apps[1]), event, second)
        assert booking_of(second).status == Booking.Status.WAITLISTED
        cancel = Browser(self.apps[0])
        page = cancel.get(booked.url)
        cancel.submit(booked.url, {"action": "cancel"}, page)
        offer = booking_of(second)
        assert offer.status == Booking.Status.OFFERED, offer.status
        self.report(
            f"a cancellation offered the place to the waitlist; the offer lapses at "
            f"{offer.offer_expires_at:%H:%M:%S} UTC"
        )
        return offer

    def the_offer_lapses_by_the_schedulers_run(self, offer):
        from events.models import Booking  # after django.setup() in run.py
        from operations.models import JobRun  # after django.setup() in run.py

        def lapsed():
            return booking_of(offer.email).status == Booking.Status.EXPIRED

        def finished_run():
            # The job commits the lapse before its run record is closed: wait for both.
            return (
                JobRun.objects.filter(
                    job="process_waitlist_offers",
                    outcome=JobRun.Outcome.SUCCEEDED,
                    finished_at__gte=offer.offer_expires_at,
                )
                .order_by("finished_at")
                .first()
            )

        wait_for("the offer to lapse", lapsed, timeout=180, interval=3)
        run = wait_for(
            "a finished process_waitlist_offers run after the offer's expiry",
            finished_run,
            timeout=60,
            interval=2,
        )
        self.report(
            f"the offer lapsed by the scheduler's process_waitlist_offers run for "
            f"{run.scheduled_for:%H:%M} (claimed by {run.claimed_by}, run by the worker)"
        )

    # The worker stops, a booking waits, the worker restarts: the email arrives once

    def email_waits_for_the_worker_and_arrives_exactly_once(self, stop_worker, start_worker):
        from operations.models import JobRun  # after django.setup() in run.py

        stop_worker()
        event = make_event(f"Smoke outage {self.token}", capacity=5)
        email = self.address("patient")
        book(Browser(self.apps[1]), event, email)
        time.sleep(5)
        assert messages_to(self.maildir, email) == [], "sent although the worker was stopped"
        waiting = Browser(self.apps[0]).get("/healthz").json()["outbox"]["waiting"]
        assert waiting >= 1, f"the outbox shows {waiting} waiting"
        restarted = timezone.now()
        start_worker()
        wait_for("the email after the restart", lambda: messages_to(self.maildir, email), 90)
        retried = wait_for(
            "a retry_emails run after the restart",
            lambda: JobRun.objects.filter(
                job="retry_emails", outcome="succeeded", started_at__gte=restarted
            ).exists(),
            timeout=150,
            interval=3,
        )
        assert retried
        count = len(messages_to(self.maildir, email))
        assert count == 1, f"the confirmation arrived {count} times"
        self.report(
            f"worker stopped: the booking was saved and its email waited ({waiting} in the "
            "outbox); after the restart it arrived exactly once, also after a retry_emails run"
        )
