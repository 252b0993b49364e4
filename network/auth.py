"""Authentication by email address, case-insensitively, throttled on every sign-in form.

The throttle lives here, in the backend, so it covers the site's sign-in page and the
Wagtail admin's alike. The site's form checks it first too, to answer 429 with a message.

Only accounts whose address is verified (network/verification.py) may sign in, and sessions
of any other account are not honoured (`get_user` asks `user_can_authenticate`). When the
password is right but the address is not yet verified, the request is marked so that the
sign-in form can say so and send a new link.
"""

from django.contrib.auth.backends import ModelBackend

from network import access_generation, throttle
from network.models import User


class EmailBackend(ModelBackend):
    """Django's ModelBackend, accepting the address in any case and with stray spaces."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        email = kwargs.get("email", username)
        if email is None:
            return None
        email = email.strip()
        if not throttle.check(email, request).allowed:
            return None
        user = super().authenticate(request, username=email, password=password)
        if user is not None:
            throttle.clear_account(email)
            return user
        unverified = unverified_account(email, password)
        if unverified is not None and request is not None:
            request.unverified_account = unverified
        else:
            throttle.record_failure(email, request)
        return None

    def get_all_permissions(self, user_obj, obj=None):
        """Django's answer, kept between requests until groups or permissions change
        (network/access_generation.py): every signed-in request asks (two-factor sign-in,
        the access policy), and reading them costs two queries."""
        if obj is not None or user_obj.is_anonymous or not user_obj.is_active:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            read = super().get_all_permissions
            user_obj._perm_cache = access_generation.kept_for(
                user_obj, "permissions", lambda: read(user_obj)
            )
        return user_obj._perm_cache

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and user.email_verified_at is not None


def unverified_account(email, password):
    """The active account with this address and password whose address is not verified."""
    user = User.objects.filter(email__iexact=email, is_active=True, email_verified_at=None).first()
    if user is not None and password and user.check_password(password):
        return user
    return None
