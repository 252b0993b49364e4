"""Contributions to evidence-building activities: members add them, staff export them."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import models, transaction
from django.shortcuts import redirect
from django.utils import timezone
from wagtail.documents import get_document_model

from home.collections import child_collection
from home.uploads import accepted_documents, checked_document
from network.access import is_network_member, may_see_all_network_content, membership_of
from network.audience import Audience
from network.people.models import GatedCollection


class EvidenceContribution(models.Model):
    """What a member area shared with an evidence-building activity."""

    activity = models.ForeignKey(
        "network.EvidenceActivityPage", on_delete=models.CASCADE, related_name="contributions"
    )
    area = models.ForeignKey(
        "network.LocalArea", on_delete=models.PROTECT, related_name="contributions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contributions"
    )
    doing = models.TextField(max_length=5000)
    helps = models.TextField(max_length=5000, blank=True)
    missing = models.TextField(max_length=5000, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.area} on {self.activity}"


CONTRIBUTIONS_COLLECTION = "Evidence contributions"


class ContributionForm(forms.Form):
    doing = forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))
    helps = forms.CharField(
        max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    missing = forms.CharField(
        max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    document = forms.FileField(label="Supporting document (optional)", required=False)

    def __init__(self, *args, activity, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["doing"].label = activity.prompt_doing
        self.fields["helps"].label = activity.prompt_helps
        self.fields["missing"].label = activity.prompt_missing
        self.fields["document"].help_text = (
            f"{accepted_documents()} Only programme staff and your area see it. "
            "Remove anything that could identify a child, family or place."
        )

    def clean_document(self):
        return checked_document(self.cleaned_data.get("document"))


def contributions_collection():
    """The staff-only collection for uploaded contribution documents."""
    collection, _ = child_collection(CONTRIBUTIONS_COLLECTION)
    GatedCollection.objects.get_or_create(
        collection=collection, defaults={"audience": Audience.STAFF}
    )
    return collection


def visible_contributions(user, activity):
    """Staff who see all network content see every contribution; members their own area's."""
    contributions = activity.contributions.select_related("area", "author", "document")
    if may_see_all_network_content(user):
        return contributions
    membership = membership_of(user)
    if membership is None or not membership.gives_access:
        return contributions.none()
    return contributions.filter(area_id=membership.area_id)


def contribution_context(activity, request):
    can_contribute = is_network_member(request.user) and activity.accepting_contributions
    form = getattr(request, "contribution_form", None)
    if form is None and can_contribute:
        form = ContributionForm(activity=activity)
    return {
        "contribution_form": form,
        "contributions": visible_contributions(request.user, activity),
    }


@transaction.atomic
def save_contribution(activity, user, data):
    membership = membership_of(user)
    document = None
    if data.get("document"):
        upload = data["document"]
        document = get_document_model().objects.create(
            title=f"{membership.area.name}: contribution to {activity.title}"[:255],
            file=upload,
            collection=contributions_collection(),
            uploaded_by_user=user,
        )
    return EvidenceContribution.objects.create(
        activity=activity,
        area=membership.area,
        author=user,
        doing=data["doing"],
        helps=data.get("helps", ""),
        missing=data.get("missing", ""),
        document=document,
    )


def handle_contribution(activity, request):
    """A POST to the activity page: save and redirect, or None to re-render with errors."""
    if not is_network_member(request.user) or not activity.accepting_contributions:
        messages.error(request, "This activity is not taking contributions from you now.")
        return redirect(activity.url)
    form = ContributionForm(request.POST, request.FILES, activity=activity)
    if form.is_valid():
        save_contribution(activity, request.user, form.cleaned_data)
        messages.success(request, "Thank you: your area's contribution has been saved.")
        return redirect(activity.url + "#contributions")
    request.contribution_form = form
    return None
