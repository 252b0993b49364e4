"""The server error handler: a database outage gets a "briefly unavailable" 503 page.

Django calls handler500 while the exception is being handled, so the exception is still in
sys.exc_info(). Neither page touches the database: they render without a request context.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

#: connection-level failures: the database is unreachable, restarting or out of connections
DATABASE_DOWN = (OperationalError, InterfaceError)


@requires_csrf_token
def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))
