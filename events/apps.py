from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from events import changes  # noqa: F401 (connects the publish receiver)
        from events.models import Booking
        from home.page_cache import invalidate

        # Places left and waitlists show on cached event pages and listings.
        post_save.connect(invalidate, sender=Booking, dispatch_uid="events.page_cache.saved")
        post_delete.connect(invalidate, sender=Booking, dispatch_uid="events.page_cache.deleted")
