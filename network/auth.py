"""Authentication by email address, case-insensitively, throttled on every sign-in form.

The throttle lives here, in the backend, so it covers the site's sign-in page and the
Wagtail admin's alike. The site's form checks it first too, to answer 429 with a message.
"""

from django.contrib.auth.backends import ModelBackend

from network import throttle


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
        if user is None:
            throttle.record_failure(email, request)
        else:
            throttle.clear_account(email)
        return user
