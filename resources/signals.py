"""Keep tools' derived file details right when an editor replaces a document's file."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.search.index import insert_or_update_object

from resources.formats import document_format, document_size
from resources.models import ResourcePage


@receiver(post_save, sender=get_document_model())
def refresh_tools_using_document(sender, instance, **kwargs):
    tools = ResourcePage.objects.filter(document=instance)
    if tools.update(file_format=document_format(instance), file_size=document_size(instance)):
        for tool in tools:
            insert_or_update_object(tool)
