"""Every change that alters a search document or its scopes refreshes it (search.upkeep).

Pages: publish, unpublish, move, rename (descendants' URLs), delete, and view restrictions
added, changed or removed (the section and everything under it). Discussions: a thread, a
post or a session note saved or deleted, and their topics. A discussion space's audience or
people need nothing here: they change who holds the space's scope, not the documents.

Wagtail's own index (the admin's search) is kept too: it indexes a page in post_save, before
modelcluster writes its relations, so the published page is indexed again once they are.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished, post_page_move

from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession
from search.upkeep import refresh

#: pages whose URL is changing in this save: their descendants' URLs change with them
_renamed_pages = set()


def page_keys(pages):
    return {f"page:{pk}" for pk in pages.values_list("pk", flat=True)}


def page_and_descendants(page):
    return page_keys(Page.objects.filter(path__startswith=page.path))


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    insert_or_update_object(instance)
    if instance.pk in _renamed_pages:
        _renamed_pages.discard(instance.pk)
        refresh(page_and_descendants(instance))
    else:
        refresh({f"page:{instance.pk}"})


@receiver(pre_save)
def note_renamed_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk and not instance.is_leaf():
        before = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()
        if before is not None and before != instance.url_path:
            _renamed_pages.add(instance.pk)


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    refresh({f"page:{instance.pk}"})


@receiver(post_page_move)
def page_was_moved(sender, instance, **kwargs):
    refresh(page_and_descendants(instance))


@receiver(post_delete, sender=Page)  # deleting any page type deletes its Page row too
def page_was_deleted(sender, instance, **kwargs):
    refresh({f"page:{instance.pk}"})


@receiver(post_delete, sender=Thread)
def thread_was_deleted(sender, instance, **kwargs):
    refresh({f"thread:{instance.pk}"})


@receiver(post_delete, sender=Post)
def post_was_deleted(sender, instance, **kwargs):
    refresh({f"post:{instance.pk}", f"thread:{instance.thread_id}"})


@receiver(post_delete, sender=ActionLearningSession)
def session_was_deleted(sender, instance, **kwargs):
    refresh({f"session:{instance.pk}"})


@receiver(post_delete, sender=PageViewRestriction)
def restriction_deleted(sender, instance, **kwargs):
    restriction_changed(instance)


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, **kwargs):
    restriction_changed(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PageViewRestriction):
        restriction_changed(instance)


def restriction_changed(restriction):
    page = Page.objects.filter(pk=restriction.page_id).first()
    if page is not None:
        refresh(page_and_descendants(page))


def thread_keys(thread_id):
    replies = Post.objects.filter(thread_id=thread_id, is_opening=False)
    return {f"thread:{thread_id}"} | {f"post:{pk}" for pk in replies.values_list("pk", flat=True)}


@receiver(post_save, sender=Thread)
def thread_saved(sender, instance, **kwargs):
    refresh(thread_keys(instance.pk))


@receiver(m2m_changed, sender=Thread.topics.through)
def thread_topics_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Thread):
        refresh(thread_keys(instance.pk))


@receiver(post_save, sender=Post)
def post_saved(sender, instance, **kwargs):
    refresh({f"thread:{instance.thread_id}"} if instance.is_opening else {f"post:{instance.pk}"})


@receiver(post_save, sender=ActionLearningSession)
def session_saved(sender, instance, **kwargs):
    refresh({f"session:{instance.pk}"})


@receiver(m2m_changed, sender=ActionLearningSession.themes.through)
def session_themes_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, ActionLearningSession):
        refresh({f"session:{instance.pk}"})
