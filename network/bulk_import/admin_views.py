"""Import from CSV in three steps: upload the file, preview what each row would do, confirm.

Between preview and confirm the file travels in a signed hidden field (no session or disk
state, so any app server can take the confirm), with a fingerprint of the plan shown: if the
data changed meanwhile, staff see the new plan before anything is saved.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views import View
from wagtail.admin.auth import permission_denied

from network.bulk_import.csv_file import MAX_BYTES, CsvFileError, read_records, read_upload
from network.bulk_import.plan import INVALID, summary

#: how long a preview can be confirmed
PREVIEW_MAX_AGE = 3600
STALE_PREVIEW = "This preview has expired or was altered. Upload the file again."


def payload_salt(importer):
    return f"network.bulk-import:{importer.model._meta.label_lower}"


def read_file(importer, text):
    return read_records(text, importer.headings, importer.ignored)


class UploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=f"A CSV file in UTF-8, up to {MAX_BYTES // 1_000_000} MB, with the columns "
        "the export writes.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def __init__(self, importer, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.importer = importer

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.text = read_upload(upload)
            self.records = read_file(self.importer, self.text)
        except CsvFileError as error:
            raise forms.ValidationError(list(error.args)) from None
        return upload


class ConfirmForm(forms.Form):
    """The signed file of a preview, for the person who previewed it, within the hour."""

    payload = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, importer, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.importer = importer
        self.user = user

    def clean_payload(self):
        try:
            data = signing.loads(
                self.cleaned_data["payload"],
                salt=payload_salt(self.importer),
                max_age=PREVIEW_MAX_AGE,
            )
            if data["by"] != self.user.pk:
                raise signing.BadSignature
            self.records = read_file(self.importer, data["csv"])
        except (signing.BadSignature, CsvFileError):
            raise forms.ValidationError(STALE_PREVIEW) from None
        return data


def sign_preview(importer, user, file_name, text, plan):
    return signing.dumps(
        {"by": user.pk, "name": file_name, "csv": text, "digest": plan.digest},
        salt=payload_salt(importer),
        compress=True,
    )


class ImportView(View):
    """For staff the importer lets in; others get Wagtail's refusal."""

    importer = None
    index_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not self.importer.may_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def render(self, template, context, status=200):
        return TemplateResponse(
            self.request,
            f"network/admin/{template}",
            {
                "title": self.importer.title(),
                "importer": self.importer,
                "index_url": reverse(self.index_url_name),
                "upload_url": reverse(self.importer.url_name()),
                **context,
            },
            status=status,
        )

    def render_upload(self, form, status=200):
        return self.render("import_upload.html", {"form": form}, status)

    def render_preview(self, file_name, text, plan):
        """The plan; a plan with invalid rows cannot be confirmed, so it gets no payload."""
        payload = ""
        if plan.is_valid:
            payload = sign_preview(self.importer, self.request.user, file_name, text, plan)
        return self.render(
            "import_preview.html",
            {
                "file_name": file_name,
                "plan": plan,
                "counts": plan.counts,
                "invalid_rows": [row for row in plan.rows if row.action == INVALID],
                "confirm_url": reverse(self.importer.url_name("import_confirm")),
                "payload": payload,
            },
        )


class UploadView(ImportView):
    """Step 1 (GET) and step 2 (POST): the upload form, then the preview of its file."""

    def get(self, request):
        return self.render_upload(UploadForm(self.importer))

    def post(self, request):
        form = UploadForm(self.importer, request.POST, request.FILES)
        if not form.is_valid():
            return self.render_upload(form)
        plan = self.importer().plan(form.records)
        return self.render_preview(form.cleaned_data["file"].name, form.text, plan)


class ConfirmView(ImportView):
    """Step 3: plan again under lock; save everything if nothing changed, else show why."""

    http_method_names = ["post"]

    def post(self, request):
        form = ConfirmForm(self.importer, request.user, request.POST)
        if not form.is_valid():
            messages.error(request, STALE_PREVIEW)
            return self.render_upload(UploadForm(self.importer), status=400)
        data = form.cleaned_data["payload"]
        importer = self.importer()
        try:
            with transaction.atomic():
                plan = importer.plan(form.records, lock=True)
                as_previewed = plan.is_valid and plan.digest == data["digest"]
                if as_previewed:
                    counts = importer.apply(plan, request.user, data["name"])
        except IntegrityError:  # someone else saved a clashing row since the planning
            as_previewed = False
            plan = importer.plan(form.records)
        if not as_previewed:
            messages.warning(
                request,
                "The data changed since your preview, so nothing was saved. "
                "Check the new preview below.",
            )
            return self.render_preview(data["name"], data["csv"], plan)
        messages.success(request, f"Imported {data['name']}: {summary(counts)}.")
        return redirect(self.index_url_name)


def import_urls(importer, route, index_url_name):
    """The two URLs of an importer, under `route` (e.g. "network/localarea/import/")."""
    views = {"importer": importer, "index_url_name": index_url_name}
    return [
        path(route, UploadView.as_view(**views), name=importer.url_name()),
        path(
            f"{route}confirm/",
            ConfirmView.as_view(**views),
            name=importer.url_name("import_confirm"),
        ),
    ]
