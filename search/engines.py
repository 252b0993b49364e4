"""Which search backend the site uses, chosen from SEARCH_URL and SEARCH_ENGINE.

Kept free of Django model imports so that settings.py can call it.
"""

import re
from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DATABASE_BACKEND = "wagtail.search.backends.database"


@dataclass(frozen=True)
class Engine:
    """A search server family and major version, with the Python client it needs."""

    name: str
    distribution: str  # what the server reports: "elasticsearch" or "opensearch"
    major: int
    client_package: str

    @property
    def backend(self):
        return f"wagtail.search.backends.{self.name}"


ENGINES = {
    engine.name: engine
    for engine in (
        Engine("elasticsearch9", "elasticsearch", 9, "elasticsearch"),
        Engine("opensearch2", "opensearch", 2, "opensearch-py"),
        Engine("elasticsearch8", "elasticsearch", 8, "elasticsearch"),
        Engine("opensearch3", "opensearch", 3, "opensearch-py"),
    )
}
DEFAULT_ENGINE = "elasticsearch9"


def installed_major_version(package):
    try:
        return int(metadata.version(package).split(".")[0])
    except metadata.PackageNotFoundError:
        return None


def select_engine(name):
    """The Engine for SEARCH_ENGINE, or a clear error naming the allowed values."""
    name = (name or DEFAULT_ENGINE).strip().lower()
    if name not in ENGINES:
        allowed = ", ".join(ENGINES)
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={name!r} is not supported; use one of: {allowed}."
        )
    engine = ENGINES[name]
    client_major = installed_major_version(engine.client_package)
    if client_major != engine.major:
        found = f"{client_major}.x" if client_major else "not installed"
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={name} needs the {engine.client_package} {engine.major}.x client "
            f"(installed: {found}). Pin {engine.client_package}>={engine.major},"
            f"<{engine.major + 1} in requirements.txt."
        )
    return engine


def engine_for_backend(backend_path):
    """The Engine behind a WAGTAILSEARCH_BACKENDS entry, or None for the database backend."""
    return next((e for e in ENGINES.values() if e.backend == backend_path), None)


def redact_url(url):
    """The URL without user name, password, query or fragment: safe to print in logs and errors.

    The host and port are kept as written, so an IPv6 address keeps its brackets
    (http://[::1]:9200). Never raises, whatever the text: it also serves to report bad URLs.
    """
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "", url
    # Everything up to the last "@" is the user name and password, even if they hold an
    # unescaped "/", "?" or "#" (which also makes the URL invalid).
    rest = rest.rpartition("@")[2]
    return scheme + separator + re.split(r"[?#]", rest, maxsplit=1)[0]


def check_search_url(search_url):
    """Refuse a SEARCH_URL that the search clients could not use."""
    if not search_url.startswith(("http://", "https://")):
        raise ImproperlyConfigured(
            f"SEARCH_URL must start with http:// or https://; got {redact_url(search_url)!r}."
        )
    try:
        parts = urlsplit(search_url)
        parts.port  # noqa: B018 (raises ValueError unless the port is a number up to 65535)
    except ValueError:
        parts = None
    if parts is None or not parts.hostname:
        raise ImproperlyConfigured(
            "SEARCH_URL must be http(s)://[user:password@]host[:port][/path], with an IPv6 "
            f"address in brackets; got {redact_url(search_url)!r}."
        )


def search_backends(search_url, engine_name, index_prefix, timeout=10):
    """The WAGTAILSEARCH_BACKENDS setting for these environment values."""
    if not search_url:
        if engine_name:
            raise ImproperlyConfigured(
                "SEARCH_ENGINE is set but SEARCH_URL is not: set SEARCH_URL to the server's "
                "address, or unset both to use the database search backend."
            )
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    # A cluster's nodes, comma-separated: the clients move to the next when one is down.
    urls = [url.strip() for url in search_url.split(",") if url.strip()]
    for url in urls or [search_url]:
        check_search_url(url)
    engine = select_engine(engine_name)
    return {
        "default": {
            "BACKEND": engine.backend,
            "URLS": urls,
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            # Rebuild into a new index and switch the alias when done (modelsearch's default,
            # stated here because the README promises it).
            "ATOMIC_REBUILD": True,
            "OPTIONS": {},
        }
    }
