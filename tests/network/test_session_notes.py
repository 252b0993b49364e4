"""Action learning session notes: who sees them, attachments, and actions on the dashboard."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from network.audience import Audience
from network.community.models import Space
from network.learning.models import ActionLearningSession, AgreedAction, SessionAttachment
from tests.network.helpers import client_for, make_member
from tests.uploads import DOCX, EXE, HTML, PDF, SVG, field_errors, stored_files

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "role, expected, reads",
    [
        ("anonymous", 200, False),  # what session notes are, and how to sign in
        ("registered", 403, False),
        ("applicant", 403, False),
        ("member", 403, False),
        ("left_area_member", 403, False),
        ("chair", 200, True),
        ("spoc", 403, False),
        ("staff", 200, True),  # the Editor, who facilitates
        ("moderator", 200, True),  # moderates the set's space
        ("network_admin", 200, True),  # sees all network content
        ("data_protection", 403, False),
    ],
)
def test_session_notes_are_for_the_sets_members_and_staff_only(
    client, people, session, role, expected, reads
):
    client_for(client, people[role])
    response = client.get(session.get_absolute_url())
    assert response.status_code == expected
    attachment = session.attachments.get()
    download = client.get(f"/network/sessions/{session.pk}/attachments/{attachment.pk}/")
    assert download.status_code == expected
    if reads:
        assert "CHAIRS-ONLY NOTES" in response.content.decode()
        assert b"".join(download.streaming_content) == b"%PDF agenda"
        assert download["Content-Disposition"].startswith("attachment")
        assert download["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in download["Cache-Control"]
    else:
        assert "CHAIRS-ONLY NOTES" not in response.content.decode()


def test_a_chair_whose_set_has_no_sessions_yet_gets_an_empty_list_not_a_refusal(client, people):
    client_for(client, people["chair"])
    response = client.get("/network/sessions/")
    assert response.status_code == 200
    assert response.templates[0].name == "network/learning/sessions.html"


def test_a_sets_own_space_limits_its_notes_to_its_participants(client, people, areas):
    action_set = Space.objects.create(name="Set B", audience=Audience.SET)
    insider = make_member(areas["other"], roles=("chair",), email="insider@example.org")
    action_set.participants.add(insider)
    notes = ActionLearningSession.objects.create(
        title="Set B session", space=action_set, notes="<p>SET-B NOTES</p>"
    )
    client_for(client, insider)
    assert client.get(notes.get_absolute_url()).status_code == 200
    client_for(client, people["chair"])  # a Chair, but not in this set
    assert client.get(notes.get_absolute_url()).status_code == 403
    assert "Set B session" not in client.get("/network/sessions/").content.decode()


def test_the_chairs_dashboard_lists_their_open_actions_across_sessions(
    client, people, session, network_home
):
    client_for(client, people["chair"])
    dashboard = client.get("/network/").content.decode()
    assert "Trial the one-page agenda" in dashboard
    assert "overdue" in dashboard
    assert "Share the decision log template" not in dashboard  # done


def test_only_the_owner_or_staff_marks_an_action_done(client, people, session, areas, network_home):
    action = session.actions.get(description="Trial the one-page agenda")
    other_chair = make_member(areas["member"], roles=("chair",), email="other.chair@example.org")
    client_for(client, other_chair)
    response = client.post(f"/network/sessions/actions/{action.pk}/", {"done": "1"})
    assert response.status_code == 403
    action.refresh_from_db()
    assert not action.is_done
    client_for(client, people["chair"])
    response = client.post(
        f"/network/sessions/actions/{action.pk}/", {"done": "1", "next": "/network/"}
    )
    assert response["Location"] == "/network/"
    action.refresh_from_db()
    assert action.is_done and action.done_at is not None
    dashboard = client.get("/network/").content.decode()
    assert "Your open actions" in dashboard
    assert "Trial the one-page agenda" not in dashboard
    client.post(f"/network/sessions/actions/{action.pk}/", {"done": "0", "next": "//evil"})
    action.refresh_from_db()
    assert not action.is_done


def test_session_notes_print_cleanly(client, people, session):
    client_for(client, people["chair"])
    html = client.get(session.get_absolute_url()).content.decode()
    assert 'media="print"' in html and "data-print" in html
    assert "Agreed actions" in html and "Overdue" in html


def test_facilitators_write_notes_in_the_admin(client, people, session):
    client_for(client, people["staff"])
    assert client.get("/admin/snippets/network/actionlearningsession/").status_code == 200
    edit = client.get(f"/admin/snippets/network/actionlearningsession/edit/{session.pk}/")
    assert edit.status_code == 200
    assert "Agreed actions" in edit.content.decode()


def test_demo_has_threads_in_each_space_and_two_sessions_with_actions(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from network.community.models import Thread

    for slug in ("peer-support", "chairs-action-learning"):
        assert Thread.objects.filter(space__slug=slug, reply_count__gte=2).exists()
    assert ActionLearningSession.objects.count() == 2
    chair_actions = AgreedAction.objects.filter(owner__email="chair@example.org", is_done=False)
    assert chair_actions.count() >= 2
    from network.models import User

    client.force_login(User.objects.get(email="chair@example.org"))
    dashboard = client.get("/network/").content.decode()
    assert chair_actions.first().description in dashboard
    count = Thread.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Thread.objects.count() == count


def session_form(people, **overrides):
    data = {
        "title": "Session 4: recording decisions",
        "space": Space.objects.get(slug="chairs-action-learning").pk,
        "date": "2026-11-20",
        "attendees": [people["chair"].pk],
        "notes": "We compared **decision logs**.<script>alert(1)</script>",
        "actions-TOTAL_FORMS": "3",
        "actions-INITIAL_FORMS": "0",
        "actions-0-description": "Pilot a decision log at two conferences",
        "actions-0-owner": people["chair"].pk,
        "actions-0-due_date": "2027-01-15",
        "actions-1-description": "",
        "actions-2-description": "",
    }
    return {**data, **overrides}


def test_a_chair_records_a_session_whose_actions_reach_their_dashboard(
    client, people, network_home
):
    client_for(client, people["chair"])
    assert client.get("/network/sessions/new/").status_code == 200
    response = client.post("/network/sessions/new/", session_form(people))
    session = ActionLearningSession.objects.get(title="Session 4: recording decisions")
    assert response.status_code == 302 and response["Location"] == session.get_absolute_url()
    assert "<strong>decision logs</strong>" in session.notes
    assert "<script" not in session.notes
    assert list(session.attendees.all()) == [people["chair"]]
    assert session.facilitator is None
    [action] = session.actions.all()
    assert action.owner == people["chair"]
    assert "Pilot a decision log at two conferences" in client.get("/network/").content.decode()


def test_recording_a_session_shows_errors_and_saves_nothing(client, people):
    client_for(client, people["chair"])
    response = client.post(
        "/network/sessions/new/",
        session_form(people, title="", **{"actions-1-owner": people["chair"].pk}),
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "This field is required." in content
    assert "Describe the action, or leave the whole row empty." in content
    assert not ActionLearningSession.objects.exists()


@pytest.mark.parametrize("role", ["member", "moderator", "network_admin", "data_protection"])
def test_only_chairs_and_facilitators_record_sessions(client, people, role):
    client_for(client, people[role])
    assert client.get("/network/sessions/new/").status_code == 403
    client.post("/network/sessions/new/", session_form(people))
    assert not ActionLearningSession.objects.exists()


def test_moderators_read_session_notes_but_do_not_write_them_in_the_admin(client, people, session):
    client_for(client, people["moderator"])
    assert client.get(session.get_absolute_url()).status_code == 200
    refused = client.get("/admin/snippets/network/actionlearningsession/")
    assert refused.status_code in (302, 403)
    action = session.actions.first()
    client.post(f"/network/sessions/actions/{action.pk}/", {"done": "1"})
    action.refresh_from_db()
    assert not action.is_done


def admin_session_form(attachments):
    return nested_form_data(
        {
            "title": "Session 5: plans for places",
            "space": Space.objects.get(slug="chairs-action-learning").pk,
            "date": "2026-11-27",
            "notes": rich_text("<p>We compared safety plans.</p>"),
            "actions": inline_formset([]),
            "attachments": inline_formset(
                [{"title": title, "file": file} for title, file in attachments.items()]
            ),
        }
    )


ADD_SESSION = "/admin/snippets/network/actionlearningsession/add/"


def test_facilitators_attach_real_documents_stored_under_safe_names(client, people, media_root):
    client_for(client, people["staff"])
    form = admin_session_form(
        {
            "Agenda": SimpleUploadedFile("Agenda (final).PDF", PDF),
            "Plan template": SimpleUploadedFile("plan template.docx", DOCX),
        }
    )
    response = client.post(ADD_SESSION, form)
    assert response.status_code == 302, field_errors(
        response.content.decode(), "id_attachments-0-file"
    )
    names = sorted(item.file.name for item in SessionAttachment.objects.all())
    year = timezone.localdate().year
    assert names == [
        f"session-notes/{year}/agenda-final.pdf",
        f"session-notes/{year}/plan-template.docx",
    ]
    assert len(stored_files(media_root)) == 2


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("setup.exe", EXE, ".exe files are not accepted."),
        ("logo.svg", SVG, ".svg files are not accepted."),
        ("agenda.html", HTML, ".html files are not accepted."),
        ("agenda.pdf", HTML, "This file is not really a .pdf file"),
        ("agenda.docx", PDF, "This file is not really a .docx file"),
    ],
)
def test_unsafe_or_disguised_attachments_are_refused_next_to_the_field(
    client, people, media_root, name, content, message
):
    client_for(client, people["staff"])
    response = client.post(
        ADD_SESSION, admin_session_form({"Agenda": SimpleUploadedFile(name, content)})
    )
    assert response.status_code == 200
    errors = field_errors(response.content.decode(), "id_attachments-0-file")
    assert message in errors and "PDF, Word (.docx, .doc)" in errors
    assert not ActionLearningSession.objects.exists()
    assert not SessionAttachment.objects.exists()
    assert stored_files(media_root) == []


def test_an_attachment_over_the_size_limit_is_refused_naming_the_limit(
    client, people, media_root, settings
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 500
    client_for(client, people["staff"])
    response = client.post(
        ADD_SESSION, admin_session_form({"Agenda": SimpleUploadedFile("agenda.pdf", PDF)})
    )
    errors = field_errors(response.content.decode(), "id_attachments-0-file")
    size = filesizeformat(len(PDF)).replace("\xa0", " ")
    assert f"This file is {size}; the limit is 500 bytes." in errors
    assert not SessionAttachment.objects.exists()
    assert stored_files(media_root) == []


def test_editing_notes_does_not_recheck_an_attachment_already_stored(client, people, session):
    stored = session.attachments.get()  # "%PDF agenda": stored before content checks existed
    client_for(client, people["staff"])
    form = admin_session_form({})
    form.update(
        {
            "title": "Session 2, revised",
            "attachments-TOTAL_FORMS": "1",
            "attachments-INITIAL_FORMS": "1",
            "attachments-0-id": str(stored.pk),
            "attachments-0-title": stored.title,
            "attachments-0-ORDER": "0",
            "attachments-0-DELETE": "",
        }
    )
    edit = f"/admin/snippets/network/actionlearningsession/edit/{session.pk}/"
    response = client.post(edit, form)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.title == "Session 2, revised"
    assert session.attachments.get().file.name == stored.file.name
