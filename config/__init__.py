"""The Django project package: settings, root URLconf, WSGI and ASGI entry points."""
