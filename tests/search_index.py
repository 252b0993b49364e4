"""Making test content findable: the site search index rebuilt from the database.

On the database store the index follows changes inside the test's transaction; on a search
engine it follows them after commit, which a test's transaction never does. Tests that build
content and then search call index_everything() (and tests of the upkeep itself wrap their
changes in django_capture_on_commit_callbacks(execute=True))."""

from search.stores import get_store
from search.upkeep import rebuild_index


def index_everything():
    rebuild_index()
    get_store().refresh()


def refresh_index():
    """Make what was written to the index searchable now (an engine refreshes in a second)."""
    get_store().refresh()
