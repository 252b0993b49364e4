"""`manage.py search_index_check [--fix]`: does the site search index match the database?

Builds every document from the database and compares it with the index by fingerprint:
missing (findable but not indexed), stale (indexed with other content or scopes) and
forbidden (indexed but no longer findable: unpublished, deleted, hidden). With --fix the
differences are repaired. Exits with status 1 when it found differences and did not fix them.
"""

import sys

from django.core.management.base import BaseCommand

from search.index_check import compare_index


class Command(BaseCommand):
    help = "Compare the site search index with the database; --fix repairs the differences."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Repair what differs.")

    def handle(self, *args, fix=False, **options):
        report = compare_index()
        self.stdout.write(
            f"{report.checked} documents in the database, {report.indexed} in the index."
        )
        for label, keys in report.problems():
            shown = ", ".join(keys[:20]) + (" …" if len(keys) > 20 else "")
            self.stdout.write(f"{label}: {len(keys)}" + (f" ({shown})" if keys else ""))
        if not report.differs:
            self.stdout.write(self.style.SUCCESS("The index matches the database."))
            return
        if fix:
            report.repair()
            self.stdout.write(self.style.SUCCESS("Repaired: the index matches the database."))
            return
        self.stdout.write(self.style.ERROR("The index differs: run with --fix to repair it."))
        sys.exit(1)
