"""Helpers for the joining and address verification tests: the join form, emailed links."""

import re

from network.models import Role

PASSWORD = "a-long-enough-passphrase"


def person_form(local_area, **overrides):
    """What a person types into /network/join/person/ to join through their area."""
    return {
        "first_name": "Jo",
        "last_name": "Baker",
        "email": "jo.baker@harrowfield.example.org",
        "job_title": "Team manager",
        "area": local_area.pk,
        "roles": [Role.objects.get(code="practitioner").pk],
        "reason": "To learn from other areas.",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "consent": "on",
        **overrides,
    }


def link_in(message, prefix):
    """The site path of the first link in an email that starts with prefix."""
    return re.search(rf"https?://[^/\s]+({prefix}[^\s]*)", message.body).group(1)
