"""The two ways into the network, with an email at every step."""

import pytest
from django.core import signing
from wagtail.models import ModelLogEntry

from network.models import AreaApplication, LocalArea, Membership, User
from network.verification import VERIFY_SALT
from tests.network.helpers import client_for
from tests.network.joining import PASSWORD, link_in, person_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def spoc(areas):
    """A member holding the single point of contact role: the role, not the area's named
    contact field, makes them a reviewer."""
    from tests.network.helpers import make_member

    return make_member(areas["member"], roles=("spoc",), email="spoc@harrowfield.example.org")


def test_person_joins_verifies_and_is_approved_by_their_area_contact(
    client, areas, spoc, mailoutbox, django_capture_on_commit_callbacks, network_home
):
    from network.models import Role

    chair = Role.objects.get(code="chair")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/network/join/person/", person_form(areas["member"], roles=[chair.pk])
        )
    assert response.status_code == 302 and response.url == "/network/join/sent/"
    person = User.objects.get(email="jo.baker@harrowfield.example.org")
    membership = person.membership
    assert membership.status == "applied" and person.email_verified_at is None
    assert membership.role_codes() == {"chair"}
    [verify] = mailoutbox
    assert verify.to == [person.email]

    link = link_in(verify, "/accounts/verify/")
    opened = client.get(link)  # as a mail scanner would: nothing is confirmed yet
    assert "Confirm my email address" in opened.content.decode()
    assert User.objects.get(pk=person.pk).email_verified_at is None
    assert len(mailoutbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"password": PASSWORD})
    assert response.status_code == 200
    assert "Email address confirmed" in response.content.decode()
    assert User.objects.get(pk=person.pk).email_verified_at is not None
    assert client.get("/accounts/profile/").status_code == 200  # signed in by confirming
    review = mailoutbox[1]
    assert review.to == [spoc.email]
    assert "Jo Baker" in review.body

    contact = client_for(client, spoc)
    page = contact.get("/network/requests/")
    assert "Jo Baker" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        contact.post(
            "/network/requests/",
            {"membership": membership.pk, f"m{membership.pk}-decision": "approve"},
        )
    membership.refresh_from_db()
    assert membership.status == "approved" and membership.decided_by == spoc
    assert mailoutbox[2].to == [person.email]
    assert "approved" in mailoutbox[2].body
    assert ModelLogEntry.objects.filter(action="network.membership.approve").exists()


def test_rejection_needs_a_reason_which_the_person_is_sent(
    client, areas, spoc, people, mailoutbox, django_capture_on_commit_callbacks
):
    membership = Membership.objects.get(user=people["applicant"])
    contact = client_for(client, spoc)
    response = contact.post(
        "/network/requests/", {"membership": membership.pk, f"m{membership.pk}-decision": "reject"}
    )
    assert "Give a reason for the rejection." in response.content.decode()
    membership.refresh_from_db()
    assert membership.status == "applied"
    with django_capture_on_commit_callbacks(execute=True):
        contact.post(
            "/network/requests/",
            {
                "membership": membership.pk,
                f"m{membership.pk}-decision": "reject",
                f"m{membership.pk}-reason": "Not in our children's services.",
            },
        )
    membership.refresh_from_db()
    assert membership.status == "rejected"
    assert "Not in our children's services." in mailoutbox[-1].body


def test_a_contact_cannot_decide_for_another_area(client, areas, people, spoc):
    from tests.network.helpers import make_member

    other_applicant = make_member(areas["other"], status="applied")
    membership = Membership.objects.get(user=other_applicant)
    response = client_for(client, spoc).post(
        "/network/requests/", {"membership": membership.pk, f"m{membership.pk}-decision": "approve"}
    )
    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.status == "applied"


def test_members_who_are_not_the_contact_cannot_review(client, people, spoc):
    assert client_for(client, people["member"]).get("/network/requests/").status_code == 403


def test_every_single_point_of_contact_of_the_area_is_asked_to_decide(areas, spoc):
    from network.joining import approvers_for
    from tests.network.helpers import make_member

    second = make_member(areas["member"], roles=("senior-lead", "spoc"), email="b@h.example.org")
    make_member(areas["member"], roles=("spoc",), email="unverified@h.example.org")
    User.objects.filter(email="unverified@h.example.org").update(email_verified_at=None)
    make_member(areas["member"], roles=("spoc",), status="suspended", email="off@h.example.org")
    make_member(areas["other"], roles=("spoc",), email="elsewhere@e.example.org")
    make_member(areas["member"], roles=("practitioner",), email="colleague@h.example.org")
    LocalArea.objects.filter(pk=areas["member"].pk).update(single_point_of_contact=None)
    assert approvers_for(LocalArea.objects.get(pk=areas["member"].pk)) == sorted(
        [spoc.email, second.email]
    )


def test_an_area_without_a_contact_sends_requests_to_the_network_administrators(
    areas, people, settings
):
    from network.joining import approvers_for

    assert approvers_for(areas["other"]) == ["network-admin@example.org"]
    User.objects.filter(email="network-admin@example.org").update(is_active=False)
    assert approvers_for(areas["other"]) == [settings.DEFAULT_FROM_EMAIL]


def test_a_named_contact_without_the_role_is_not_asked(areas, people):
    from network.joining import approvers_for

    LocalArea.objects.filter(pk=areas["other"].pk).update(single_point_of_contact=people["chair"])
    assert approvers_for(LocalArea.objects.get(pk=areas["other"].pk)) == [
        "network-admin@example.org"
    ]


def test_a_contact_reviews_verified_requests_of_their_own_area_only(client, areas, people):
    from network.views import reviewable_requests
    from tests.network.helpers import make_member

    unverified = make_member(areas["member"], status="applied", email="new@h.example.org")
    User.objects.filter(pk=unverified.pk).update(email_verified_at=None)
    elsewhere = make_member(areas["other"], status="applied", email="new@e.example.org")
    contact = User.objects.get(pk=people["spoc"].pk)
    assert [m.user for m in reviewable_requests(contact)] == [people["applicant"]]
    page = client_for(client, people["spoc"]).get("/network/requests/").content.decode()
    assert people["applicant"].get_full_name() in page
    assert elsewhere.get_full_name() not in page and unverified.get_full_name() not in page
    # A contact whose own membership waits for a decision is no contact (nor decides it).
    Membership.objects.filter(user=people["spoc"]).update(status="applied")
    assert client_for(client, people["spoc"]).get("/network/requests/").status_code == 403


def test_network_administrators_decide_requests_of_any_area(client, areas, people):
    from tests.network.helpers import make_member

    elsewhere = make_member(areas["other"], status="applied", email="new@e.example.org")
    admin = client_for(client, people["network_admin"])
    page = admin.get("/network/requests/").content.decode()
    assert people["applicant"].get_full_name() in page and elsewhere.get_full_name() in page
    membership = Membership.objects.get(user=elsewhere)
    admin.post(
        "/network/requests/", {"membership": membership.pk, f"m{membership.pk}-decision": "approve"}
    )
    membership.refresh_from_db()
    assert membership.status == "approved" and membership.decided_by == people["network_admin"]


@pytest.mark.parametrize("role", ["staff", "moderator", "data_protection", "member", "chair"])
def test_other_staff_and_members_do_not_review_requests(client, people, role):
    assert client_for(client, people[role]).get("/network/requests/").status_code == 403


def test_an_address_with_an_account_gets_the_same_answer_and_an_email(
    client, areas, people, mailoutbox, django_capture_on_commit_callbacks
):
    users_before = User.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/network/join/person/", person_form(areas["member"], email="MEMBER@example.org")
        )
    assert response.status_code == 302 and response.url == "/network/join/sent/"
    assert User.objects.count() == users_before
    assert "already has an account" in mailoutbox[0].body


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"password2": "something-else-entirely"}, "password2", "The two passwords do not match."),
        ({"password1": "short", "password2": "short"}, "password1", "too short"),
        ({"consent": ""}, "consent", "This field is required."),
        ({"area": "999999"}, "area", "Select a valid choice."),
        ({"roles": []}, "roles", "This field is required."),
    ],
)
def test_bad_join_requests_show_errors_next_to_the_field_and_save_nothing(
    client, areas, overrides, field, message
):
    users_before = User.objects.count()
    response = client.post("/network/join/person/", person_form(areas["member"], **overrides))
    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert f'id="id_{field}_error"' in response.content.decode()
    assert User.objects.count() == users_before


def test_the_roles_are_a_group_of_checkboxes_named_by_a_legend(client, areas):
    html = client.get("/network/join/person/").content.decode()
    assert '<fieldset class="field" aria-describedby="id_roles_helptext">' in html
    assert "<legend>Your roles</legend>" in html
    assert 'for=""' not in html


def test_only_areas_in_the_network_can_be_chosen(client, areas):
    response = client.post("/network/join/person/", person_form(areas["left"]))
    assert "area" in response.context["form"].errors


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        signing.dumps({"u": 1, "e": "x@y.z"}, salt="other"),
        signing.dumps([1], salt=VERIFY_SALT),
    ],
)
def test_bad_or_tampered_verification_links_are_refused(client, token):
    for method in (client.get, client.post):
        response = method(f"/accounts/verify/{token}/")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()


def test_expired_verification_links_are_refused(client, people, settings):
    person = people["applicant"]
    User.objects.filter(pk=person.pk).update(email_verified_at=None)
    token = signing.dumps({"u": person.pk, "e": person.email}, salt=VERIFY_SALT)
    from unittest import mock

    with mock.patch("django.core.signing.time.time", return_value=10**11):
        response = client.post(f"/accounts/verify/{token}/", {"password": "correct-horse-battery"})
    assert response.status_code == 400
    assert User.objects.get(pk=person.pk).email_verified_at is None


def area_form(**overrides):
    return {
        "organisation_name": "Northfold Council",
        "kind": "local-authority",
        "region": "north-east",
        "applicant_name": "Dana Hughes",
        "applicant_job_title": "Director of children's services",
        "applicant_email": "dana.hughes@northfold.example.org",
        "phone": "",
        "roth_stage": "piloting",
        "roth_detail": "We started a pilot in spring.",
        "spoc_name": "Lee Park",
        "spoc_email": "lee.park@northfold.example.org",
        "consent": "on",
        **overrides,
    }


def test_area_applies_and_a_network_administrator_approves_it(
    client, people, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/network/join/area/", area_form())
    assert response.status_code == 302
    application = AreaApplication.objects.get()
    assert {tuple(m.to) for m in mailoutbox} == {
        ("dana.hughes@northfold.example.org",),
        ("network-admin@example.org",),
    }

    staff = client_for(client, people["network_admin"])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            f"/admin/network/areaapplication/{application.pk}/decide/", {"decision": "approve"}
        )
    assert response.status_code == 302
    area = LocalArea.objects.get(name="Northfold Council")
    assert area.network_status == "member" and area.member_since is not None
    lead = User.objects.get(email="dana.hughes@northfold.example.org")
    contact = User.objects.get(email="lee.park@northfold.example.org")
    assert lead.membership.role_codes() == {"senior-lead"}
    assert contact.membership.role_codes() == {"spoc"}
    assert area.single_point_of_contact == contact
    approved = [m for m in mailoutbox if "has joined the network" in m.subject]
    assert {m.to[0] for m in approved} == {lead.email, contact.email}
    set_password = link_in(approved[0], "/accounts/password-reset/")
    assert client.get(set_password, follow=True).status_code == 200
    assert ModelLogEntry.objects.filter(action="network.area_application.approve").exists()


def test_a_network_administrator_rejects_an_area_with_a_reason(
    client, people, mailoutbox, django_capture_on_commit_callbacks
):
    client.post("/network/join/area/", area_form())
    application = AreaApplication.objects.get()
    staff = client_for(client, people["network_admin"])
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(
            f"/admin/network/areaapplication/{application.pk}/decide/",
            {"decision": "reject", "reason": "Please apply through your partnership."},
        )
    application.refresh_from_db()
    assert application.status == "rejected"
    assert "Please apply through your partnership." in mailoutbox[-1].body
    assert not LocalArea.objects.filter(name="Northfold Council").exists()


def test_an_area_already_in_the_network_cannot_apply_again(client, areas):
    response = client.post(
        "/network/join/area/", area_form(organisation_name="Harrowfield Council")
    )
    assert "already in the network" in str(response.context["form"].errors["organisation_name"])


def test_members_cannot_use_the_staff_decision_views(client, people):
    client_for(client, people["member"])
    assert client.get("/admin/network/areaapplication/1/decide/").status_code in (302, 403)


@pytest.mark.parametrize("value", ["abc", "", "1.5", "-1", "²", "9" * 30, "9" * 5000])
def test_malformed_request_ids_are_not_found_never_an_error(client, spoc, value):
    response = client_for(client, spoc).post("/network/requests/", {"membership": value})
    assert response.status_code == 404


def test_an_over_long_email_address_is_a_form_error(client, areas):
    long_email = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    response = client.post("/network/join/person/", person_form(areas["member"], email=long_email))
    assert "email" in response.context["form"].errors
