from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

from home.page_cache import invalidate


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        # Models, and modules that import them, load only once the app registry is ready.
        from events import changes  # noqa: F401 (connects the publish receiver)
        from events.models import Booking

        # Places left and waitlists show on cached event pages and listings.
        post_save.connect(invalidate, sender=Booking, dispatch_uid="events.page_cache.saved")
        post_delete.connect(invalidate, sender=Booking, dispatch_uid="events.page_cache.deleted")
