"""Optional error tracking with Sentry's SDK, on only when SENTRY_DSN is set.

Without a DSN the SDK is never imported. With one, Sentry gets the error, its stack trace and
the request's method, address and headers, but no personal data: no cookies, user or IP
address (send_default_pii off), no form bodies, query strings or local variables, which may
hold names, email addresses or signed links. Each event is tagged with the request id that
the logs and the 500 page show.
"""

from config.request_id import current_request_id


def prepare_event(event, hint):
    """Sentry's before_send hooks: tag the request id, drop the query string."""
    event.get("request", {}).pop("query_string", None)
    request_id = current_request_id()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event


def init_sentry(dsn, environment, traces_sample_rate):
    """Start the SDK when a DSN is given."""
    if not dsn:
        return
    # Without a DSN the SDK is never imported (see the docstring).
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate,
        environment=environment or None,
        before_send=prepare_event,
        before_send_transaction=prepare_event,
    )
