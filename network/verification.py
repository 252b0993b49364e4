"""An email address is a claim until its owner proves it.

An account proves its address through an emailed link that is confirmed with the account's
password, so the person who chose the password must also read the mail (someone who registers
another person's address never gets the link; the owner who gets it cannot confirm an account
whose password they did not choose). Setting a password from an emailed reset link proves the
address too. Until then the account cannot sign in (network/auth.py) and nothing held under
the address (guest bookings, the newsletter subscription, personal data) is matched to it:
everything that matches by address asks `User.verified_email`.

A change of address takes effect only once the new address is proved the same way; the old
address is told. Accounts that never prove their address expire (`expire_unverified_accounts`,
run by `apply_retention`).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from home.emails import send_email
from network import access_generation, audit
from network.models import Membership, User

VERIFY_SALT = "network.verify-account"
CHANGE_SALT = "network.change-email"
LINK_MAX_AGE = 3 * 24 * 3600
#: a new link for the same account at most this often (a sign-in attempt sends one)
RESEND_EVERY = 600


class EmailChangeError(Exception):
    """The change of address cannot be made; the message says why."""


def _resend_bucket():
    return int(timezone.now().timestamp()) // RESEND_EVERY


# Verifying an account's address ------------------------------------------------------------


def verification_token(user):
    return signing.dumps({"u": user.pk, "e": user.email}, salt=VERIFY_SALT)


def account_for_link(token):
    """The active account a verification link names, or None if bad, expired or stale."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return User.objects.filter(pk=data.get("u"), email=data.get("e"), is_active=True).first()


def send_verification_link(user):
    """Email the account's address a link to prove it (at most one per RESEND_EVERY)."""
    send_email(
        f"verify-account:{user.pk}:{_resend_bucket()}",
        user.email,
        "network/email/verify_account.txt",
        {
            "person": user,
            "verify_path": reverse("network:verify_email", args=[verification_token(user)]),
            "days": LINK_MAX_AGE // (24 * 3600),
        },
    )


@transaction.atomic
def mark_verified(user, how):
    """Record that the account's owner proved the address. True if it was not yet proved."""
    now = timezone.now()
    updated = User.objects.filter(pk=user.pk, email_verified_at=None).update(email_verified_at=now)
    if updated:
        access_generation.changed()  # update() sends no signal
        user.email_verified_at = now
        audit.record(audit.EMAIL_VERIFIED, actor=user, subject=user.email, how=how)
    return bool(updated)


# Accounts that never prove their address ---------------------------------------------------


def unproven_claims():
    """Accounts someone registered themselves (they chose a password) and never proved the
    address of, that nobody vouched for: not staff, not given an approved membership. They
    hold nothing but what their maker typed. (Accounts staff actions make, for an approved
    area's lead and contact, have no password until the owner sets one from the email.)"""
    return (
        User.objects.filter(email_verified_at=None, is_staff=False, is_superuser=False, groups=None)
        .exclude(membership__status=Membership.Status.APPROVED)
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
    )


def release_unproven_claim(email):
    """Remove an unproven account holding this address, so its owner can use it. True if one
    was removed; an account with a proved address (or vouched for by staff) is never removed."""
    deleted, _ = unproven_claims().filter(email__iexact=email).delete()
    return bool(deleted)


def expire_unverified_accounts(now):
    """The `apply_retention` hook: unproven accounts older than ACCOUNT_VERIFY_DAYS go."""
    cutoff = now - timedelta(days=settings.ACCOUNT_VERIFY_DAYS)
    stale = unproven_claims().filter(date_joined__lt=cutoff)
    _, by_model = stale.delete()
    return [("accounts whose address was never verified", by_model.get("network.User", 0))]


# Changing one's address --------------------------------------------------------------------


def change_token(user, new_email):
    return signing.dumps({"u": user.pk, "old": user.email, "new": new_email}, salt=CHANGE_SALT)


@transaction.atomic
def request_email_change(user, new_email):
    """Keep the new address as pending, send it a link, and tell the current address."""
    new_email = new_email.strip().lower()
    user.pending_email = new_email
    user.save(update_fields=["pending_email"])
    bucket = _resend_bucket()
    context = {"person": user, "new_email": new_email, "days": LINK_MAX_AGE // (24 * 3600)}
    send_email(
        f"email-change-verify:{user.pk}:{new_email}:{bucket}",
        new_email,
        "network/email/email_change_verify.txt",
        {
            **context,
            "confirm_path": reverse(
                "network:email_change_confirm", args=[change_token(user, new_email)]
            ),
        },
    )
    send_email(
        f"email-change-requested:{user.pk}:{new_email}:{bucket}",
        user.email,
        "network/email/email_change_requested.txt",
        context,
    )
    audit.record(audit.EMAIL_CHANGE_REQUESTED, actor=user, subject=user.email)


def change_for_link(token):
    """(account, new address) a change link names while it is the pending change, or None."""
    try:
        data = signing.loads(token, salt=CHANGE_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not data.get("new"):
        return None
    user = User.objects.filter(
        pk=data.get("u"), email=data.get("old"), pending_email=data["new"], is_active=True
    ).first()
    return (user, data["new"]) if user is not None else None


@transaction.atomic
def confirm_email_change(token):
    """Make the pending address the account's address, proved now; tell the old address."""
    found = change_for_link(token)
    if found is None:
        return None
    user, new_email = found
    user = User.objects.select_for_update().get(pk=user.pk)
    release_unproven_claim(new_email)
    if User.objects.filter(email__iexact=new_email).exclude(pk=user.pk).exists():
        raise EmailChangeError(
            "Another account already uses this address. Sign in to that account instead, "
            "or contact us."
        )
    old_email = user.email
    user.email = new_email
    user.pending_email = ""
    user.email_verified_at = timezone.now()
    user.save(update_fields=["email", "pending_email", "email_verified_at"])
    audit.record(audit.EMAIL_CHANGED, actor=user, subject=new_email, previous=old_email)
    send_email(
        f"email-changed:{user.pk}:{new_email}",
        old_email,
        "network/email/email_changed.txt",
        {"person": user, "old_email": old_email, "new_email": new_email},
    )
    return user
