"""Document links: Wagtail's serving, with the network's explanation for anonymous visitors."""

from django.contrib.auth.models import AnonymousUser
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtail_serve

from home.ids import id_from
from network.access import can_view_document, is_signed_in
from network.gate import DOCUMENT, explain_gated


def is_public_document(document_id, filename):
    """Whether a document with this id and file name exists and anyone may download it."""
    number = id_from(document_id)
    documents = get_document_model().objects.select_related("collection")
    document = documents.filter(pk=number).first() if number is not None else None
    return (
        document is not None
        and document.filename == filename
        and can_view_document(AnonymousUser(), document)
    )


def serve(request, document_id, document_filename):
    """Anonymous visitors get a public document, or else one explanation, whether the document
    is gated, gone or was never there: links cannot be tried to learn which documents exist.
    Signed-in people go through Wagtail's view and its before_serve_document hooks."""
    if not is_signed_in(request.user) and not is_public_document(document_id, document_filename):
        return explain_gated(request, DOCUMENT)
    return wagtail_serve.serve(request, document_id, document_filename)
