"""Authentication by email address, case-insensitively."""

from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Django's ModelBackend, accepting the address in any case and with stray spaces."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        email = kwargs.get("email", username)
        if email is not None:
            email = email.strip()
        return super().authenticate(request, username=email, password=password)
