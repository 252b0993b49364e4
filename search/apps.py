from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

from home.page_cache import invalidate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        # Models, and modules that import them, load only once the app registry is ready.
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from search import checks, signals  # noqa: F401 (registers the check and receivers)

        # Promoted queries are kept in the page cache's generation (search/records.py).
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=SearchPromotion, dispatch_uid="search.promotions")
