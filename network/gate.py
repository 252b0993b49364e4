"""What outsiders get instead of gated content: a teaser, an explanation, sign-in or a 403.

Links to gated things (a thread, a post, session notes, the directory, a document) are shared
by email and chat, so whoever follows one is told what kind of thing it is, who it is for, how
to sign in and how their area can join: never its title or any of its content. Anonymous
visitors get that explanation before anything is looked up, so a link to something that does
not exist looks the same as one to something that does.
"""

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from network.access import is_network_member, is_signed_in
from network.audience import Audience

WAITING = "waiting"  # a discussion or post waiting for a moderator, refused to other members
FOR_WHOM = {
    Audience.MEMBERS: "This is for members of the network.",
    Audience.CHAIRS: "This is for ROTH conference Chairs in the network.",
    Audience.SET: "This is for the people in one action learning set.",
    Audience.STAFF: "This is for programme staff.",
    Audience.CONTRIBUTORS: "This is for programme staff and the area that shared it.",
    WAITING: "This is waiting for a moderator to approve it.",
}


@dataclass(frozen=True)
class Gated:
    """A kind of gated thing, described without anything of any one of them."""

    heading: str
    about: str
    audience: str  # who it is for, as far as can be said without looking it up


_DISCUSSIONS_ABOUT = (
    "Practitioners and managers from the areas in the Contextual Safeguarding Local Area "
    "Interest Network talk about practice with each other here. Some discussions are for ROTH "
    "conference Chairs only."
)
_SESSIONS_ABOUT = (
    "ROTH conference Chairs from the areas in the network meet in action learning sets. The "
    "notes of their sessions, and the files that go with them, are for the members of the set."
)
DISCUSSIONS = Gated("The network's peer-support discussions", _DISCUSSIONS_ABOUT, Audience.MEMBERS)
DISCUSSION = Gated(
    "A discussion in the network's peer-support space", _DISCUSSIONS_ABOUT, Audience.MEMBERS
)
POST = Gated(
    "A post in a discussion in the network's peer-support space",
    _DISCUSSIONS_ABOUT,
    Audience.MEMBERS,
)
SESSIONS = Gated("Notes of the Chairs' action learning sessions", _SESSIONS_ABOUT, Audience.CHAIRS)
SESSION = Gated("Notes of a Chairs' action learning session", _SESSIONS_ABOUT, Audience.CHAIRS)
SESSION_FILE = Gated(
    "A file from a Chairs' action learning session", _SESSIONS_ABOUT, Audience.CHAIRS
)
DIRECTORY = Gated(
    "The member directory",
    "Members of the network find each other here: the people from member areas who chose to "
    "be listed, with their roles and areas.",
    Audience.MEMBERS,
)
DOCUMENT = Gated(
    "A document for the network",
    "The programme keeps some documents for the areas in the Contextual Safeguarding Local "
    "Area Interest Network, a few of them for ROTH conference Chairs only.",
    Audience.MEMBERS,
)


def private_and_unindexed(response):
    """Never stored by a shared cache (the page cache included) nor listed by search engines."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def explain_gated(request, gated, audience=None):
    """What this kind of thing is and how to get in: 200 for anonymous visitors, 403 for
    signed-in people. `audience` says who this one is for, once it has been looked up for a
    signed-in person; anonymous visitors are only ever told the kind's own audience."""
    signed_in = is_signed_in(request.user)
    if not signed_in or audience is None:
        audience = gated.audience  # anonymous visitors learn nothing of this one
    context = {
        "gated": gated,
        "audience": audience,
        "for_whom": FOR_WHOM[audience],
        "signed_in": signed_in,
        "is_member": is_network_member(request.user),
    }
    status = 403 if signed_in else 200
    response = TemplateResponse(request, "network/gated_link.html", context, status=status)
    return private_and_unindexed(response)


def gated_link(gated):
    """A view decorator: anonymous visitors get the explanation of `gated` for a GET, and go to
    sign in for anything else, before the view looks anything up. The view runs for signed-in
    people only, and refuses them with `explain_gated`."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if is_signed_in(request.user):
                return view(request, *args, **kwargs)
            if request.method in ("GET", "HEAD"):
                return explain_gated(request, gated)
            return redirect_to_login(request.get_full_path())

        return wrapped

    return decorate


def refuse_page(page, request):
    """Anonymous visitors: the teaser (200) or a sign-in redirect when the teaser is off.
    Signed-in people without access: the same explanation with 403."""
    signed_in = is_signed_in(request.user)
    if not signed_in and not page.show_teaser:
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(
        request,
        "network/gated_page.html",
        {
            "page": page,
            "show_teaser": page.show_teaser,
            "audience": page.access,
            "for_whom": FOR_WHOM[page.access],
            "signed_in": signed_in,
            "is_member": is_network_member(request.user),
        },
        status=403 if signed_in else 200,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def refuse_private(request, message="This is only for members of the network."):
    """For actions (forms and POSTs) outsiders may not take: sign in, or 403 once signed in."""
    if not is_signed_in(request.user):
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(request, "network/forbidden.html", {"message": message}, status=403)
    patch_cache_control(response, private=True, no_store=True)
    return response
