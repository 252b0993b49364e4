"""Events: online and regional events, bookings, waitlists and calendars.

This package's name shadows the third-party module ``events`` (the PyPI package "Events"),
which opensearch-py imports with ``from events import Events``. The names it needs are
re-exported here so the OpenSearch client keeps working (docs/decisions.md explains why).
"""

from events.third_party import Events, EventsException

__all__ = ["Events", "EventsException"]
