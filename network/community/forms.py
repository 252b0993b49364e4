from django import forms

from home.ids import ModelMultipleIdChoiceField
from home.models import Topic
from network.community.models import DiscussionSettings, PostReport

BODY_HELP = (
    "You can use Markdown: **bold**, *italic*, lists, > quotes and [links](https://…). "
    "Discuss practice, never details that could identify a child, family or place."
)


def body_field(label="Your message"):
    return forms.CharField(
        label=label,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=BODY_HELP,
        error_messages={"required": "Write your message."},
    )


class ThreadForm(forms.Form):
    title = forms.CharField(
        max_length=150, error_messages={"required": "Give your thread a title."}
    )
    body = body_field()
    topics = ModelMultipleIdChoiceField(
        label="Topics (optional)",
        queryset=Topic.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class ReplyForm(forms.Form):
    body = body_field("Your reply")


class EditForm(forms.Form):
    body = body_field()


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="Why are you reporting this post?",
        choices=PostReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a reason."},
    )
    details = forms.CharField(
        label="Anything the moderators should know (optional)",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label="Reason (shown to the author)",
        max_length=300,
        error_messages={"required": "Give the reason, so the author knows why."},
    )


class DiscussionSettingsForm(forms.ModelForm):
    class Meta:
        model = DiscussionSettings
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
