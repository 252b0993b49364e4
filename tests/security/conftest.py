"""A small world with one of everything the site's URLs and page types need (the permission
walk), and the search tests' small mixed site (the fuzz tests)."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import CollectionViewRestriction

from events.booking import book_place
from events.links import booking_token
from network import verification
from network.community.notifications import unfollow_token
from network.models import Membership, NetworkPage
from newsletters import links
from newsletters.models import Mailing, Subscriber
from tests.events.helpers import booking_details, make_event
from tests.factories import (
    UserFactory,
    make_area_application,
    make_pack,
    make_standard_page,
    make_tool,
    publish,
)
from tests.network.discussions import start
from tests.newsletters.helpers import make_issue, make_subscriber


@pytest.fixture
def world(people, gated, session, no_approval, library, events_index, newsletter_index):
    """Live pages of every type, and the objects and signed links the URLs take."""
    member, staff = people["member"], people["staff"]
    # A gated page whose editors turned the teaser off: outsiders get only a sign-in prompt.
    publish(
        gated["network_page"],
        NetworkPage(title="Handbook", slug="handbook", summary="How we work.", show_teaser=False),
    )
    pack = make_pack(library)
    make_tool(pack)
    event = make_event(events_index)
    booking, _ = book_place(event, member, booking_details(email=member.email))
    booking.attended = True
    booking.save(update_fields=["attended"])
    issue = make_issue(newsletter_index)
    subscriber = make_subscriber(member.email)
    newcomer = make_subscriber("newcomer@example.org", status=Subscriber.Status.PENDING)
    thread = start(member)
    applicant = Membership.objects.get(user=people["applicant"])
    # Signing in changes a reset token's hash: the reset link is for someone who stays out.
    forgetful = UserFactory(email="forgetful@example.org")
    return SimpleNamespace(
        people=people,
        standard_page=make_standard_page(library.get_parent()),
        pack=pack,
        event=event,
        booking=booking,
        issue=issue,
        mailing=Mailing.objects.create(
            issue=issue, subject=issue.title, sent_by=staff, html_body="<p>x</p>", text_body="x"
        ),
        thread=thread,
        post=thread.posts.get(),
        session=session,
        attachment=session.attachments.get(),
        action=session.actions.first(),
        applicant_membership=applicant,
        document_restriction=CollectionViewRestriction.objects.get(),
        area_application=make_area_application(),
        tokens=SimpleNamespace(
            booking=booking_token(booking),
            confirm=links.make_token(newcomer, links.CONFIRM),
            manage=links.make_token(subscriber, links.MANAGE),
            unfollow=unfollow_token(member, "thread", thread.pk),
            verify=verification.verification_token(UserFactory(email_verified_at=None)),
            email_change=verification.change_token(
                UserFactory(pending_email="moving@example.org"), "moving@example.org"
            ),
            reset_uid=urlsafe_base64_encode(force_bytes(forgetful.pk)),
            reset=default_token_generator.make_token(forgetful),
        ),
    )


@pytest.fixture
def generous_limits(settings):
    """Abuse limits far above what a fuzz run sends, so every example reaches the view."""
    settings.RATE_LIMITS = dict.fromkeys(settings.RATE_LIMITS, (1_000_000, 60))
