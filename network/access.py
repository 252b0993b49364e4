"""The access policy: who may see which pages and documents.

Every listing, page, document download, search result, feed and "related" block asks here
rather than deciding for itself. Today everything visible is public: pages without view
restrictions and documents in collections without view restrictions. The network's member
rules extend these functions, so callers do not change when they do.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import CollectionViewRestriction


def restricted_collection_paths():
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def public_collection_q(prefix="collection__"):
    """A Q for objects whose collection (and every ancestor collection) has no restriction."""
    paths = restricted_collection_paths()
    if not paths:
        return Q()
    return ~reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


def visible_documents(user, documents):
    """The documents of this queryset that this user may download."""
    return documents.filter(public_collection_q())


def can_view_document(user, document):
    if document is None:
        return False
    return not any(document.collection.path.startswith(p) for p in restricted_collection_paths())


def visible_pages(user, pages):
    """The live pages of this queryset that this user may see."""
    return pages.live().public()


def can_view_page(user, page):
    return visible_pages(user, type(page).objects.filter(pk=page.pk)).exists()
