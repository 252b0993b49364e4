"""Network administrators import local areas and memberships from the CSV the admin exports:
a preview of every row first, nothing saved unless every row is valid, one audit entry."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from network.bulk_import import admin_views as views
from network.bulk_import.areas import AreaImport
from network.models import AuditEvent, LocalArea, Membership
from tests.factories import UserFactory
from tests.network.helpers import client_for
from tests.security.fuzz import FUZZ

pytestmark = pytest.mark.django_db

AREAS = "/admin/network/localarea/"
MEMBERSHIPS = "/admin/network/membership/"
AREA_HEADER = "Name,Kind,Region,Network Status,Member Since,Left On,Members\n"
MEMBERSHIP_HEADER = "User,Email,Area,Region,Roles,Status,Created At\n"


@pytest.fixture
def admin(client, people):
    return client_for(client, people["network_admin"])


def exported(client, listing):
    response = client.get(f"{listing}?export=csv")
    return b"".join(response.streaming_content)


def preview(client, listing, content, name="import.csv"):
    if isinstance(content, str):
        content = content.encode()
    return client.post(f"{listing}import/", {"file": SimpleUploadedFile(name, content, "text/csv")})


def confirm(client, listing, previewed):
    return client.post(f"{listing}import/confirm/", {"payload": previewed.context["payload"]})


def snapshot():
    """Everything an import could change, to show that nothing did."""
    return (
        list(LocalArea.objects.order_by("pk").values()),
        [
            (m.pk, m.user_id, m.area_id, m.status, sorted(m.roles.values_list("code", flat=True)))
            for m in Membership.objects.order_by("pk")
        ],
    )


def outcomes(response):
    return {row.line: row.action for row in response.context["plan"].rows}


def errors(response):
    return {
        (row.line, error.column, error.message)
        for row in response.context["plan"].rows
        for error in row.errors
    }


def form_errors(response):
    return response.context["form"].errors["file"]


# Round trip ---------------------------------------------------------------------------------


@pytest.mark.parametrize("listing", [AREAS, MEMBERSHIPS])
def test_importing_the_export_as_it_is_changes_nothing(admin, listing):
    before = snapshot()
    response = preview(admin, listing, exported(admin, listing))
    assert response.status_code == 200
    counts = response.context["counts"]
    assert counts["unchanged"] == len(response.context["plan"].rows) > 0
    assert confirm(admin, listing, response).status_code == 302
    assert snapshot() == before


# Areas --------------------------------------------------------------------------------------


def test_area_preview_shows_new_areas_and_changed_fields_and_saves_nothing(admin, areas):
    before = snapshot()
    response = preview(
        admin,
        AREAS,
        AREA_HEADER
        + "Northvale Council,local-authority,North East,Member,2026-01-15,-,-\n"
        + "  harrowfield council ,local-authority,london,Left the network,2025-06-01,2026-11-01,2\n"
        + "Wyle Council,local-authority,london,left,2025-06-01,-,1\n",
    )
    assert outcomes(response) == {2: "create", 3: "update", 4: "unchanged"}
    update = response.context["plan"].rows[1]
    assert update.key == "Harrowfield Council"  # matched by name; the name is not changed
    assert [(c.column, c.old, c.new) for c in update.changes] == [
        ("Network Status", "Member", "Left the network"),
        ("Left On", "", "2026-11-01"),
    ]
    html = response.content.decode()
    assert "Member → Left the network" in html and "Confirm the import" in html
    assert snapshot() == before


def test_confirming_an_area_import_saves_every_row_and_logs_who_imported_what(admin, areas, people):
    response = preview(
        admin,
        AREAS,
        AREA_HEADER
        + "Northvale Council,local-authority,north-east,member,2026-01-15,-,-\n"
        + "Harrowfield Council,local-authority,london,left,2025-06-01,2026-11-01,2\n",
        name="areas-2026.csv",
    )
    response = confirm(admin, AREAS, response)
    assert response.status_code == 302 and response["Location"] == AREAS
    new = LocalArea.objects.get(name="Northvale Council")
    assert (new.region, new.network_status, new.member_since) == (
        "north-east",
        "member",
        datetime.date(2026, 1, 15),
    )
    changed = areas["member"]
    changed.refresh_from_db()
    assert (changed.network_status, changed.left_on) == ("left", datetime.date(2026, 11, 1))
    entry = ModelLogEntry.objects.get(action="network.import")
    assert entry.user == people["network_admin"]
    assert entry.data == {"file": "areas-2026.csv", "create": 1, "update": 1, "unchanged": 0}
    assert entry.label == "Local areas from areas-2026.csv: 1 created, 1 updated, 0 unchanged"
    event = AuditEvent.objects.get(action="network.import")  # Reports → Audit log
    assert (event.actor, event.subject) == (people["network_admin"], entry.label)


AREA_ROW_ERRORS = [
    ("Harrowfield Council,borough,london,member,2025-06-01,-,2", "Kind", "“borough” is not one"),
    ("Harrowfield Council,local-authority,Wales,member,2025-06-01,-,2", "Region", "“Wales”"),
    ("Harrowfield Council,local-authority,london,joined,-,-,2", "Network Status", "“joined”"),
    ("Harrowfield Council,local-authority,london,member,01/06/2025,-,2", "Member Since",
     "YYYY-MM-DD"),
    ("Harrowfield Council,local-authority,london,member,2025-02-30,-,2", "Member Since",
     "invalid date"),
    ("Harrowfield Council,local-authority,,member,-,-,2", "Region", "cannot be blank"),
    ("Eastmere Children's Trust,local-authority,north-west,member,2025-06-01,-,1",
     "Name", "Row 2 is about the same area"),
    ("Harrowfield Council,local-authority,london", "", "This row has 3 values"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "column", "message"), AREA_ROW_ERRORS)
def test_an_invalid_area_row_is_shown_with_its_row_and_nothing_is_saved(
    admin, areas, row, column, message
):
    before = snapshot()
    content = (
        AREA_HEADER
        + "Eastmere Children's Trust,local-authority,north-west,left,2025-06-01,-,1\n"
        + "Northvale Council,local-authority,north-east,member,2026-01-15,-,-\n"
        + row
        + "\n"
    )
    response = preview(admin, AREAS, content)
    assert outcomes(response)[4] == "invalid"
    assert [(line, col) for line, col, text in errors(response) if message in text] == [(4, column)]
    html = response.content.decode()
    assert 'href="#row-4"' in html and 'id="row-4"' in html
    assert "Confirm the import" not in html and not response.context["payload"]
    assert snapshot() == before


# Memberships --------------------------------------------------------------------------------


def test_a_verified_person_without_a_membership_gets_an_approved_one(admin, people, areas):
    person = people["registered"]
    response = preview(
        admin,
        MEMBERSHIPS,
        MEMBERSHIP_HEADER
        + f",{person.email.upper()},eastmere children's trust,-,"
        + "ROTH conference chair; Practitioner,Approved,\n",
    )
    assert outcomes(response) == {2: "create"}
    changes = response.context["plan"].rows[0].changes
    assert [(c.column, c.new) for c in changes] == [
        ("Area", "Eastmere Children's Trust"),
        ("Roles", "Practitioner, ROTH conference Chair"),
        ("Status", "Approved"),
    ]
    confirm(admin, MEMBERSHIPS, response)
    membership = Membership.objects.get(user=person)
    assert (membership.area, membership.status, membership.decided_by) == (
        areas["other"],
        "approved",
        people["network_admin"],
    )
    assert membership.role_codes() == {"chair", "practitioner"}


def test_area_roles_and_status_of_an_existing_membership_are_updated(admin, people, areas):
    member = people["member"]
    response = preview(
        admin,
        MEMBERSHIPS,
        MEMBERSHIP_HEADER + f"Sam,{member.email},Eastmere Children's Trust,London,"
        '"Practitioner, Practice champion",suspended,2026-01-01\n',
    )
    changes = response.context["plan"].rows[0].changes
    assert [(c.column, c.old, c.new) for c in changes] == [
        ("Area", "Harrowfield Council", "Eastmere Children's Trust"),
        ("Roles", "Practitioner", "Practitioner, Practice champion"),
        ("Status", "Approved", "Suspended"),
    ]
    confirm(admin, MEMBERSHIPS, response)
    membership = Membership.objects.get(user=member)
    assert (membership.area, membership.status) == (areas["other"], "suspended")
    assert membership.role_codes() == {"practitioner", "practice-champion"}
    # The status changed as on the membership's Change page, with its own log entry.
    status = ModelLogEntry.objects.get(action="network.membership.status")
    assert status.data["to"] == "suspended" and status.user == people["network_admin"]
    assert ModelLogEntry.objects.get(action="network.import").data["update"] == 1


def test_approving_a_request_to_join_by_import_decides_it_as_the_decide_page_does(
    admin, people, mailoutbox, django_capture_on_commit_callbacks
):
    applicant = people["applicant"]
    response = preview(
        admin,
        MEMBERSHIPS,
        MEMBERSHIP_HEADER + f",{applicant.email},Harrowfield Council,,Practitioner,approved,\n",
    )
    with django_capture_on_commit_callbacks(execute=True):
        confirm(admin, MEMBERSHIPS, response)
    assert Membership.objects.get(user=applicant).status == "approved"
    assert (
        ModelLogEntry.objects.get(action="network.membership.approve").user
        == (people["network_admin"])
    )
    assert [message.to for message in mailoutbox] == [[applicant.email]]
    assert "approved" in mailoutbox[0].body


def membership_rows(people):
    """Rows for the row-error tests: a valid one first, the invalid row on line 3."""
    return {
        "valid": f",{people['member'].email},Harrowfield Council,,Practitioner,suspended,\n",
        "unknown email": ",nobody@example.org,Harrowfield Council,,Practitioner,approved,\n",
        "unverified email": f",{UserFactory(email_verified_at=None).email},Harrowfield Council,,"
        "Practitioner,approved,\n",
        "unknown area": f",{people['registered'].email},Atlantis Council,,,approved,\n",
        "unknown role": f",{people['registered'].email},Harrowfield Council,,Mayor,approved,\n",
        "bad status": f",{people['registered'].email},Harrowfield Council,,,joined,\n",
        "new not approved": f",{people['registered'].email},Harrowfield Council,,,applied,\n",
        "request rejected": f",{people['applicant'].email},Harrowfield Council,,,rejected,\n",
        "duplicate": f",{people['member'].email.upper()},Harrowfield Council,,,approved,\n",
    }


MEMBERSHIP_ROW_ERRORS = {
    "unknown email": ("Email", "No account with a verified email address “nobody@example.org”"),
    "unverified email": ("Email", "No account with a verified email address"),
    "unknown area": ("Area", "No local area is named “Atlantis Council”"),
    "unknown role": ("Roles", "No role is named “Mayor”"),
    "bad status": ("Status", "“joined” is not one of"),
    "new not approved": ("Status", "A new membership must be Approved"),
    "request rejected": ("Status", "reject it on its Decide page"),
    "duplicate": ("Email", "Row 2 is about the same person"),
}


@pytest.mark.parametrize(("case", "expected"), MEMBERSHIP_ROW_ERRORS.items())
def test_an_invalid_membership_row_is_shown_with_its_row_and_nothing_is_saved(
    admin, people, case, expected
):
    rows = membership_rows(people)
    before = snapshot()
    response = preview(admin, MEMBERSHIPS, MEMBERSHIP_HEADER + rows["valid"] + rows[case])
    assert outcomes(response) == {2: "update", 3: "invalid"}
    column, message = expected
    assert [(line, col) for line, col, text in errors(response) if message in text] == [(3, column)]
    assert "Confirm the import" not in response.content.decode()
    assert not response.context["payload"]
    assert snapshot() == before


# The file -----------------------------------------------------------------------------------

FILE_ERRORS = [
    ("missing column", b"Name,Kind,Region,Member Since,Left On\nX,,,,\n",
     "no column for: Network Status"),
    ("unknown column", AREA_HEADER.replace("Members", "Notes").encode() + b"X,,,,,,\n",
     "does not know: “Notes”"),
    ("two columns alike", AREA_HEADER.replace("Members", "Name").encode() + b"X,,,,,,\n",
     "two “Name” columns"),
    ("wrong encoding", AREA_HEADER.encode() + "Zoë Council,,,,,,\n".encode("latin-1"),
     "not UTF-8 text"),
    ("header only", AREA_HEADER.encode(), "no rows to import"),
    ("not text", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8"),
    ("empty", b"", "The submitted file is empty."),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "message"), FILE_ERRORS)
def test_a_file_the_import_cannot_read_is_refused_next_to_the_field(
    admin, areas, case, content, message
):
    before = snapshot()
    response = preview(admin, AREAS, content)
    assert response.status_code == 200
    assert any(message in error for error in form_errors(response)), form_errors(response)
    assert snapshot() == before


def test_a_file_over_the_size_limit_is_refused(admin, areas, monkeypatch):
    monkeypatch.setattr("network.bulk_import.csv_file.MAX_BYTES", 100)
    response = preview(admin, AREAS, AREA_HEADER + "Northvale Council," * 10)
    assert any("larger than" in error for error in form_errors(response))


def test_a_file_with_too_many_rows_is_refused(admin, areas, monkeypatch):
    monkeypatch.setattr("network.bulk_import.csv_file.MAX_ROWS", 1)
    row = "Northvale Council,local-authority,north-east,member,-,-,-\n"
    response = preview(admin, AREAS, AREA_HEADER + row + row.replace("Northvale", "Southvale"))
    assert any("more than 1 rows" in error for error in form_errors(response))


def test_a_byte_order_mark_and_headings_in_another_case_are_accepted(admin, areas):
    content = (
        "\ufeff" + AREA_HEADER.lower() + "Wyle Council,local-authority,london,left,2025-06-01,-,1\n"
    )
    response = preview(admin, AREAS, content.encode())
    assert outcomes(response) == {2: "unchanged"}


def test_a_missing_file_is_a_form_error(admin, areas):
    response = admin.post(f"{AREAS}import/", {})
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == ["This field is required."]


# Confirming ---------------------------------------------------------------------------------


def test_confirm_checks_again_and_saves_nothing_if_a_row_became_invalid(admin, people):
    person = people["registered"]
    response = preview(
        admin,
        MEMBERSHIPS,
        MEMBERSHIP_HEADER
        + f",{people['member'].email},Harrowfield Council,,Practitioner,suspended,\n"
        + f",{person.email},Harrowfield Council,,Practitioner,approved,\n",
    )
    assert response.context["plan"].is_valid
    person.email_verified_at = None
    person.save()
    before = snapshot()
    response = confirm(admin, MEMBERSHIPS, response)
    assert response.status_code == 200
    assert outcomes(response) == {2: "update", 3: "invalid"}
    assert "nothing was saved" in response.content.decode()
    assert snapshot() == before
    assert not ModelLogEntry.objects.filter(action="network.import").exists()


def test_confirm_shows_the_new_plan_if_the_data_changed_since_the_preview(admin, areas):
    response = preview(
        admin, AREAS, AREA_HEADER + "Wyle Council,local-authority,london,left,2025-06-01,-,1\n"
    )
    LocalArea.objects.filter(name="Wyle Council").update(network_status="member")
    response = confirm(admin, AREAS, response)
    assert response.status_code == 200 and outcomes(response) == {2: "update"}
    assert LocalArea.objects.get(name="Wyle Council").network_status == "member"
    assert confirm(admin, AREAS, response).status_code == 302  # the new preview can be confirmed
    assert LocalArea.objects.get(name="Wyle Council").network_status == "left"


def test_a_failure_part_way_through_saving_saves_nothing(admin, areas, monkeypatch):
    response = preview(
        admin,
        AREAS,
        AREA_HEADER
        + "Northvale Council,local-authority,north-east,member,-,-,-\n"
        + "Southvale Council,local-authority,south-east,member,-,-,-\n",
    )
    saved = []

    def save_then_fail(self, row, user):
        if saved:
            raise RuntimeError("the database went away")
        row.target.save()
        saved.append(row.key)

    monkeypatch.setattr(AreaImport, "apply_row", save_then_fail)
    with pytest.raises(RuntimeError):
        confirm(admin, AREAS, response)
    assert saved == ["Northvale Council"]
    assert not LocalArea.objects.filter(name__endswith="vale Council").exists()
    assert not ModelLogEntry.objects.filter(action="network.import").exists()


@pytest.mark.parametrize(
    ("listing", "header", "row"),
    [
        (AREAS, AREA_HEADER, lambda n: f"Area {n},local-authority,london,member,-,-,-\n"),
        (
            MEMBERSHIPS,
            MEMBERSHIP_HEADER,
            lambda n: f",{UserFactory().email},Harrowfield Council,,Practitioner,approved,\n",
        ),
    ],
)
def test_planning_looks_up_in_a_few_queries_whatever_the_number_of_rows(
    admin, areas, listing, header, row
):
    content = header + "".join(row(n) for n in range(20))
    with CaptureQueriesContext(connection) as queries:
        response = preview(admin, listing, content)
    assert response.context["counts"]["create"] == 20
    assert len(queries) < 20


# Refused or malformed requests --------------------------------------------------------------


def test_confirm_without_a_valid_preview_is_refused_and_saves_nothing(
    admin, client, people, monkeypatch
):
    valid = preview(
        admin, AREAS, AREA_HEADER + "Northvale Council,local-authority,north-east,member,-,-,-\n"
    )
    payload = valid.context["payload"]
    refused = [
        {},
        {"payload": ""},
        {"payload": "not-signed"},
        {"payload": payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB")},
    ]
    for data in refused:
        response = admin.post(f"{AREAS}import/confirm/", data)
        assert response.status_code == 400, data
        assert views.STALE_PREVIEW in response.content.decode()
    # a preview of areas does not confirm memberships
    assert admin.post(f"{MEMBERSHIPS}import/confirm/", {"payload": payload}).status_code == 400
    monkeypatch.setattr(views, "PREVIEW_MAX_AGE", -1)  # expired
    assert admin.post(f"{AREAS}import/confirm/", {"payload": payload}).status_code == 400
    monkeypatch.undo()
    # someone else's preview
    other = UserFactory()
    other.groups.add(*people["network_admin"].groups.all())
    response = client_for(client, other).post(f"{AREAS}import/confirm/", {"payload": payload})
    assert response.status_code == 400
    assert not LocalArea.objects.filter(name="Northvale Council").exists()


@pytest.mark.parametrize("listing", [AREAS, MEMBERSHIPS])
def test_confirm_answers_only_posts(admin, listing):
    assert admin.get(f"{listing}import/confirm/").status_code == 405


@pytest.mark.parametrize("role", ["editor", "moderator", "data_protection"])
@pytest.mark.parametrize("url", [f"{AREAS}import/", f"{MEMBERSHIPS}import/confirm/"])
def test_staff_without_the_permissions_are_refused(client, people, role, url):
    response = client_for(client, people[role]).post(url, {})
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_area_import_needs_adding_and_changing_areas(client, people, areas):
    # Someone who may change areas but not add them may not import them.
    person = UserFactory(is_staff=True)
    person.user_permissions.add(
        *people["network_admin"].groups.get().permissions.exclude(codename="add_localarea")
    )
    client = client_for(client, person)
    assert "Import from CSV" not in client.get(AREAS).content.decode()
    assert client.get(f"{AREAS}import/")["Location"] == "/admin/"
    assert "Import from CSV" in client.get(MEMBERSHIPS).content.decode()


@pytest.mark.parametrize("listing", [AREAS, MEMBERSHIPS])
def test_the_list_links_to_the_import_for_network_administrators(admin, listing):
    html = admin.get(listing).content.decode()
    assert f'href="{listing}import/"' in html and "Import from CSV" in html


@FUZZ
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_uploaded_bytes_get_an_answer_not_an_error_and_save_nothing(admin, areas, content):
    before = snapshot()
    response = preview(admin, AREAS, AREA_HEADER.encode() + content)
    assert response.status_code == 200
    assert snapshot() == before
