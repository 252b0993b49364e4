from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Operations"

    def ready(self):
        # Registered when the app is ready, where Django's system-check docs put registration.
        from operations import checks  # noqa: F401  (registers the schedule check)
