"""A request id on every request, its response (X-Request-ID) and every log line made for it.

An id from the load balancer is kept only when it is well formed, so a header can never
inject text into the logs; otherwise a new one is made. Work outside a request (the task
worker, management commands) has none.
"""

import contextvars
import re
import uuid

HEADER = "X-Request-ID"
WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,64}")

_current = contextvars.ContextVar("request_id", default=None)


def current_request_id():
    """The id of the request being handled, or None outside a request."""
    return _current.get()


def incoming_or_new(value):
    if value and WELL_FORMED.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = incoming_or_new(request.headers.get(HEADER))
        token = _current.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[HEADER] = request.request_id
        return response
