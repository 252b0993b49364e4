"""Log formats (LOG_FORMAT): one JSON object per line for operators, readable text for developers.

Both carry the request id (config/request_id.py). Django logs 4xx responses after the
middleware has returned, so for records that name their request the id is read from it.
"""

import json
import logging
from datetime import UTC, datetime

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_str
from config.request_id import current_request_id

FORMATTERS = {"json": "config.logs.JsonFormatter", "text": "config.logs.TextFormatter"}


def log_format(environ=None):
    """LOG_FORMAT: `json` unless DEBUG is on (then `text`); read by the settings and gunicorn."""
    default = "text" if env_bool("DEBUG", False, environ) else "json"
    chosen = env_str("LOG_FORMAT", default, environ).lower()
    if chosen not in FORMATTERS:
        raise ImproperlyConfigured(f"LOG_FORMAT must be json or text; got {chosen!r}.")
    return chosen


def gunicorn_logging(environ=None):
    """Gunicorn's logconfig_dict: its own lines (start, workers booting, timeouts) in the
    app's format on standard error. Its access log stays silent, as before: the load balancer
    keeps one, and the app logs its errors with their request id."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"app": {"()": FORMATTERS[log_format(environ)]}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "app",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
        },
    }


def request_id_of(record):
    request = getattr(record, "request", None)
    return getattr(request, "request_id", None) or current_request_id()


def response_fields(record):
    """Method, path and status of a django.request record, those it has."""
    request = getattr(record, "request", None)
    fields = {
        "method": getattr(request, "method", None),
        "path": getattr(request, "path", None),
        "status": getattr(record, "status_code", None),
    }
    return {name: value for name, value in fields.items() if value is not None}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_of(record),
        }
        if record.name == "django.request":
            entry.update(response_fields(record))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("{asctime} {levelname} {name} [{request_id}] {message}", style="{")

    def format(self, record):
        record.request_id = request_id_of(record) or "-"
        return super().format(record)
