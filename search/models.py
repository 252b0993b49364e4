"""Counts of what people search for, for the editors' report. No person is recorded."""

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
