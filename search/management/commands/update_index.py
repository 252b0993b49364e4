"""`manage.py update_index`: Wagtail's own indexes (the admin's search), then site search's."""

from modelsearch.management.commands.rebuild_modelsearch_index import Command as WagtailCommand

from search.upkeep import rebuild_index


class Command(WagtailCommand):
    help = "Rebuild the admin's search indexes and the site search index from the database."

    def handle(self, **options):
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
