from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network and accounts"

    def ready(self):
        # Connect signal receivers: shorter admin sessions, and the audit log.
        from network import access_generation, audit, sessions  # noqa: F401

        access_generation.connect()
