"""Where search documents are kept and searched: the engine, or the database by default.

Both stores answer the same SearchRequest the same way (tests/search run on each):

- every word of the text must match (English stemming: "schools" finds "school",
  "planning" finds "plan") in the title, summary or body; the title weighs most;
- only documents sharing a scope with the request are seen, in results, counts, snippets
  and suggestions;
- `within` and the selected facets filter the results; a facet's counts apply every
  other facet's selection but not its own (values within a facet combine with OR);
- without text only `listed` documents are shown (replies are found by their words);
- sorts: relevance (best first, then newest), newest (published, newest first), event_date
  (events by start, then the rest newest first), title (A to Z);
- snippets are escaped text with the matched words in <mark>, or the summary when nothing
  was highlighted.

A store is chosen from WAGTAILSEARCH_BACKENDS["default"]: the engine store when it names a
server (URLS), else the database store.
"""

from django.conf import settings
from django.utils.module_loading import import_string


class SearchUnavailable(Exception):
    """The search engine did not answer (down, refused, or slower than SEARCH_TIMEOUT)."""


_stores = {}


def get_store():
    """The configured store (one per configuration, shared by the process)."""
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    signature = (config["BACKEND"], tuple(config.get("URLS", ())), config.get("INDEX_PREFIX"))
    if signature not in _stores:
        if config.get("URLS"):
            store = import_string("search.stores.engine.EngineStore")(config)
        else:
            store = import_string("search.stores.database.DatabaseStore")()
        _stores[signature] = store
    return _stores[signature]
