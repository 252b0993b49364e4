"""Staff tools in the admin: subject access requests (export, erase) and the audit log."""

import json

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_required

from network import audit
from network.data_export import Person, personal_data, unverified_claim_exists
from network.erasure import erase_person
from network.models import AuditEvent

may_manage_personal_data = permission_required("network.manage_personal_data")
may_view_audit_log = permission_required("network.view_audit_log")


class AddressForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)


class ErasureForm(AddressForm):
    confirm = forms.EmailField(
        label="Type the address again to confirm",
        max_length=254,
        help_text="Erasure cannot be undone.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email", "").lower() != cleaned.get("confirm", "").lower():
            self.add_error("confirm", "The two addresses are not the same.")
        return cleaned


def export_response(data, filename):
    response = HttpResponse(
        json.dumps(data, indent=2, default=str), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def summary(data):
    """(section, how many records) for the sections that hold something."""
    rows = []
    for section, value in data.items():
        if section == "email_address" or value in (None, [], {}):
            continue
        rows.append((section.replace("_", " "), len(value) if isinstance(value, list) else 1))
    return rows


@may_manage_personal_data
def subject_access(request):
    """Find everything held about an address; from here, download it or erase it."""
    form = AddressForm(request.GET or None)
    context = {"form": form, "erasure_form": None}
    if form.is_valid():
        person = Person.of_email(form.cleaned_data["email"])
        context.update(
            person=person,
            unverified_claim=unverified_claim_exists(person.email),
            rows=summary(personal_data(person)),
            erasure_form=ErasureForm(initial={"email": person.email}),
        )
    return TemplateResponse(request, "network/admin/subject_access.html", context)


@may_manage_personal_data
@require_POST
def subject_access_export(request):
    form = AddressForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Enter a valid email address.")
        return redirect("subject_access")
    person = Person.of_email(form.cleaned_data["email"])
    audit.record(audit.DATA_EXPORT, actor=request.user, subject=person.email, request=request)
    return export_response(personal_data(person), f"subject-access-{slugify(person.email)}.json")


@may_manage_personal_data
@require_POST
def subject_access_erase(request):
    form = ErasureForm(request.POST)
    if not form.is_valid():
        context = {"form": AddressForm(initial=request.POST), "erasure_form": form}
        return TemplateResponse(request, "network/admin/subject_access.html", context, status=400)
    person = Person.of_email(form.cleaned_data["email"])
    if person.user is not None and person.user.pk == request.user.pk:
        messages.error(request, "You cannot erase your own account from here.")
        return redirect("subject_access")
    counts = erase_person(person, by=request.user, request=request)
    done = ", ".join(f"{what}: {count}" for what, count in counts.items() if count)
    messages.success(request, f"Erased. {done or 'Nothing was held.'}")
    return redirect("subject_access")


@may_view_audit_log
def audit_log(request):
    events = AuditEvent.objects.select_related("actor")
    action = request.GET.get("action", "")
    if action:
        events = events.filter(action=action)
    who = request.GET.get("who", "").strip().replace("\x00", "")[:254]
    if who:
        events = events.filter(actor_label__icontains=who) | events.filter(subject__icontains=who)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    actions = AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()
    return TemplateResponse(
        request,
        "network/admin/audit_log.html",
        {"page": page, "actions": actions, "action": action, "who": who},
    )
