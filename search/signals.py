"""Re-index a page once it is published, when its relations are saved.

Wagtail indexes a page in post_save, before modelcluster writes its many-to-many fields and
inline children, so with the immediate task backend topics and audiences would reach the
index one publish late. Indexing again on page_published sees the saved relations.
"""

from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published


@receiver(page_published)
def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance.specific)
