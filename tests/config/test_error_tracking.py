"""Optional error tracking with Sentry's SDK: off unless SENTRY_DSN is set, never personal data."""

import json

import sentry_sdk
from django.http import HttpResponse
from django.test import RequestFactory
from sentry_sdk.integrations.django import DjangoIntegration

from config.request_id import RequestIdMiddleware
from config.sentry import init_sentry, prepare_event
from tests.config.test_settings_startup import PRODUCTION, run_python

# Nothing listens on port 1 of the loopback interface: no event could leave the machine.
UNUSED_DSN = "http://public@127.0.0.1:1/1"

# A server process with SENTRY_DSN set whose events are kept by a transport of its own, not
# sent: a form post with an email address, through the WSGI application, to a view that fails.
# Prints the events as JSON.
CAPTURE_A_FAILING_REQUEST = """
import io, json, wsgiref.util
import sentry_sdk
from sentry_sdk.transport import Transport

events = []

class Keep(Transport):
    def capture_envelope(self, envelope):
        events.append(envelope.get_event())

start = sentry_sdk.init
sentry_sdk.init = lambda **options: start(transport=Keep(options), **options)

import django
django.setup()
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings

body = b"email=person%40example.org&name=A+Person"
environ = {
    "REQUEST_METHOD": "POST",
    "PATH_INFO": "/fails/",
    "QUERY_STRING": "next=/events/1/booking/signed-link-token",
    "CONTENT_TYPE": "application/x-www-form-urlencoded",
    "CONTENT_LENGTH": str(len(body)),
    "wsgi.input": io.BytesIO(body),
    "wsgi.url_scheme": "https",
    "HTTP_HOST": "planningforsafety.example.org",
    "HTTP_X_REQUEST_ID": "ref-12345678",
    "HTTP_COOKIE": "sessionid=abc",
    "REMOTE_ADDR": "203.0.113.9",
}
wsgiref.util.setup_testing_defaults(environ)
with override_settings(
    ROOT_URLCONF="tests.config.error_urls",
    MIDDLEWARE=["config.request_id.RequestIdMiddleware"],
):
    get_wsgi_application()(environ, lambda status, headers: None)
print(json.dumps([event for event in events if event]))
"""


def test_without_a_dsn_sentrys_sdk_is_never_imported():
    code = "import sys, django; django.setup(); print('sentry_sdk' in sys.modules)"
    result = run_python("-c", code, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_with_a_dsn_the_sdk_starts_with_no_personal_data_and_the_configured_environment():
    code = (
        "import json, django, sentry_sdk; django.setup(); "
        "options = sentry_sdk.get_client().options; "
        "print(json.dumps({name: options[name] for name in "
        "['dsn', 'send_default_pii', 'environment', 'traces_sample_rate']}))"
    )
    result = run_python(
        "-c",
        code,
        **PRODUCTION,
        SENTRY_DSN=UNUSED_DSN,
        SENTRY_ENVIRONMENT="staging",
        SENTRY_TRACES_SAMPLE_RATE="0.25",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "dsn": UNUSED_DSN,
        "send_default_pii": False,
        "environment": "staging",
        "traces_sample_rate": 0.25,
    }


def test_init_gets_the_django_integration_and_traces_off_by_default(monkeypatch):
    calls = []
    monkeypatch.setattr(sentry_sdk, "init", lambda **options: calls.append(options))
    init_sentry("", "", 0.0)
    assert calls == []
    init_sentry(UNUSED_DSN, "", 0.0)
    [options] = calls
    assert options["send_default_pii"] is False
    assert options["traces_sample_rate"] == 0.0
    assert options["environment"] is None
    assert [type(integration) for integration in options["integrations"]] == [DjangoIntegration]


def test_an_error_reaches_sentry_tagged_with_its_request_id_and_without_personal_data():
    result = run_python("-c", CAPTURE_A_FAILING_REQUEST, **PRODUCTION, SENTRY_DSN=UNUSED_DSN)
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout.splitlines()[-1])
    [event] = [event for event in events if "exception" in event and not event.get("logger")]
    assert event["tags"]["request_id"] == "ref-12345678"
    [exception] = event["exception"]["values"]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "the view failed")
    request = event["request"]
    assert (request["method"], request["url"]) == (
        "POST",
        "https://planningforsafety.example.org/fails/",
    )
    assert not request.get("data")
    assert not {"query_string", "cookies"} & request.keys()
    assert "user" not in event
    assert not [frame for frame in exception["stacktrace"]["frames"] if "vars" in frame]
    sent = json.dumps(event)
    for private in (
        "person@example.org",
        "A Person",
        "signed-link-token",
        "sessionid",
        "203.0.113",
    ):
        assert private not in sent


def test_events_sent_while_handling_a_request_are_tagged_with_its_request_id():
    events = []

    def view(request):
        events.append(prepare_event({"tags": {"handler": "view"}}, None))
        return HttpResponse()

    request = RequestFactory().get("/", HTTP_X_REQUEST_ID="lb-0123456789")
    RequestIdMiddleware(view)(request)
    assert events == [{"tags": {"handler": "view", "request_id": "lb-0123456789"}}]
    assert prepare_event({"message": "from the worker"}, None) == {"message": "from the worker"}
