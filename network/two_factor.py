"""Two-factor sign-in for everyone who can use the admin (docs/security.md).

The rule (`needs_second_factor`) is here, and so is the middleware that enforces it: after the
password, a person who needs a second factor reaches nothing but the two-factor pages and
sign-out until they have given a code from their authenticator app (TOTP, django-otp's
`otp_totp`) or one of their single-use recovery codes (`otp_static`, stored as keyed digests:
`recovery_code_digest`) in this session.
The views are in `network/two_factor_views.py`; `manage.py reset_two_factor` removes a lost
device, and, with DEBUG on only, local accounts get a device with DEVELOPMENT_KEY.
"""

import secrets
import time
from base64 import b32decode, b32encode
from binascii import hexlify
from dataclasses import dataclass
from importlib import import_module

import segno
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.views import redirect_to_login
from django.contrib.sessions.models import Session
from django.db import transaction
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.safestring import mark_safe
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from home import limits
from network import audit

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10
RECOVERY_CODE_DIGITS = 12  # digits only, so one numeric field takes both kinds of code
APP_CODE_DIGITS = 6
#: The fixed key of local development accounts (DEBUG only; README, "Local admin login").
DEVELOPMENT_KEY = "PLANNINGFORSAFETYLOCALDEVKEY2345"
#: Where freshly made recovery codes wait, in the session, to be shown once.
NEW_CODES_SESSION_KEY = "two_factor_new_codes"
NEXT_SESSION_KEY = "two_factor_next"
LIMIT = "two_factor"
#: What the recovery codes' HMAC key is derived for (with SECRET_KEY); never change it, or
#: every stored recovery code stops working.
RECOVERY_CODE_KEY_SALT = "network.two_factor.recovery_code"
#: Bytes of the HMAC kept: 10 bytes are 80 bits, exactly 16 base32 characters (StaticToken's
#: `token` holds 16).
RECOVERY_CODE_DIGEST_BYTES = 10

# What a person who has given only their password may still reach.
OPEN_BEFORE_SECOND_FACTOR = {
    "network:two_factor",
    "network:two_factor_setup",
    "network:logout",
    "wagtailadmin_logout",
}


def needs_second_factor(user):
    """Everyone who can use the admin: superusers, and anyone with `wagtailadmin.access_admin`
    (which Django grants active superusers too)."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
    )


def is_verified(user):
    """Whether this session's person gave a second factor (django-otp's middleware says)."""
    check = getattr(user, "is_verified", None)
    return bool(check and check())


# Devices ------------------------------------------------------------------------------------


def app_device(user, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def start_setup(user):
    """The unconfirmed authenticator device being set up (the same one until confirmed, so
    reloading the page keeps the QR code)."""
    device = app_device(user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def key_for_people(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device):
    """An inline SVG QR code of the device's otpauth:// address (no script, no style)."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5,
        border=4,
        omitsize=True,
        title="QR code of your sign-in key",
        svgclass="two-factor__qr",
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308 (segno's own SVG)


# Recovery codes are stored as keyed digests ----------------------------------------------------


def recovery_code_digest(code, secret=None):
    """What is stored for a recovery code, in StaticToken's `token`: an HMAC-SHA256 of the code
    with a key derived from SECRET_KEY (or `secret`), its first 80 bits in base32 (16
    characters in one letter case, so a case-insensitive collation changes nothing).

    Why keyed: a recovery code is 12 digits, 10^12 possibilities. An unkeyed hash (even a
    salted one) of so small a space is reversed offline in minutes by whoever reads the
    database (a backup, a leaked dump). A slow, salted password hash would not fit django-otp,
    which finds a token by equality (`verify_token`), and would cost one slow hash per stored
    code at every try. Under a key that is not in the database, the digests alone reveal
    nothing: whoever reads them also needs SECRET_KEY."""
    mac = salted_hmac(RECOVERY_CODE_KEY_SALT, code, secret=secret, algorithm="sha256")
    return b32encode(mac.digest()[:RECOVERY_CODE_DIGEST_BYTES]).decode()


def recovery_code_digests(code):
    """The code's digest under SECRET_KEY, then under each of SECRET_KEY_FALLBACKS, so codes
    made before the key was rotated still work while the old key is a fallback."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return list(dict.fromkeys(recovery_code_digest(code, secret=key) for key in keys))


def is_plain_recovery_code(token):
    """A recovery code stored before codes were digested: exactly RECOVERY_CODE_DIGITS digits
    (a digest is 16 base32 characters, so never this)."""
    return len(token) == RECOVERY_CODE_DIGITS and token.isascii() and token.isdigit()


def stored_token(device, code):
    """What to ask `device.verify_token` for: for recovery codes, the digest that is stored
    (under the current key or a fallback), else the current key's (one wrong code counts
    once in django-otp's back-off, however many fallback keys there are)."""
    if not isinstance(device, StaticDevice):
        return code
    digests = recovery_code_digests(code)
    stored = set(device.token_set.filter(token__in=digests).values_list("token", flat=True))
    return next((digest for digest in digests if digest in stored), digests[0])


def new_recovery_codes(user):
    """Replace the person's recovery codes with RECOVERY_CODE_COUNT new ones; the plain codes
    are returned to be shown once, and only their digests are stored."""
    device = recovery_device(user)
    if device is None:
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    device.token_set.all().delete()
    codes = [
        f"{secrets.randbelow(10**RECOVERY_CODE_DIGITS):0{RECOVERY_CODE_DIGITS}d}"
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=recovery_code_digest(code)) for code in codes
    )
    return codes


def code_for_people(code):
    """A recovery code as shown: 1234-5678-9012."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise(code):
    """What was typed, without spaces or hyphens."""
    return "".join(ch for ch in str(code) if not ch.isspace() and ch != "-")


# Checking a code ------------------------------------------------------------------------------


ALLOWED = limits.Verdict(True)


@dataclass(frozen=True)
class Outcome:
    device: object = None  # the device that accepted the code
    verdict: limits.Verdict = ALLOWED  # refused: throttled
    message: str = ""

    @property
    def accepted(self):
        return self.device is not None


def _limit_identity(user):
    return f"user:{user.pk}"


def _wait_message(verdict):
    return f"Too many wrong codes. Wait {verdict.wait} and try again."


def _device_lock(device):
    """django-otp's own back-off after wrong codes (1, 2, 4, 8… seconds), as a Verdict."""
    allowed, detail = device.verify_is_allowed()
    if allowed:
        return limits.Verdict(True)
    until = (detail or {}).get("locked_until")
    seconds = (until - timezone.now()).total_seconds() if until else 1
    return limits.Verdict(False, max(1, int(seconds + 0.999)))


def check_code(request, user, typed, device=None):
    """Check a code the person typed: against `device` when given (setting up), else their
    authenticator app (6 digits) or their recovery codes (12 digits). Wrong codes are
    recorded and counted; over the limit the answer is a Verdict to refuse with."""
    code = normalise(typed)
    verdict = limits.peek(LIMIT, _limit_identity(user))
    if not verdict.allowed:
        return Outcome(verdict=verdict, message=_wait_message(verdict))
    if device is None:
        device = recovery_device(user) if len(code) == RECOVERY_CODE_DIGITS else app_device(user)
    if device is not None:
        with transaction.atomic():
            device = type(device).objects.select_for_update().get(pk=device.pk)
            verdict = _device_lock(device)
            accepted = (
                verdict.allowed
                and code.isdigit()
                and device.verify_token(stored_token(device, code))
            )
        if not verdict.allowed:
            return Outcome(verdict=verdict, message=_wait_message(verdict))
        if accepted:
            limits.reset(LIMIT, _limit_identity(user))
            return Outcome(device=device)
    audit.record(audit.TWO_FACTOR_FAILED, actor=user, subject=user.email, request=request)
    verdict = limits.hit(LIMIT, _limit_identity(user))
    if not verdict.allowed:
        return Outcome(verdict=verdict, message=_wait_message(verdict))
    return Outcome(
        message="That code is not right. Check your authenticator app and try the newest "
        "code, or use one of your recovery codes."
    )


def mark_verified(request, device):
    """This session has passed the second factor; a new session key guards against fixation."""
    request.session.cycle_key()
    otp_login(request, device)


def sign_in_with_code(request, typed):
    """The code page: a right code verifies this session. A used recovery code is gone."""
    user = request.user
    outcome = check_code(request, user, typed)
    if outcome.accepted:
        mark_verified(request, outcome.device)
        if isinstance(outcome.device, StaticDevice):
            audit.record(
                audit.RECOVERY_CODE_USED,
                actor=user,
                subject=user.email,
                request=request,
                codes_left=recovery_codes_left(user),
            )
    return outcome


def finish_setup(request, device, typed):
    """Confirm the authenticator app with a code from it; its recovery codes are returned."""
    user = request.user
    outcome = check_code(request, user, typed, device=device)
    if not outcome.accepted:
        return outcome, []
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        codes = new_recovery_codes(user)
    mark_verified(request, outcome.device)
    audit.record(
        audit.TWO_FACTOR_SET_UP,
        actor=user,
        subject=user.email,
        request=request,
        recovery_codes=len(codes),
    )
    return outcome, codes


def regenerate_recovery_codes(request, typed):
    """New recovery codes, after a current code; the old ones stop working."""
    user = request.user
    outcome = check_code(request, user, typed)
    if not outcome.accepted:
        return outcome, []
    codes = new_recovery_codes(user)
    audit.record(
        audit.RECOVERY_CODES_REGENERATED,
        actor=user,
        subject=user.email,
        request=request,
        recovery_codes=len(codes),
    )
    return outcome, codes


# Lost devices ---------------------------------------------------------------------------------


def remove_devices(user):
    """Delete the person's authenticator apps and recovery codes: (apps, codes) removed."""
    apps_removed = TOTPDevice.objects.filter(user=user).count()
    codes_removed = StaticToken.objects.filter(device__user=user).count()
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    return apps_removed, codes_removed


def end_sessions(user):
    """Sign the person out everywhere: how many sessions ended, or None when the session
    engine keeps no list to search (then removing the devices still stops every session:
    it is no longer verified)."""
    if settings.SESSION_ENGINE not in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    ):
        return None
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    live = Session.objects.filter(expire_date__gt=timezone.now()).iterator()
    for session in live:
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    return ended


def reset_second_factor(user, reason, by=""):
    """A lost device: remove every device, end the sessions, record why. The person sets
    up an authenticator app again at their next sign-in."""
    apps_removed, codes_removed = remove_devices(user)
    sessions = end_sessions(user)
    audit.record(
        audit.TWO_FACTOR_RESET,
        subject=user.email,
        actor_label=by,
        reason=reason,
        authenticator_apps=apps_removed,
        recovery_codes=codes_removed,
        sessions_ended=sessions,
    )
    return apps_removed, codes_removed, sessions


# Local development (DEBUG only) ---------------------------------------------------------------


def development_key_hex():
    return hexlify(b32decode(DEVELOPMENT_KEY)).decode()


def ensure_development_device(user):
    """A confirmed authenticator device with DEVELOPMENT_KEY, unless the person already has
    one. Refused when DEBUG is off: real accounts never get a known key."""
    if not settings.DEBUG:
        raise RuntimeError("Development two-factor keys are only for DEBUG.")
    device = app_device(user)
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=APP_DEVICE_NAME, key=development_key_hex(), confirmed=True
        )
    return device


def current_code(device, now=None):
    """(the device's code now, seconds it has left)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if now is None else now
    left = device.step - int(totp.time - device.t0) % device.step
    return f"{totp.token():0{device.digits}d}", left


# Enforcement ----------------------------------------------------------------------------------


def second_factor_url(user):
    """Where a person still to give a second factor goes: set-up, or the code page."""
    if app_device(user) is None:
        return reverse("network:two_factor_setup")
    return reverse("network:two_factor")


def is_open_before_second_factor(request):
    if request.path_info.startswith(settings.STATIC_URL):
        return True
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name in OPEN_BEFORE_SECOND_FACTOR


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware: a person who needs a second factor and has not given
    one this session is sent to set it up or to give a code, with ?next= kept, whatever they
    asked for (the admin, site pages, personal data), except the open pages above."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not is_open_before_second_factor(request)
            and needs_second_factor(user)
            and not is_verified(user)
        ):
            return redirect_to_login(request.get_full_path(), second_factor_url(user))
        return self.get_response(request)
