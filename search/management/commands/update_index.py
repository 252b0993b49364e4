"""`manage.py update_index`: Wagtail's own indexes (the admin's search), then site search's."""

import copy

from django.conf import settings
from django.test.utils import override_settings
from modelsearch.management.commands.rebuild_modelsearch_index import Command as WagtailCommand

from search.upkeep import rebuild_index

#: seconds each request of Wagtail's rebuild may take. Its backend otherwise uses
#: SEARCH_TIMEOUT (2 s, meant for searches), and refreshing a freshly loaded index of some
#: 50,000 pages takes longer. (Site search's own writes allow as long: stores/engine.py.)
REBUILD_TIMEOUT = 120


def backends_for_rebuilding():
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for config in backends.values():
        if "URLS" in config:
            config["TIMEOUT"] = max(config.get("TIMEOUT", 10), REBUILD_TIMEOUT)
    return backends


class Command(WagtailCommand):
    help = "Rebuild the admin's search indexes and the site search index from the database."

    def handle(self, **options):
        # override_settings is Django's documented way to change settings for a block of code
        with override_settings(WAGTAILSEARCH_BACKENDS=backends_for_rebuilding()):
            super().handle(**options)
        verbose = options.get("verbosity", 1) > 0
        if verbose:
            self.stdout.write("Site search: building documents…")

        def progress(done):
            if verbose and done % 5000 == 0:
                self.stdout.write(f"  {done} documents")

        count = rebuild_index(progress=progress)
        if verbose:
            self.stdout.write(f"Site search: {count} documents indexed.")
