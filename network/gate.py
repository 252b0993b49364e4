"""What outsiders get instead of gated content: a teaser, a sign-in prompt or a 403."""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from network.access import is_signed_in


def refuse_page(page, request):
    """Anonymous visitors: the teaser (200) or a sign-in redirect when the teaser is off.
    Signed-in people without access: the same explanation with 403."""
    signed_in = is_signed_in(request.user)
    if not signed_in and not page.show_teaser:
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(
        request,
        "network/gated_page.html",
        {"page": page, "show_teaser": page.show_teaser, "signed_in": signed_in},
        status=403 if signed_in else 200,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def refuse_private(request, message="This is only for members of the network."):
    """For content that shows outsiders nothing at all: sign in, or 403 once signed in."""
    if not is_signed_in(request.user):
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(request, "network/forbidden.html", {"message": message}, status=403)
    patch_cache_control(response, private=True, no_store=True)
    return response
