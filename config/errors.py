"""The server error handler: a database outage gets a "briefly unavailable" 503 page.

Django calls handler500 while the exception is being handled, so the exception is still in
sys.exc_info(). Neither page touches the database: they render without a request context,
given only the request id, which the logs carry too, so a person can quote it. Should the
templates themselves fail, a fixed page with the id is sent instead.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.html import format_html
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

#: connection-level failures: the database is unreachable, restarting or out of connections
DATABASE_DOWN = (OperationalError, InterfaceError)

PLAIN_500 = (
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Sorry, there is a problem with the service | Planning for Safety</title></head>\n"
    "<body><main><h1>Sorry, there is a problem with the service</h1>"
    "<p>Try again in a few minutes.</p>{}</main></body>\n</html>\n"
)
REFERENCE = "<p>Reference: <code>{}</code> (please quote it if you contact us).</p>"


def render_page(template_name, request_id):
    try:
        return loader.render_to_string(template_name, {"request_id": request_id})
    except Exception:
        logger.exception("The error page %s could not be rendered", template_name)
        return format_html(PLAIN_500, format_html(REFERENCE, request_id) if request_id else "")


@requires_csrf_token
def server_error(request):
    request_id = getattr(request, "request_id", None)  # config/request_id.py
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        response = HttpResponse(render_page("503.html", request_id), status=503)
        response["Retry-After"] = "60"
        return response
    return HttpResponseServerError(render_page("500.html", request_id))
