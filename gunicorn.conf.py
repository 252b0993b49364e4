"""Gunicorn reads ./gunicorn.conf.py from the folder it starts in: the project's, for the
Procfile, the systemd unit and the smoke test. Its own log lines then take the app's
LOG_FORMAT (config/logs.py), so everything the web process writes parses the same way."""

from config.logs import gunicorn_logging

logconfig_dict = gunicorn_logging()
