"""Comparing the site search index with the database (manage.py search_index_check)."""

from dataclasses import dataclass, field

from search.stores import get_store
from search.upkeep import all_documents


@dataclass
class IndexReport:
    checked: int = 0
    indexed: int = 0
    missing: list = field(default_factory=list)  # findable, not in the index
    stale: list = field(default_factory=list)  # in the index with other content or scopes
    forbidden: list = field(default_factory=list)  # in the index, no longer findable
    current: dict = field(default_factory=dict, repr=False)  # key -> document to repair with

    @property
    def differs(self):
        return bool(self.missing or self.stale or self.forbidden)

    def problems(self):
        return [
            ("Missing", self.missing),
            ("Stale", self.stale),
            ("Forbidden (no longer findable)", self.forbidden),
        ]

    def repair(self):
        store = get_store()
        to_save = [self.current[key] for key in self.missing + self.stale]
        if to_save:
            store.save(to_save)
        if self.forbidden:
            store.delete(self.forbidden)
        store.refresh()


def compare_index():
    """An IndexReport; keeps the documents that need saving (not all of them)."""
    indexed = get_store().fingerprints()
    report = IndexReport(indexed=len(indexed))
    seen = set()
    for document in all_documents():
        report.checked += 1
        seen.add(document.key)
        fingerprint = indexed.get(document.key)
        if fingerprint is None:
            report.missing.append(document.key)
        elif fingerprint != document.fingerprint:
            report.stale.append(document.key)
        else:
            continue
        report.current[document.key] = document
    report.forbidden = sorted(set(indexed) - seen)
    report.missing.sort()
    report.stale.sort()
    return report
