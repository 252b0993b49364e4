"""A generation of everything the access policy reads about people, so that a person's
answers (search scopes, permissions) can be kept between requests and never outlive a
change.

Any change to an account, a membership or its roles, an area, a group or its permissions,
a person's groups or permissions, or a discussion space or its people moves the generation
(`changed`): at once, and again when the transaction commits, so that a request reading
the data between the change and its commit cannot keep the old answer under the new
generation. Changes made with `QuerySet.update()` send no signal: their code calls
`changed()` itself (network/verification.py).

Answers are kept only in a cache that every app process shares (Redis, with CACHE_URL:
settings.SHARED_CACHE), for at most FRAGMENT_CACHE_SECONDS. A cache in each process's own
memory could not be told of a change made through another process, so without CACHE_URL
nothing is kept between requests.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from home.generations import Generation

ACCESS = Generation("access", "access:generation")


def changed(**kwargs):
    """Signal receiver (and direct call): what people may see may have changed."""
    ACCESS.move_now_and_on_commit()


_MISSING = object()


def kept_for(user, name, compute):
    """compute() for this signed-in person, kept until the generation moves (None too).

    A request reads the generation once (home/generations.py)."""
    if not settings.SHARED_CACHE or settings.FRAGMENT_CACHE_SECONDS <= 0 or user.pk is None:
        return compute()
    key = f"access:{ACCESS.current()}:{name}:{user.pk}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


def connect(models):
    """Connect `changed` to every model the access policy reads and to their many-to-many
    relations (a person's groups and permissions, a membership's roles, a set's people).
    network/apps.py names the models."""
    for model in models:
        name = model.__name__
        post_save.connect(changed, sender=model, dispatch_uid=f"access.saved.{name}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"access.deleted.{name}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                changed, sender=through, dispatch_uid=f"access.m2m.{through.__name__}"
            )
