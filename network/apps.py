from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network and accounts"

    def ready(self):
        from network import sessions  # noqa: F401  (connects the sign-in signal)
