"""Settings for a benchmark that drives the site in its own process through Django's test
client (bench/search_benchmark.py, bench/profile_pages.py). Call before django.setup()."""

import os
import tempfile
from pathlib import Path


def use_production_settings(**overrides):
    """Production settings, except what the test client needs (its host name, no TLS), and
    an abuse limit that lets one address search thousands of times a minute."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
            "RATE_LIMIT_SEARCH": "1000000/60",
            **overrides,
        }
    )
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
    os.environ.setdefault("STATIC_ROOT", str(Path(tempfile.gettempdir()) / "pfs-bench-static"))
