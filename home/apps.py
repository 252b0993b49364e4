from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and general pages"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from home.models import Audience, Topic
        from home.page_cache import invalidate

        # Anything that changes what a visitor may see, or where, starts a new generation.
        # (Deleting a live page sends page_unpublished; a group restriction hides a page
        # from visitors whichever groups it names.)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate, dispatch_uid="home.page_cache")
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=PageViewRestriction, dispatch_uid="home.page_cache")
            # topic and audience names show on pages and label search's facets
            for snippet in (Topic, Audience):
                signal.connect(invalidate, sender=snippet, dispatch_uid="home.page_cache")
