from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and general pages"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from home.page_cache import invalidate

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate, dispatch_uid="home.page_cache")
