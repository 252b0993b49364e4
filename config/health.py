"""GET /healthz: the state of the database and the search engine, for load balancers."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

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
    """200 while the database answers ("ok", or "degraded" without search); 503 otherwise."""
    database_up = database_is_up()
    search = probe_search_engine()
    if not database_up:
        status, code = "down", 503
    elif not search.ok:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse(
        {
            "status": status,
            "database": "up" if database_up else "down",
            "search": {"engine": search.engine, "state": "up" if search.ok else "down"},
        },
        status=code,
    )
