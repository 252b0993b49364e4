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


def document_visibility(user):
    """A test "may this user download this document?", for checking many documents at once."""
    restricted = restricted_collection_paths()

    def may_download(document):
        return document is not None and not any(
            document.collection.path.startswith(path) for path in restricted
        )

    return may_download


def can_view_document(user, document):
    return document_visibility(user)(document)


def visible_pages(user, pages):
    """The live pages of this queryset that this user may see."""
    return pages.live().public()


def can_view_page(user, page):
    return visible_pages(user, type(page).objects.filter(pk=page.pk)).exists()
