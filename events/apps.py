from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        from events import changes  # noqa: F401 (connects the publish receiver)
