"""Counts of what people search for (for the editors' report: no person is recorded), and
the search documents of the database store (search.stores.database)."""

from django.db import models
from django.utils import timezone


class DailySearchCount(models.Model):
    """How often a query was searched on a day, and how often it found nothing."""

    query = models.CharField(max_length=200)
    day = models.DateField(default=timezone.localdate)
    searches = models.PositiveIntegerField(default=0)
    no_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="one_count_per_query_and_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.query} on {self.day}: {self.searches}"


class IndexedDocument(models.Model):
    """One search document on the database store.

    Its words are matched by the database's full-text search: on PostgreSQL a generated,
    GIN-indexed tsvector column (English configuration, title weighted most), on SQLite an
    FTS5 table with the porter stemmer kept in step by triggers. Both are created by
    migration 0003 for the database in use and are not fields of this model."""

    key = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=20)
    title = models.TextField()
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    published = models.DateTimeField(null=True)
    event_start = models.DateTimeField(null=True)
    listed = models.BooleanField(default=True)
    fingerprint = models.CharField(max_length=40)

    class Meta:
        indexes = [
            models.Index(fields=["published"], name="search_doc_published"),
            models.Index(fields=["event_start"], name="search_doc_event_start"),
        ]

    def __str__(self):
        return self.key


class IndexedValue(models.Model):
    """A facet value or an access scope of a document ("topic" = "guardianship")."""

    document = models.ForeignKey(IndexedDocument, on_delete=models.CASCADE, related_name="values")
    field = models.CharField(max_length=20)
    value = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "field", "value"], name="one_value_per_document_field"
            )
        ]
        indexes = [models.Index(fields=["field", "value", "document"], name="search_value_lookup")]

    def __str__(self):
        return f"{self.field}={self.value}"
