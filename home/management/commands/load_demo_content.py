"""Build the demo page tree: safe to run again, it only adds what is missing."""

from django.core.management.base import BaseCommand

from home.demo.builder import build_demo_content


class Command(BaseCommand):
    help = "Create the demo pages (home, section pages, About, Contact ...) that do not exist yet."

    def handle(self, *args, **options):
        report = build_demo_content()
        total = len(report.created) + len(report.existing)
        for title in report.created:
            self.stdout.write(f"  created: {title}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(report.created)} created, "
                f"{len(report.existing)} already present ({total} pages)."
            )
        )
