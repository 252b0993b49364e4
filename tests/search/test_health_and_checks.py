"""/healthz and the "search" system check, against real servers and real failures."""

import copy

import pytest
from django.core.checks import run_checks
from django.db import OperationalError, connection

from search.checks import check_search_engine
from search.engines import ENGINES
from search.probe import probe_search_engine
from tests.factories import make_home_page
from tests.services import require_search_server, uses_search_server

pytestmark = pytest.mark.django_db

# Nothing listens on port 1 of the loopback interface: a real "connection refused".
CLOSED_PORT_URL = "http://127.0.0.1:1"


def point_search_at(settings, url, engine="opensearch2"):
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"] = {
        "BACKEND": ENGINES[engine].backend,
        "URLS": [url],
        "INDEX_PREFIX": "healthcheck_",
        "TIMEOUT": 2,
    }
    settings.WAGTAILSEARCH_BACKENDS = backends


def database_outage(execute, sql, params, many, context):
    """Every query fails, as when the database server has gone away."""
    raise OperationalError("server closed the connection unexpectedly")


def test_healthz_is_ok_when_database_and_search_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "up"
    assert body["search"]["state"] == "up"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_reports_degraded_but_200_when_search_is_down(client, settings):
    point_search_at(settings, CLOSED_PORT_URL)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"] == "up"
    assert body["search"] == {"engine": "opensearch2", "state": "down"}


def test_healthz_is_503_when_the_database_is_down(client):
    with connection.execute_wrapper(database_outage):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "down"
    assert response.json()["database"] == "down"


def test_healthz_never_shows_the_search_url_or_its_credentials(client, settings):
    point_search_at(settings, "http://elastic:hunter2@127.0.0.1:1")
    text = client.get("/healthz").content.decode()
    assert "hunter2" not in text
    assert "127.0.0.1" not in text


def test_healthz_search_is_up_while_one_of_the_nodes_answers(client, settings):
    require_search_server()
    url = settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"][0]
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"]["URLS"] = [CLOSED_PORT_URL, url]
    settings.WAGTAILSEARCH_BACKENDS = backends
    assert client.get("/healthz").json()["search"]["state"] == "up"


def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == 405


def test_search_check_passes_for_the_configured_engine():
    assert check_search_engine() == []


def test_search_check_passes_against_the_real_search_server():
    require_search_server()
    probe = probe_search_engine()
    assert probe.ok, probe.detail
    assert probe.detail.split()[0] in {"opensearch", "elasticsearch"}


def test_search_check_reports_an_unreachable_server_with_its_url(settings):
    point_search_at(settings, "http://user:secret@127.0.0.1:1")
    [error] = check_search_engine()
    assert error.id == "search.E001"
    assert "opensearch2 at http://127.0.0.1:1" in error.msg
    assert "unreachable" in error.msg
    assert "secret" not in error.msg


def test_search_check_reaches_and_shows_an_ipv6_address_in_brackets(settings):
    point_search_at(settings, "http://user:secret@[::1]:1")
    [error] = check_search_engine()
    assert "opensearch2 at http://[::1]:1 is not usable: unreachable" in error.msg
    assert "secret" not in error.msg


def test_search_check_reports_a_server_that_is_not_a_search_engine(settings, live_server):
    point_search_at(settings, live_server.url + "/healthz-does-not-exist")
    [error] = check_search_engine()
    assert "answered HTTP 404" in error.msg


def test_search_check_reports_a_plain_web_server_as_not_a_search_engine(settings, live_server):
    make_home_page()
    point_search_at(settings, live_server.url)
    [error] = check_search_engine()
    assert "wrong engine" in error.msg
    assert "did not answer with JSON (not a search engine)" in error.msg


def test_search_check_reports_the_wrong_engine_family_or_version(settings):
    require_search_server()
    real = probe_search_engine()
    url = settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"][0]
    other = "elasticsearch9" if real.engine.startswith("opensearch") else "opensearch2"
    point_search_at(settings, url, engine=other)
    [error] = check_search_engine()
    assert "wrong engine: expected" in error.msg
    assert real.detail in error.msg


def test_search_check_runs_with_deploy_checks_only_so_start_up_survives_an_outage(settings):
    point_search_at(settings, CLOSED_PORT_URL)
    assert [e.id for e in run_checks(tags=["search"], include_deployment_checks=True)] == [
        "search.E001"
    ]
    assert "search.E001" not in [e.id for e in run_checks()]


def test_healthz_search_state_matches_the_configured_backend(client):
    engine = client.get("/healthz").json()["search"]["engine"]
    assert (engine != "database") == uses_search_server()
