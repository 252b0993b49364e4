"""Keeping the search index in step with the database.

Each content app hands search its kinds of documents through the "register_search_documents"
hook (home.search_documents.DocumentSource). A change re-builds the documents of the objects
it touched: those still findable are saved, the others removed. On the database store this
happens inside the change's own transaction (it commits or rolls back with it); on a search
engine it happens once the transaction has committed, so the index never shows what was
rolled back.
"""

from collections import defaultdict
from itertools import chain

from django.db import transaction
from wagtail import hooks

from search.stores import get_store


def document_sources():
    """{key prefix: DocumentSource} from every app's hook."""
    sources = {}
    for hook in hooks.get_hooks("register_search_documents"):
        for source in hook():
            sources[source.prefix] = source
    return sources


def all_documents():
    return chain.from_iterable(source.build(None) for source in document_sources().values())


def rebuild_index(progress=None):
    """Replace the whole index with documents built from the database; returns the count."""
    return get_store().rebuild(all_documents(), progress=progress)


def refresh_now(keys):
    """Save the current documents of these keys and remove those no longer findable."""
    by_prefix = defaultdict(set)
    for key in keys:
        prefix, _, pk = key.partition(":")
        by_prefix[prefix].add(int(pk))
    sources = document_sources()
    documents = []
    for prefix, ids in by_prefix.items():
        documents += list(sources[prefix].build(sorted(ids)))
    store = get_store()
    built = {document.key for document in documents}
    gone = set(keys) - built
    if documents:
        store.save(documents)
    if gone:
        store.delete(sorted(gone))


def refresh(keys):
    """Bring these documents up to date: now on the database store, after commit otherwise."""
    keys = set(keys)
    if not keys:
        return
    if get_store().transactional:
        refresh_now(keys)
    else:
        transaction.on_commit(lambda: refresh_now(keys))
