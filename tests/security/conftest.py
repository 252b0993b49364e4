"""The fuzz tests run against the search tests' small mixed site and the network's people."""

from tests.events.conftest import events_index  # noqa: F401 - fixture
from tests.network.conftest import areas, gated, network_home, no_approval, people  # noqa: F401
from tests.newsletters.conftest import newsletter_index  # noqa: F401 - fixture
from tests.search.conftest import site  # noqa: F401 - fixture
