"""Fixtures shared with other apps' tests: the search tests' small mixed site, its people
and gated pages, and an events index."""

from tests.events.conftest import events_index  # noqa: F401
from tests.network.conftest import areas, gated, network_home, no_approval, people  # noqa: F401
from tests.newsletters.conftest import newsletter_index  # noqa: F401
from tests.search.conftest import site  # noqa: F401
