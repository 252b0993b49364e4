"""Emailed links carry a signed token in their path: any other token, opened or posted, is
refused as a bad link (never an error) and changes nothing."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsletters.models import Subscriber
from tests.events.helpers import make_event
from tests.newsletters.helpers import make_subscriber
from tests.security.fuzz import FUZZ, assert_answered_safely, hostile_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limits")]

LINKS = [
    "/subscription/{}/confirm/",
    "/subscription/{}/unsubscribe/",
    "/subscription/{}/",
    "/accounts/verify/{}/",
    "/network/discussions/unfollow/{}/",
    "/accounts/password-reset/{}/{}/",
    "/events/introduction/booking/{}/",
    "/events/introduction/booking/{}/calendar/",
    "/events/introduction/booking/{}/certificate/",
]


@pytest.fixture
def reader(events_index):
    make_event(events_index)
    return make_subscriber("reader@example.org")


@FUZZ
@given(
    link=st.sampled_from(LINKS),
    token=hostile_text.filter(bool),
    method=st.sampled_from(["get", "post"]),
)
def test_any_other_token_is_a_bad_link_that_changes_nothing(client, reader, link, token, method):
    path = link.format(*[quote(token, safe="")] * link.count("{}"))
    response = getattr(client, method)(path, {"action": "unsubscribe"})
    assert_answered_safely(response)
    assert response.status_code != 302
    assert Subscriber.objects.get(pk=reader.pk).status == Subscriber.Status.CONFIRMED
    assert "_auth_user_id" not in client.session
