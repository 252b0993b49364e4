"""Context computed only when a template first reads it.

A page whose listing sits in a kept fragment (home/templatetags/fragments.py) should not run
the listing's queries when the fragment is served from the cache: its view puts the listing
in the context with `lazily`, and the queries run only if the fragment is rendered.
"""

from functools import partial
from operator import getitem

from django.utils import timezone
from django.utils.functional import SimpleLazyObject


def lazily(compute, names):
    """{name: value} for these names of the dict compute() returns, computed on first read
    of any of them, once."""
    values = SimpleLazyObject(compute)
    return {name: SimpleLazyObject(partial(getitem, values, name)) for name in names}


def current_minute():
    """A fragment key part for pieces that follow the clock (booking labels, upcoming
    events): such a piece is kept for the minute at most."""
    return timezone.now().strftime("%Y%m%d%H%M")
