"""The embedded default: search documents in two tables, searched by SQL.

Words are matched by the database's full-text search (search.stores.fulltext); scopes,
`within` and facet selections are EXISTS filters on the values table; facet counts are
GROUP BY queries (one for all the facets that share the other facets' choices); sorting
and paging are ORDER BY and LIMIT. Nothing loops over the matches.
"""

from django.db import connection, transaction
from django.db.models import Case, Count, Exists, F, FloatField, OuterRef, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.documents import PACK_BOOST, SCOPE, Hit, SearchResponse
from search.highlight import fallback_snippet
from search.models import IndexedDocument, IndexedValue
from search.stores.fulltext import (
    GREATER_THAN,
    LESS_THAN,
    MARK_END,
    MARK_START,
    full_text_for,
    words_of,
)

BATCH_SIZE = 1000
HIT_FIELDS = ("pk", "key", "kind", "title", "url", "published", "event_start", "summary")


def has_value(field, values):
    return Exists(
        IndexedValue.objects.filter(document=OuterRef("pk"), field=field, value__in=values)
    )


def raw(statement, output_field=None):
    """A RawSQL expression from a (fixed SQL, parameters) pair of search.stores.fulltext."""
    sql, params = statement
    # The SQL is fixed; what people type only reaches it as parameters.
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611


def marked(text):
    """Database-marked text as safe HTML: everything escaped, matched words in <mark>."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    html = html.replace(LESS_THAN, "&lt;").replace(GREATER_THAN, "&gt;")
    return mark_safe(html)  # noqa: S308 - escaped above; only <mark> is added


class DatabaseStore:
    transactional = True  # writes join the caller's transaction

    @property
    def full_text(self):
        return full_text_for(connection)

    # Searching ------------------------------------------------------------------------

    def matching(self, request):
        """Documents the request may see that hold its words, before facet selections."""
        documents = IndexedDocument.objects.filter(has_value(SCOPE, request.scopes))
        for field, values in request.within.items():
            documents = documents.filter(has_value(field, values))
        if request.text and not words_of(request.text):
            return documents.none()  # only punctuation: nothing can match
        if request.text:
            documents = documents.filter(pk__in=raw(self.full_text.matching_ids(request.text)))
        else:
            documents = documents.filter(listed=True)
        return documents

    @staticmethod
    def selecting(documents, selected):
        for field, values in selected.items():
            if values:
                documents = documents.filter(has_value(field, values))
        return documents

    def search(self, request):
        matching = self.matching(request)
        shown = self.selecting(matching, request.selected)
        counts = self.counts(matching, request)
        total = shown.count()
        rows = list(
            self.ordered(shown, request).values(*HIT_FIELDS)[
                request.offset : request.offset + request.limit
            ]
        )
        snippets = {}
        if request.text and request.highlight and rows:
            with connection.cursor() as cursor:
                snippets = self.full_text.snippets(cursor, request.text, [r["pk"] for r in rows])
        hits = [self.hit(row, snippets.get(row["pk"], "")) for row in rows]
        return SearchResponse(total=total, hits=hits, counts=counts)

    def counts(self, matching, request):
        """Each counted facet's values under every other facet's choice. Facets that share
        those choices (every facet not chosen from) are counted by one GROUP BY."""
        chosen = {field for field, values in request.selected.items() if values}
        by_choices = {}
        for facet in request.counted:
            by_choices.setdefault(frozenset(chosen - {facet}), []).append(facet)
        counts = {facet: {} for facet in request.counted}
        for choices, facets in by_choices.items():
            applied = {field: request.selected[field] for field in choices}
            rows = (
                IndexedValue.objects.filter(
                    field__in=facets, document__in=self.selecting(matching, applied)
                )
                .values("field", "value")
                .annotate(n=Count("pk"))
                .order_by()
            )
            for row in rows:
                counts[row["field"]][row["value"]] = row["n"]
        return counts

    def ordered(self, documents, request):
        newest = F("published").desc(nulls_last=True)
        if request.sort == "relevance" and request.text:
            score = raw(self.full_text.score(request.text), FloatField())
            boost = Case(When(kind="pack", then=Value(PACK_BOOST)), default=Value(1.0))
            return documents.annotate(score=score * boost).order_by(
                F("score").desc(), newest, "key"
            )
        if request.sort == "event_date":
            return documents.order_by(F("event_start").asc(nulls_last=True), newest, "key")
        if request.sort == "title":
            return documents.order_by(Lower("title"), "key")
        return documents.order_by(newest, Lower("title"), "key")

    @staticmethod
    def hit(row, snippet):
        return Hit(
            key=row["key"],
            kind=row["kind"],
            title=row["title"],
            url=row["url"],
            published=row["published"],
            event_start=row["event_start"],
            snippet=marked(snippet) if MARK_START in snippet else fallback_snippet(row["summary"]),
        )

    def suggest(self, text, scopes, kinds, limit):
        if not words_of(text):
            return []
        documents = IndexedDocument.objects.filter(
            has_value(SCOPE, scopes), listed=True, pk__in=raw(self.full_text.suggestion_ids(text))
        )
        if kinds:
            documents = documents.filter(kind__in=kinds)
        rows = documents.order_by(Lower("title").asc(), "key").values(*HIT_FIELDS)[:limit]
        return [self.hit(row, "") for row in rows]

    # Writing --------------------------------------------------------------------------

    def save(self, documents):
        documents = list(documents)
        with transaction.atomic():
            self.delete([document.key for document in documents])
            self.insert(documents)

    @staticmethod
    def insert(documents):
        rows = IndexedDocument.objects.bulk_create(
            [
                IndexedDocument(
                    key=d.key,
                    kind=d.kind,
                    title=d.title,
                    url=d.url,
                    summary=d.summary,
                    body=d.body,
                    published=d.published,
                    event_start=d.event_start,
                    listed=d.listed,
                    fingerprint=d.fingerprint,
                )
                for d in documents
            ],
            batch_size=BATCH_SIZE,
        )
        if connection.vendor == "sqlite" or any(row.pk is None for row in rows):
            ids = dict(
                IndexedDocument.objects.filter(key__in=[d.key for d in documents]).values_list(
                    "key", "pk"
                )
            )
        else:
            ids = {row.key: row.pk for row in rows}
        values = [
            IndexedValue(document_id=ids[d.key], field=field, value=value)
            for d in documents
            for field, field_values in [*d.facet_values().items(), (SCOPE, sorted(d.scopes))]
            for value in field_values
        ]
        IndexedValue.objects.bulk_create(values, batch_size=BATCH_SIZE)

    def delete(self, keys):
        keys = list(keys)
        for start in range(0, len(keys), BATCH_SIZE):
            IndexedDocument.objects.filter(key__in=keys[start : start + BATCH_SIZE]).delete()

    def rebuild(self, documents, progress=None):
        """Replace every document in one transaction: searches see the old set or the new."""
        done = 0
        with transaction.atomic():
            self.clear()
            batch = []
            for document in documents:
                batch.append(document)
                if len(batch) == BATCH_SIZE:
                    done += self._insert_batch(batch, progress, done)
                    batch = []
            if batch:
                done += self._insert_batch(batch, progress, done)
            self.full_text.update_statistics(connection)
        return done

    def _insert_batch(self, batch, progress, done):
        self.insert(batch)
        if progress:
            progress(done + len(batch))
        return len(batch)

    def fingerprints(self):
        return dict(IndexedDocument.objects.values_list("key", "fingerprint"))

    def refresh(self):
        """Writes are visible at once (to the writing transaction, and to all on commit)."""

    def clear(self):
        with connection.cursor() as cursor:  # no need to load what is thrown away
            cursor.execute("DELETE FROM search_indexedvalue")
            cursor.execute("DELETE FROM search_indexeddocument")
