"""Public forms refuse invalid input without a server error and without saving anything:
booking a place, newsletter sign-up (page and footer), asking to join, an area applying,
signing in and resetting a password. A valid submission of each saves exactly one row, so
every "nothing saved" check here can fail."""

import pytest
from django.core import mail
from hypothesis import given
from hypothesis import strategies as st

from events.models import Booking
from home.models import OutgoingEmail, Topic
from network.community.models import Thread
from network.learning.models import ActionLearningSession
from network.models import AreaApplication, LocalArea, Membership, Region, Role, User
from newsletters.models import Subscriber
from tests.events.helpers import make_event
from tests.factories import UserFactory
from tests.network.helpers import client_for
from tests.network.test_session_notes import session_form
from tests.security.fuzz import (
    FUZZ,
    NOT_IDS,
    SCRIPT_PAYLOADS,
    Field,
    assert_answered_safely,
    invalid_submissions,
    valid_submission,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limits")]

REFUSED = {200, 400}  # the form again with its errors
PASSWORD = "a-long-enough-passphrase"


def rows(*models):
    return [model.objects.count() for model in models]


def submit_invalid(client, path, data, *models):
    before = rows(*models)
    response = client.post(path, data)
    assert_answered_safely(response)
    assert response.status_code in REFUSED
    assert rows(*models) == before


# Booking a place ----------------------------------------------------------------------------

BOOKING = [
    Field("name", "Ash Patel", max_length=200),
    Field("email", "ash@example.org", kind="email", max_length=254),
    Field("organisation", "Harrowfield Council", max_length=200),
    Field("job_role", "Social worker", max_length=150),
    Field("local_area", "Harrowfield", max_length=200, required=False),
    Field("access_requirements", "Hearing loop", max_length=2000, required=False),
    Field("dietary_needs", "Vegetarian", max_length=1000, required=False),
    Field("consent", "on", kind="checkbox"),
]


@pytest.fixture
def workshop(events_index):
    return make_event(
        events_index, slug="workshop", event_format="in-person", venue_name="Hall", capacity=500
    )


@FUZZ
@given(data=invalid_submissions(BOOKING))
def test_invalid_booking_details_book_nothing(client, workshop, data):
    submit_invalid(client, workshop.url + "book/", data, Booking)


# Anything printable, markup included: valid, and stored and shown back as plain text.
printable_names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Zl", "Zp"]), min_size=1, max_size=200
).filter(str.strip) | st.sampled_from(SCRIPT_PAYLOADS)


@FUZZ
@given(name=printable_names, organisation=printable_names)
def test_any_printable_name_books_exactly_one_place_shown_as_text(
    client, workshop, name, organisation
):
    before = Booking.objects.count()
    email = f"person{before}@example.org"  # a new address each time: a new place
    data = valid_submission(BOOKING, name=name, organisation=organisation, email=email)
    response = client.post(workshop.url + "book/", data, follow=True)
    assert_answered_safely(response)
    assert Booking.objects.count() == before + 1


@pytest.mark.parametrize("path", ["/events/no-such-event/book/", "/events/book/", "/book/"])
def test_booking_an_event_that_does_not_exist_is_not_found(client, workshop, path):
    response = client.post(path, valid_submission(BOOKING))
    assert response.status_code == 404
    assert not Booking.objects.exists()


# Newsletter sign-up -------------------------------------------------------------------------


def signup_fields():
    return [
        Field("email", "reader@example.org", kind="email", max_length=254),
        Field("topics", [str(Topic.objects.order_by("pk").first().pk)], kind="ids", required=False),
        Field("consent", "on", kind="checkbox"),
    ]


@FUZZ
@given(data=st.data(), source=st.sampled_from(["newsletter", "footer", "home", "", "\x00<x>"]))
def test_invalid_newsletter_signups_subscribe_nobody(client, db, data, source):
    submission = data.draw(invalid_submissions(signup_fields()))
    submit_invalid(client, "/subscribe/", {**submission, "source": source}, Subscriber)


@pytest.mark.parametrize("source", ["newsletter", "footer"])
def test_a_valid_signup_records_exactly_one_pending_subscriber(client, db, source):
    response = client.post("/subscribe/", valid_submission(signup_fields(), source=source))
    assert response.status_code == 302
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


# Asking to join through an area, and an area applying ----------------------------------------


def join_fields(areas):
    roles = Role.objects.exclude(code=Role.SINGLE_POINT_OF_CONTACT).order_by("pk")
    return [
        Field("first_name", "Jo", max_length=150),
        Field("last_name", "Baker", max_length=150),
        Field("email", "jo.baker@harrowfield.example.org", kind="email", max_length=254),
        Field("job_title", "Team manager", max_length=150),
        Field(
            "area",
            str(areas["member"].pk),
            kind="model",
            wrong=(*NOT_IDS, str(areas["outside"].pk), str(areas["left"].pk)),
        ),
        Field(
            "roles",
            [str(roles.first().pk)],
            kind="ids",
            wrong=([str(Role.objects.get(code=Role.SINGLE_POINT_OF_CONTACT).pk)],),
        ),
        Field("reason", "To learn from other areas.", max_length=2000),
        Field("password1", PASSWORD, wrong=("short", "password123")),
        Field("password2", PASSWORD, wrong=("a-different-passphrase",)),
        Field("consent", "on", kind="checkbox"),
    ]


@FUZZ
@given(data=st.data())
def test_invalid_requests_to_join_create_no_account(client, areas, data):
    submission = data.draw(invalid_submissions(join_fields(areas)))
    submit_invalid(client, "/network/join/person/", submission, User, Membership)


def test_a_valid_request_to_join_creates_exactly_one_account_and_membership(client, areas):
    before = rows(User, Membership)
    response = client.post("/network/join/person/", valid_submission(join_fields(areas)))
    assert response.status_code == 302
    assert rows(User, Membership) == [count + 1 for count in before]
    assert User.objects.get(email="jo.baker@harrowfield.example.org").membership.status == (
        Membership.Status.APPLIED
    )


def choice(name, valid, choices, **options):
    return Field(name, valid, kind="choice", choices=tuple(choices), **options)


AREA_APPLICATION = [
    Field("organisation_name", "Northfold Council", max_length=200),
    choice("kind", "local-authority", LocalArea.Kind.values),
    choice("region", "north-east", Region.values),
    Field("applicant_name", "Dana Hughes", max_length=150),
    Field("applicant_job_title", "Director of children's services", max_length=150),
    Field("applicant_email", "dana.hughes@northfold.example.org", kind="email", max_length=254),
    Field("phone", "", max_length=40, required=False),
    choice("roth_stage", "piloting", AreaApplication.Stage.values),
    Field("roth_detail", "We started a pilot in spring.", max_length=2000),
    Field("spoc_name", "Lee Park", max_length=150),
    Field("spoc_email", "lee.park@northfold.example.org", kind="email", max_length=254),
    Field("consent", "on", kind="checkbox"),
]


@FUZZ
@given(data=invalid_submissions(AREA_APPLICATION))
def test_invalid_area_applications_record_nothing(client, areas, data):
    submit_invalid(client, "/network/join/area/", data, AreaApplication, LocalArea, User)


def test_an_area_already_in_the_network_applying_again_records_nothing(client, areas):
    data = valid_submission(AREA_APPLICATION, organisation_name=" harrowfield  council ")
    submit_invalid(client, "/network/join/area/", data, AreaApplication)


def test_a_valid_area_application_records_exactly_one(client, areas):
    response = client.post("/network/join/area/", valid_submission(AREA_APPLICATION))
    assert response.status_code == 302
    assert AreaApplication.objects.get().organisation_name == "Northfold Council"


# Signing in and resetting a password --------------------------------------------------------

LOGIN = [
    Field("username", "jo@example.org", kind="email"),
    Field("password", PASSWORD, wrong=("not-the-password", PASSWORD.upper())),
]


@pytest.fixture
def account(db):
    return UserFactory(email="jo@example.org", password=PASSWORD)


@FUZZ
@given(data=invalid_submissions(LOGIN))
def test_invalid_sign_ins_never_sign_anyone_in(client, account, data):
    submit_invalid(client, "/accounts/login/", data, User)
    assert "_auth_user_id" not in client.session


def test_the_right_email_and_password_sign_in(client, account):
    response = client.post("/accounts/login/", valid_submission(LOGIN, username="JO@example.org"))
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(account.pk)


RESET = [Field("email", "jo@example.org", kind="email", max_length=254)]


@FUZZ
@given(data=invalid_submissions(RESET))
def test_invalid_password_reset_requests_send_nothing(client, account, data):
    queued = OutgoingEmail.objects.count()
    submit_invalid(client, "/accounts/password-reset/", data, User)
    assert OutgoingEmail.objects.count() == queued


def test_a_password_reset_for_an_account_sends_exactly_one_email(
    client, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password-reset/", valid_submission(RESET))
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["jo@example.org"] and "/accounts/password-reset/" in message.body


# Choosing topics, roles or people by id -----------------------------------------------------

BEYOND_ANY_ID = [str(2**63), "9" * 30]  # SQLite's `IN (...)` raised OverflowError for these
MULTIPLE_CHOICE_FORMS = [
    "newsletter sign-up",
    "newsletter preferences",
    "asking to join",
    "new thread",
    "session themes",
    "session attendees",
]


def multiple_choice_forms(areas, people):
    """{form: (person, path, otherwise valid data, the field of ids, the model it adds to)}"""
    session = session_form(people)
    return {
        "newsletter sign-up": (None, "/subscribe/", valid_submission(signup_fields()), "topics",
                               Subscriber),
        "newsletter preferences": (people["member"], "/accounts/newsletter/", {}, "topics",
                                   Subscriber),
        "asking to join": (None, "/network/join/person/", valid_submission(join_fields(areas)),
                           "roles", User),
        "new thread": (people["member"], "/network/discussions/peer-support/new/",
                       {"title": "Panels", "body": "How?"}, "topics", Thread),
        "session themes": (people["chair"], "/network/sessions/new/", session, "themes",
                           ActionLearningSession),
        "session attendees": (people["chair"], "/network/sessions/new/", session, "attendees",
                              ActionLearningSession),
    }  # fmt: skip


@pytest.mark.parametrize("form", MULTIPLE_CHOICE_FORMS)
@pytest.mark.parametrize("value", BEYOND_ANY_ID)
def test_ids_beyond_any_database_integer_are_refused_by_every_multiple_choice(
    client, areas, people, no_approval, form, value
):
    person, path, data, field, model = multiple_choice_forms(areas, people)[form]
    client_for(client, person)
    before = model.objects.count()
    response = client.post(path, {**data, field: [value]})
    assert response.status_code in (200, 400)
    assert field in response.context["form"].errors
    assert model.objects.count() == before
