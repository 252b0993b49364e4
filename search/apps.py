from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from home.page_cache import invalidate
        from search import checks, signals  # noqa: F401 (registers the check and receivers)

        # Promoted queries are kept in the page cache's generation (search/records.py).
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=SearchPromotion, dispatch_uid="search.promotions")
