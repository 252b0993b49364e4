"""Asks the configured search server what it is, for the system check and /healthz."""

import base64
import json
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlsplit
from urllib.request import Request, urlopen

from django.conf import settings

from search.engines import engine_for_backend, redact_url

PROBE_TIMEOUT_SECONDS = 3


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    engine: str  # the SEARCH_ENGINE name, or "database"
    url: str  # redacted: never carries credentials
    detail: str


def backend_settings(alias="default"):
    return settings.WAGTAILSEARCH_BACKENDS[alias]


def probe_search_engine(alias="default"):
    """Whether the configured search server answers and is the engine SEARCH_ENGINE names.

    With several nodes, the first that answers as the right engine decides (the clients move
    past nodes that are down); when none does, the first node's problem is reported.
    """
    config = backend_settings(alias)
    engine = engine_for_backend(config["BACKEND"])
    if engine is None:
        return ProbeResult(True, "database", "", "database search backend (no server needed)")
    results = []
    for url in config["URLS"]:
        results.append(probe_node(engine, url))
        if results[-1].ok:
            return results[-1]
    return results[0]


def probe_node(engine, url):
    safe_url = redact_url(url)
    try:
        info = fetch_root_document(url)
    except HTTPError as error:
        return ProbeResult(False, engine.name, safe_url, f"answered HTTP {error.code}")
    except ValueError as error:
        return ProbeResult(False, engine.name, safe_url, f"wrong engine: {error}")
    except (URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return ProbeResult(False, engine.name, safe_url, f"unreachable: {reason}")
    distribution, number = server_identity(info)
    found = (
        f"{distribution} {number}" if number else "a server that is not Elasticsearch or OpenSearch"
    )
    if distribution == engine.distribution and number.split(".")[0] == str(engine.major):
        return ProbeResult(True, engine.name, safe_url, found)
    return ProbeResult(
        False,
        engine.name,
        safe_url,
        f"wrong engine: expected {engine.distribution} {engine.major}.x, found {found}",
    )


def fetch_root_document(url):
    """GET the server's root document (name, version), sending any credentials in the URL."""
    parts = urlsplit(url)
    headers = {"Accept": "application/json"}
    if parts.username:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(token).decode()
    # SEARCH_URL is checked to be http(s) when settings load.
    request = Request(redact_url(url).rstrip("/") + "/", headers=headers)  # noqa: S310
    with urlopen(request, timeout=PROBE_TIMEOUT_SECONDS) as response:  # noqa: S310
        body = response.read(65536)
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValueError("the server did not answer with JSON (not a search engine)") from None


def server_identity(info):
    """(distribution, version number) from a root document; ("", "") if it is not one."""
    version = info.get("version") if isinstance(info, dict) else None
    if not isinstance(version, dict) or not version.get("number"):
        return "", ""
    return str(version.get("distribution", "elasticsearch")), str(version["number"])
