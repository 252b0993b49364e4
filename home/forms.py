"""The admin document form: home.uploads checks every upload (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from wagtail.documents.forms import BaseDocumentForm

from home.uploads import DOCUMENT_EXTENSIONS, accepted_documents, checked_document


class DocumentForm(BaseDocumentForm):
    """Used by Wagtail's add, edit, multiple-upload and chooser-upload views alike."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = f"Accepted: {accepted_documents()}"
            self.fields["file"].widget.attrs["accept"] = ",".join(
                f".{extension}" for extension in DOCUMENT_EXTENSIONS
            )

    def clean_file(self):
        return checked_document(self.cleaned_data.get("file"))
