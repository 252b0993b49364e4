"""What operators see: a request id on every response and log line, JSON logs, the 500 page."""

import io
import json
import logging

import pytest
from django.db import connection
from django.test import Client

from config import errors
from config.logs import JsonFormatter, TextFormatter
from tests.config.test_settings_startup import PRODUCTION, run_python
from tests.factories import make_home_page
from tests.search.test_health_and_checks import database_outage

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.config.error_urls")]


@pytest.fixture
def log_lines():
    """The JSON lines the console handler writes in production, parsed, as they are written."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)


def test_each_response_gets_a_new_request_id(client):
    first = client.get("/logs/")["X-Request-ID"]
    second = client.get("/logs/")["X-Request-ID"]
    assert len(first) == 32 and int(first, 16) >= 0
    assert first != second


def test_a_well_formed_request_id_from_the_load_balancer_is_kept(client):
    response = client.get("/logs/", HTTP_X_REQUEST_ID="lb-7f3a.9c21_0042")
    assert response["X-Request-ID"] == "lb-7f3a.9c21_0042"


@pytest.mark.parametrize(
    "incoming",
    [
        "short",
        "x" * 65,
        "has spaces in it",
        "abcdefgh\nlevel=ERROR forged",
        'abcdefgh", "level": "forged',
        "<script>alert(1)</script>",
    ],
)
def test_a_malformed_incoming_request_id_is_replaced(client, log_lines, incoming):
    response = client.get("/logs/", HTTP_X_REQUEST_ID=incoming)
    request_id = response["X-Request-ID"]
    assert request_id != incoming and len(request_id) == 32
    assert [line["request_id"] for line in log_lines()] == [request_id]


def test_an_https_redirect_made_before_other_middleware_carries_a_request_id(settings):
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get("/logs/")
    assert response.status_code == 301
    assert len(response["X-Request-ID"]) == 32


def test_log_lines_are_json_carrying_the_request_id_of_their_request(client, log_lines):
    first = client.get("/logs/")["X-Request-ID"]
    second = client.get("/logs/")["X-Request-ID"]
    lines = log_lines()
    assert [(line["logger"], line["message"]) for line in lines] == [
        ("tests.config", "Handling the request")
    ] * 2
    assert [line["request_id"] for line in lines] == [first, second]
    assert all(line["level"] == "INFO" and line["time"].endswith("+00:00") for line in lines)


def test_a_not_found_logged_after_the_middleware_still_carries_its_request_id(client, log_lines):
    response = client.get("/missing/")
    assert response.status_code == 404
    [line] = log_lines()
    assert line["logger"] == "django.request" and line["level"] == "WARNING"
    assert line["request_id"] == response["X-Request-ID"]
    assert (line["method"], line["path"], line["status"]) == ("GET", "/missing/", 404)


def test_work_outside_a_request_such_as_the_task_worker_logs_no_request_id(log_lines):
    logging.getLogger("tests.config").warning("Sending the newsletter batch")
    [line] = log_lines()
    assert line["request_id"] is None


def test_500_page_shows_the_request_id_found_in_the_logs(log_lines):
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert f"Reference: <code>{request_id}</code> (please quote it if you contact us)." in html
    [line] = [line for line in log_lines() if line["logger"] == "django.request"]
    assert line["level"] == "ERROR" and line["request_id"] == request_id
    assert (line["method"], line["path"], line["status"]) == ("GET", "/fails/", 500)
    assert "RuntimeError: the view failed" in line["exception"]


def test_500_page_still_shows_the_request_id_when_its_templates_fail(monkeypatch, log_lines):
    def broken_templates(*args, **kwargs):
        raise OSError("template directory unreadable")

    monkeypatch.setattr(errors.loader, "render_to_string", broken_templates)
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert f"Reference: <code>{request_id}</code>" in response.content.decode()
    failures = [line for line in log_lines() if line["logger"] == "config.errors"]
    assert [line["request_id"] for line in failures] == [request_id]


@pytest.mark.urls("config.urls")
def test_the_database_outage_page_shows_the_request_id_too():
    make_home_page()
    with connection.execute_wrapper(database_outage):
        response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503
    assert f"Reference: <code>{response['X-Request-ID']}</code>" in response.content.decode()


def test_the_text_format_shows_the_request_id_in_brackets(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(TextFormatter())
    logging.getLogger().addHandler(handler)
    try:
        request_id = client.get("/logs/")["X-Request-ID"]
    finally:
        logging.getLogger().removeHandler(handler)
    assert (
        stream.getvalue()
        .rstrip()
        .endswith(f"INFO tests.config [{request_id}] Handling the request")
    )


def log_a_warning(**env):
    """What a server process with this environment writes for one warning."""
    code = "import django, logging; django.setup(); logging.getLogger('x').warning('Hello')"
    result = run_python("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stderr.strip()


def test_production_logs_are_json_lines_unless_log_format_is_text():
    line = json.loads(log_a_warning(**PRODUCTION))
    assert (line["level"], line["logger"], line["message"]) == ("WARNING", "x", "Hello")
    assert line["request_id"] is None
    assert log_a_warning(**PRODUCTION, LOG_FORMAT="text").endswith("WARNING x [-] Hello")


def test_development_logs_are_text_unless_log_format_is_json():
    assert log_a_warning(DEBUG="1").endswith("WARNING x [-] Hello")
    assert json.loads(log_a_warning(DEBUG="1", LOG_FORMAT="json"))["message"] == "Hello"


def gunicorn_says_booting(**env):
    """What gunicorn, configured by the project's gunicorn.conf.py, writes when a worker boots
    (its own Logger and config loading), and whether its access log would write anything."""
    code = (
        "import logging, runpy\n"
        "from gunicorn.config import Config\n"
        "from gunicorn.glogging import Logger\n"
        "config = Config()\n"
        "config.set('logconfig_dict', runpy.run_path('gunicorn.conf.py')['logconfig_dict'])\n"
        "Logger(config).info('Booting worker with pid: %s', 42)\n"
        "print(logging.getLogger('gunicorn.access').isEnabledFor(logging.INFO))\n"
    )
    result = run_python("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stderr.strip(), result.stdout.strip()


def test_gunicorns_own_lines_take_the_apps_log_format_and_its_access_log_stays_silent():
    line, access_logged = gunicorn_says_booting(**PRODUCTION)
    entry = json.loads(line)
    assert (entry["level"], entry["logger"]) == ("INFO", "gunicorn.error")
    assert entry["message"] == "Booting worker with pid: 42"
    assert access_logged == "False"
    text, _ = gunicorn_says_booting(DEBUG="1")
    assert text.endswith("INFO gunicorn.error [-] Booting worker with pid: 42")
