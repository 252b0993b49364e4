"""Ids sent by browsers, in query strings and forms: read safely, whatever arrives.

`str.isdigit()` is not enough: it accepts "²", which int() refuses, and numbers longer than
any database integer, which SQLite refuses with OverflowError. Both were server errors.
"""

import re

from django import forms
from django.core.exceptions import ValidationError

MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL (bigint) store
ID_DIGITS = re.compile(r"[0-9]{1,19}")


def id_from(raw):
    """The id written in `raw` (ASCII digits, within a database integer), else None."""
    if not isinstance(raw, str) or not ID_DIGITS.fullmatch(raw):
        return None
    number = int(raw)
    return number if number <= MAX_ID else None


class ModelMultipleIdChoiceField(forms.ModelMultipleChoiceField):
    """Django's field for models with integer ids, refusing a value that cannot be an id
    before it reaches the database (Django checks the ids with an `__in` query, which
    SQLite cannot run with a number of more than 64 bits)."""

    def clean(self, value):
        for choice in value if isinstance(value, (list, tuple)) else ():
            if id_from(str(choice)) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": choice},
                )
        return super().clean(value)
