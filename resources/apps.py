from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Resource library"

    def ready(self):
        # signals imports resources.models: models load only once the app registry is ready.
        from resources import signals  # noqa: F401 (connects the receivers)
