"""The "search" system check: is the configured search server up and the right engine?

Registered as a deployment check so that `manage.py check --deploy` (and
`manage.py check --deploy --tag search` alone) reports it, while runserver, migrate and
gunicorn still start when the search server is down; /healthz reports that state at run time.
"""

from django.core.checks import Error, register

from search.probe import probe_search_engine


@register("search", deploy=True)
def check_search_engine(app_configs=None, **kwargs):
    result = probe_search_engine()
    if result.ok:
        return []
    return [
        Error(
            f"Search engine {result.engine} at {result.url} is not usable: {result.detail}.",
            hint="Check SEARCH_URL and SEARCH_ENGINE, and that the search server is running.",
            id="search.E001",
        )
    ]
