from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from search import checks, signals  # noqa: F401 (registers the check and receivers)
