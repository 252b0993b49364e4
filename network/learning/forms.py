from django import forms
from django.forms import formset_factory

from home.ids import ModelMultipleIdChoiceField
from home.models import Topic
from network.community.models import Space
from network.people.models import User


class SessionForm(forms.Form):
    """Front-end form for session notes; notes are Markdown, stored as sanitised HTML."""

    title = forms.CharField(max_length=200)
    space = forms.ModelChoiceField(label="Action learning set", queryset=Space.objects.none())
    date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}), help_text="The day of the session."
    )
    attendees = ModelMultipleIdChoiceField(
        queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple, required=False
    )
    themes = ModelMultipleIdChoiceField(
        queryset=Topic.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    notes = forms.CharField(
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="What was discussed and learned. Markdown: **bold**, lists, ### headings. "
        "Practice only: nothing that could identify a child, family or place.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["space"].queryset = Space.objects.taking_session_notes_from(user)
        self.fields["attendees"].queryset = chairs()


class ActionForm(forms.Form):
    description = forms.CharField(max_length=300, required=False)
    owner = forms.ModelChoiceField(queryset=User.objects.none(), required=False)
    due_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = chairs()

    def clean(self):
        data = super().clean()
        if (data.get("owner") or data.get("due_date")) and not data.get("description"):
            self.add_error("description", "Describe the action, or leave the whole row empty.")
        return data


ActionFormSet = formset_factory(ActionForm, extra=3, max_num=10)


def chairs():
    return (
        User.objects.filter(membership__roles__code="chair", is_active=True)
        .distinct()
        .order_by("last_name", "first_name")
    )
