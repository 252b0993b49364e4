from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.page_cache import invalidate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and general pages"

    def ready(self):
        # Models, and modules that import them, load only once the app registry is ready.
        from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site

        from home.models import Audience, SiteSettings, Topic
        from home.review_emails import send_review_emails_through_the_outbox

        send_review_emails_through_the_outbox()

        # Anything that changes what a visitor may see, or where, starts a new generation.
        # (Deleting a live page sends page_unpublished; a group restriction hides a page
        # from visitors whichever groups it names.)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate, dispatch_uid="home.page_cache")
        # Pages and fragments also show topic and audience names, documents and images, the
        # site settings, and documents only as their collection's restrictions allow; the
        # sites and their root pages are kept (home/sites.py).
        shown = (PageViewRestriction, CollectionViewRestriction, Topic, Audience, Site)
        shown += (get_document_model(), get_image_model())
        for signal in (post_save, post_delete):
            for model in shown:
                signal.connect(invalidate, sender=model, dispatch_uid="home.page_cache")
        # The site's settings are made with their defaults the first time a page reads them:
        # only a change shows.
        post_save.connect(settings_changed, sender=SiteSettings, dispatch_uid="home.page_cache")
        for restriction in (PageViewRestriction, CollectionViewRestriction):
            m2m_changed.connect(
                invalidate, sender=restriction.groups.through, dispatch_uid="home.page_cache"
            )


def settings_changed(created, **kwargs):
    if not created:
        invalidate()
