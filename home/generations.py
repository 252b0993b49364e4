"""Generations: a value in the cache that moves when something changes, so that everything
kept under the old value is forgotten at once (old entries expire unread).

Each generation has a name that templates use (`{% fragment ... after="discussions" %}`,
home/templatetags/fragments.py): "pages" (home/page_cache.py), "access"
(network/access_generation.py), "discussions" (network/community/models.py).
"""

import uuid

from django.core.cache import cache
from django.db import transaction

_registry = {}


class Generation:
    def __init__(self, name, key):
        self.name = name
        self.key = key
        _registry[name] = self

    def current(self):
        value = cache.get(self.key)
        if value is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            value = cache.get(self.key)
        return value

    def move(self, **kwargs):
        """Forget everything kept under this generation. A signal receiver too."""
        cache.set(self.key, uuid.uuid4().hex, None)

    def move_now_and_on_commit(self, **kwargs):
        """Move at once, and again when the transaction commits: a request that reads the
        data between the change and its commit cannot keep the old answer under the new
        generation. A signal receiver too."""
        self.move()
        transaction.on_commit(self.move)


def named(name):
    return _registry[name]


def current_for(request, names):
    """The current values of these generations, read once per request (remembered on it)."""
    seen = request.__dict__.setdefault("_pfs_generations", {}) if request is not None else {}
    for name in names:
        if name not in seen:
            seen[name] = named(name).current()
    return [seen[name] for name in names]
