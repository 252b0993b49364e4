"""The two-factor pages: set up an authenticator app, give a code after the password, see new
recovery codes once, and make new ones (network/two_factor.py has the rules)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from home import limits
from network import two_factor


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=32,
        help_text="The 6-digit code your authenticator app shows now, or one of your "
        "12-digit recovery codes.",
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
                "autocapitalize": "off",
            }
        ),
    )

    def __init__(self, *args, label=None, help_text=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["code"].label = label
        if help_text:
            self.fields["code"].help_text = help_text

    def clean_code(self):
        code = two_factor.normalise(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError("Enter a code.")
        return code


def next_url(request):
    """The ?next= address (form or query), if it is on this site; else the default."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return settings.LOGIN_REDIRECT_URL


def render_code_page(request, template, context, outcome=None):
    """The page, answered 429 with Retry-After when the code was refused for too many tries."""
    response = render(request, template, context)
    return limits.refuse(response, outcome.verdict if outcome else limits.Verdict(True))


def add_error(form, outcome):
    form.add_error("code", outcome.message)


@login_required
@never_cache
def verify(request):
    """After the password: a code from the authenticator app, or a recovery code."""
    user, go_on = request.user, next_url(request)
    if not two_factor.needs_second_factor(user) or two_factor.is_verified(user):
        return redirect(go_on)
    if two_factor.app_device(user) is None:
        return redirect_to_login(go_on, reverse("network:two_factor_setup"))
    form = CodeForm(request.POST or None)
    outcome = None
    if request.method == "POST" and form.is_valid():
        outcome = two_factor.sign_in_with_code(request, form.cleaned_data["code"])
        if outcome.accepted:
            return redirect(go_on)
        add_error(form, outcome)
    context = {"form": form, "next": go_on}
    return render_code_page(request, "network/two_factor/verify.html", context, outcome)


@login_required
@never_cache
def setup(request):
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code."""
    user, go_on = request.user, next_url(request)
    if not two_factor.needs_second_factor(user):
        return redirect(go_on)
    if two_factor.app_device(user) is not None:
        if two_factor.is_verified(user):
            return redirect(go_on)
        return redirect_to_login(go_on, reverse("network:two_factor"))
    device = two_factor.start_setup(user)
    form = CodeForm(
        request.POST or None,
        label="Code from your app",
        help_text="The 6-digit code your app shows for Planning for Safety.",
    )
    outcome = None
    if request.method == "POST" and form.is_valid():
        outcome, codes = two_factor.finish_setup(request, device, form.cleaned_data["code"])
        if outcome.accepted:
            return show_new_codes(request, codes, go_on)
        add_error(form, outcome)
    context = {
        "form": form,
        "next": go_on,
        "qr_code": two_factor.qr_code_svg(device),
        "key": two_factor.key_for_people(device),
        "issuer": settings.OTP_TOTP_ISSUER,
        "email": user.email,
    }
    return render_code_page(request, "network/two_factor/setup.html", context, outcome)


def show_new_codes(request, codes, go_on):
    request.session[two_factor.NEW_CODES_SESSION_KEY] = codes
    request.session[two_factor.NEXT_SESSION_KEY] = go_on
    return redirect("network:two_factor_recovery_codes")


@login_required
@never_cache
def recovery_codes(request):
    """New recovery codes, shown once: they are not stored in a form anyone can read again."""
    codes = request.session.pop(two_factor.NEW_CODES_SESSION_KEY, None)
    go_on = request.session.pop(two_factor.NEXT_SESSION_KEY, None) or reverse("network:profile")
    if not codes:
        return redirect("network:profile")
    context = {"codes": [two_factor.code_for_people(code) for code in codes], "next": go_on}
    return render(request, "network/two_factor/recovery_codes.html", context)


@login_required
@never_cache
def new_recovery_codes(request):
    """Make new recovery codes after giving a current code; the old ones stop working."""
    if two_factor.app_device(request.user) is None:
        return redirect("network:profile")
    form = CodeForm(request.POST or None)
    outcome = None
    if request.method == "POST" and form.is_valid():
        outcome, codes = two_factor.regenerate_recovery_codes(request, form.cleaned_data["code"])
        if outcome.accepted:
            messages.success(request, "Your old recovery codes no longer work.")
            return show_new_codes(request, codes, reverse("network:profile"))
        add_error(form, outcome)
    context = {"form": form, "codes_left": two_factor.recovery_codes_left(request.user)}
    return render_code_page(request, "network/two_factor/new_recovery_codes.html", context, outcome)
