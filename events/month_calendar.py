"""The events listing as a month calendar: a table of weeks, each day with its events."""

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

#: months outside these years are not offered (a typed address falls back to this month)
YEARS = range(2000, 2101)


@dataclass
class Day:
    date: date
    in_month: bool
    events: list = field(default_factory=list)


@dataclass
class Month:
    first: date
    weeks: list
    previous: date
    next: date

    @property
    def param(self):
        return f"{self.first:%Y-%m}"


def first_of_month(value, today):
    """The month a `month=YYYY-MM` parameter names; this month when it names none."""
    try:
        year, month = (int(part) for part in value.split("-"))
        first = date(year, month, 1)
    except (ValueError, TypeError):
        return today.replace(day=1)
    return first if first.year in YEARS else today.replace(day=1)


def month_span(first):
    """The month as [start, end) in aware local time, for filtering events by their start."""
    following = (first + timedelta(days=32)).replace(day=1)
    local = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(first, time.min), local),
        timezone.make_aware(datetime.combine(following, time.min), local),
    )


def build_month(first, events):
    """Weeks Monday to Sunday covering the month, each day with the events starting on it."""
    starting = defaultdict(list)
    for event in events:
        starting[timezone.localtime(event.start).date()].append(event)
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(
        first.year, first.month
    )
    return Month(
        first=first,
        weeks=[
            [Day(day, day.month == first.month, starting[day]) for day in week] for week in weeks
        ],
        previous=(first - timedelta(days=1)).replace(day=1),
        next=(first + timedelta(days=32)).replace(day=1),
    )
