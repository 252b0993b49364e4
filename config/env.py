"""Typed readers for environment variables.

Every setting comes from the environment (twelve-factor). These helpers turn raw strings
into values and raise ImproperlyConfigured with the variable's name when a value is bad,
so a misconfigured server refuses to start instead of running half-configured.
"""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name, default=None, environ=None):
    environ = os.environ if environ is None else environ
    value = environ.get(name)
    return default if value is None else value.strip()


def env_bool(name, default=False, environ=None):
    raw = env_str(name, None, environ)
    if raw is None:
        return default
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off); got {raw!r}.")


def env_int(name, default, environ=None):
    raw = env_str(name, None, environ)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None


def env_choice(name, choices, default, environ=None):
    """One of `choices` (case-insensitive): a name the site knows, e.g. a backend's."""
    value = env_str(name, default, environ).lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of: {', '.join(choices)}; got {value!r}.")
    return value


def env_list(name, default=(), environ=None):
    """A comma-separated list; blanks are dropped."""
    raw = env_str(name, None, environ)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret_key(debug, environ=None):
    """SECRET_KEY is required in production; a fixed development key only when DEBUG is on."""
    value = env_str("SECRET_KEY", "", environ)
    if value:
        return value
    if debug:
        return "django-insecure-local-development-only"
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")


def base_url(environ=None):
    """BASE_URL without a trailing slash; it must be an absolute http(s) URL."""
    value = env_str("BASE_URL", "http://127.0.0.1:8000", environ).rstrip("/")
    if not value.startswith(("http://", "https://")):
        raise ImproperlyConfigured(f"BASE_URL must start with http:// or https://; got {value!r}.")
    return value


def env_rate(name, default, environ=None):
    """A rate such as "20/600": at most 20 requests in 600 seconds. Returns (20, 600)."""
    raw = env_str(name, None, environ) or default
    count, slash, seconds = raw.partition("/")
    try:
        rate = (int(count), int(seconds))
    except ValueError:
        rate = None
    if not slash or rate is None or rate[0] < 1 or rate[1] < 1:
        raise ImproperlyConfigured(
            f"{name} must be requests/seconds with whole numbers, e.g. 20/600; got {raw!r}."
        )
    return rate


def env_schedules(name, environ=None):
    """ "job=cron; job=cron" as {job: cron}; names and expressions are checked by operations."""
    raw = env_str(name, "", environ)
    schedules = {}
    for item in filter(None, (part.strip() for part in raw.split(";"))):
        job, equals, schedule = item.partition("=")
        if not equals or not job.strip() or not schedule.strip():
            raise ImproperlyConfigured(
                f'{name} must be "job=cron expression" items separated by ";"; got {item!r}.'
            )
        schedules[job.strip()] = " ".join(schedule.split())
    return schedules


def env_fraction(name, default, environ=None):
    """A number from 0 to 1, e.g. a sampling rate."""
    raw = env_str(name, None, environ)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1:
        raise ImproperlyConfigured(f"{name} must be a number from 0 to 1; got {raw!r}.")
    return value
