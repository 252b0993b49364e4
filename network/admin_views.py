"""Staff decisions in the Wagtail admin: area applications and memberships."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.admin.auth import permission_required

from network import joining
from network.access import MANAGE_NETWORK
from network.forms import DecisionForm
from network.models import AreaApplication, Membership

may_decide_applications = permission_required("network.change_areaapplication")
may_change_memberships = permission_required(MANAGE_NETWORK)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Membership.Status.choices)
    reason = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


def render_decision(request, title, subject, form, back_url):
    return TemplateResponse(
        request,
        "network/admin/decision.html",
        {"title": title, "subject": subject, "form": form, "back_url": back_url},
    )


@may_decide_applications
def decide_area_application(request, pk):
    application = get_object_or_404(AreaApplication, pk=pk)
    back = "/admin/network/areaapplication/"
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                area = joining.approve_area_application(application, request.user)
                messages.success(request, f"{area} is now a member of the network.")
            else:
                joining.reject_area_application(
                    application, request.user, form.cleaned_data["reason"]
                )
                messages.success(request, f"The application from {application} was rejected.")
        except joining.DecisionError as error:
            messages.error(request, str(error))
        return redirect(back)
    return render_decision(request, "Decide on an area application", application, form, back)


@may_change_memberships
def change_membership(request, pk):
    """Approve or reject a request, or change an existing membership's status."""
    membership = get_object_or_404(Membership.objects.select_related("user", "area"), pk=pk)
    back = "/admin/network/membership/"
    deciding = membership.status == Membership.Status.APPLIED
    form_class = DecisionForm if deciding else StatusForm
    form = form_class(request.POST or None, initial={"status": membership.status})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if deciding:
                joining.decide_membership(
                    membership, request.user, data["decision"] == "approve", data["reason"]
                )
            else:
                joining.change_membership_status(
                    membership, data["status"], request.user, data["reason"]
                )
        except joining.DecisionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"The membership of {membership.user} was updated.")
        return redirect(back)
    return render_decision(request, "Change a membership", membership, form, back)
