"""Session notes for the set's members: list, read and print, download attachments, and
mark one's own actions done."""

import mimetypes
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from network.access import may_write_session_notes, sees_every_space
from network.audience import Audience
from network.community.markdown import render_markdown
from network.community.models import Space
from network.gate import SESSION, SESSION_FILE, SESSIONS, explain_gated, gated_link, refuse_private
from network.learning.forms import ActionFormSet, SessionForm
from network.learning.models import ActionLearningSession, AgreedAction, SessionAttachment

REFUSAL = "Session notes are for the members of the action learning set."


def in_an_action_learning_set(user):
    """Chairs (the Chairs' set) and participants of a named set have session notes, even
    before their set's first session; members' spaces hold discussions only."""
    return Space.objects.visible_to(user).exclude(audience=Audience.MEMBERS).exists()


def session_for(user, session_id):
    """The session (404 when there is none) and whether the user may read its notes."""
    sessions = ActionLearningSession.objects.select_related("space")
    session = get_object_or_404(sessions, pk=session_id)
    return session, sessions.filter(pk=session.pk).visible_to(user).exists()


@gated_link(SESSIONS)
@never_cache
def sessions(request):
    if not sees_every_space(request.user) and not in_an_action_learning_set(request.user):
        return explain_gated(request, SESSIONS)
    found = (
        ActionLearningSession.objects.visible_to(request.user)
        .select_related("space")
        .prefetch_related("themes")
    )
    return TemplateResponse(request, "network/learning/sessions.html", {"sessions": found})


@login_required
@never_cache
def new_session(request):
    """Record a session from the site: for staff facilitators and the set's Chairs."""
    form = SessionForm(request.POST or None, user=request.user)
    actions = ActionFormSet(request.POST or None, prefix="actions")
    if not form.fields["space"].queryset.exists():
        return refuse_private(request, "Only facilitators and the set's Chairs record sessions.")
    if request.method == "POST" and form.is_valid() and actions.is_valid():
        session = record_session(request.user, form.cleaned_data, actions.cleaned_data)
        messages.success(request, "The session notes are saved.")
        return redirect(session.get_absolute_url())
    return TemplateResponse(
        request,
        "network/learning/new_session.html",
        {"form": form, "actions": actions},
        status=400 if request.method == "POST" else 200,
    )


@transaction.atomic
def record_session(user, data, action_rows):
    session = ActionLearningSession.objects.create(
        title=data["title"],
        space=data["space"],
        date=data["date"],
        facilitator=user if may_write_session_notes(user) else None,
        notes=render_markdown(data["notes"]),
    )
    session.attendees.set(data["attendees"])
    session.themes.set(data["themes"])
    session.save()  # parental many-to-many values are written on save
    for order, row in enumerate(row for row in action_rows if row.get("description")):
        AgreedAction.objects.create(
            session=session,
            sort_order=order,
            description=row["description"],
            owner=row.get("owner"),
            due_date=row.get("due_date"),
        )
    return session


@gated_link(SESSION)
@never_cache
def session(request, session_id):
    session, readable = session_for(request.user, session_id)
    if not readable:
        return explain_gated(request, SESSION, session.space.audience)
    return TemplateResponse(
        request,
        "network/learning/session.html",
        {
            "session": session,
            "actions": session.actions.select_related("owner"),
            "attendees": session.attendees.order_by("last_name"),
            "attachments": session.attachments.all(),
        },
    )


@gated_link(SESSION_FILE)
@never_cache
def attachment(request, session_id, attachment_id):
    session, readable = session_for(request.user, session_id)
    if not readable:
        return explain_gated(request, SESSION_FILE, session.space.audience)
    item = get_object_or_404(SessionAttachment, pk=attachment_id, session=session)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("The file is missing.") from error
    name = Path(item.file.name).name
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=name,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def toggle_action(request, action_id):
    """The owner of an action (or staff) marks it done or open again."""
    action = get_object_or_404(AgreedAction.objects.select_related("session"), pk=action_id)
    sessions = ActionLearningSession.objects.filter(pk=action.session_id)
    if not sessions.visible_to(request.user).exists():
        return refuse_private(request, REFUSAL)
    if not action.may_be_marked_by(request.user):
        return refuse_private(request, "Only the owner of an action can mark it done.")
    action.is_done = request.POST.get("done") == "1"
    action.done_at = timezone.now() if action.is_done else None
    action.save(update_fields=["is_done", "done_at"])
    messages.success(request, "Action marked done." if action.is_done else "Action reopened.")
    next_url = request.POST.get("next", "")
    if next_url in ("/network/", action.session.get_absolute_url()):
        return redirect(next_url)
    return redirect(action.session.get_absolute_url())


def open_actions_for(user):
    """Open actions the user owns, in sessions they may still see, soonest due first."""
    return (
        AgreedAction.objects.filter(
            owner=user, is_done=False, session__in=ActionLearningSession.objects.visible_to(user)
        )
        .select_related("session")
        .order_by("due_date", "pk")
    )
