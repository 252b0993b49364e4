"""Generations: a value in the cache that moves when something changes, so that everything
kept under the old value is forgotten at once (old entries expire unread).

Each generation has a name that templates use (`{% fragment ... after="discussions" %}`,
home/templatetags/fragments.py): "pages" (home/page_cache.py), "access"
(network/access_generation.py), "discussions" (network/community/models.py).

A request reads each generation at most once (GenerationsPerRequestMiddleware): what it
reads first holds for the rest of it, unless the request itself moves it. The same middleware
holds values computed once per request (`once_per_request`).
"""

import threading
import uuid

from django.core.cache import cache
from django.db import transaction

_registry = {}
_this_request = threading.local()  # while a request is served: .seen (generations), .values


class Generation:
    def __init__(self, name, key):
        self.name = name
        self.key = key
        _registry[name] = self

    def current(self):
        seen = getattr(_this_request, "seen", None)
        if seen is not None and self.name in seen:
            return seen[self.name]
        value = cache.get(self.key)
        if value is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            value = cache.get(self.key)
        if seen is not None:
            seen[self.name] = value
        return value

    def move(self, **kwargs):
        """Forget everything kept under this generation. A signal receiver too."""
        value = uuid.uuid4().hex
        cache.set(self.key, value, None)
        seen = getattr(_this_request, "seen", None)
        if seen is not None:
            seen[self.name] = value

    def move_now_and_on_commit(self, **kwargs):
        """Move at once, and again when the transaction commits: a request that reads the
        data between the change and its commit cannot keep the old answer under the new
        generation. A signal receiver too."""
        self.move()
        transaction.on_commit(self.move)


def named(name):
    return _registry[name]


def current(names):
    return [named(name).current() for name in names]


class GenerationsPerRequestMiddleware:
    """Each request reads a generation from the cache once, and its own moves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _this_request.seen, _this_request.values = {}, {}
        try:
            return self.get_response(request)
        finally:
            _this_request.seen = _this_request.values = None


def once_per_request(name, compute):
    """compute(), once in the current request (every time outside a request)."""
    values = getattr(_this_request, "values", None)
    if values is None:
        return compute()
    if name not in values:
        values[name] = compute()
    return values[name]
