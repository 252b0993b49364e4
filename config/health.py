"""GET /healthz: the state of the database, the search engine and the background work."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from operations.health import background_report
from search.probe import probe_search_engine


def database_is_up():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


@never_cache
@require_GET
def healthz(request):
    """200 while the database answers: "ok", or "degraded" when search is down or the scheduler
    or worker has stopped beating (a load balancer keeps serving pages); 503 without a database.
    """
    database_up = database_is_up()
    search = probe_search_engine()
    body = {
        "database": "up" if database_up else "down",
        "search": {"engine": search.engine, "state": "up" if search.ok else "down"},
    }
    if not database_up:
        return JsonResponse({"status": "down", **body}, status=503)
    background_ok, background = background_report()
    status = "ok" if search.ok and background_ok else "degraded"
    return JsonResponse({"status": status, **body, **background})
