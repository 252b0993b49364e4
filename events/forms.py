from django import forms
from django.utils import timezone

from events.booking import books_only_for_themselves, own_address_refusal
from home.honeypot import RefuseTrappedMixin
from network.access import membership_of

PRIVACY_CONSENT = (
    "I agree to the programme holding these details to run the event, as the privacy notice "
    "explains."
)


class BookingForm(RefuseTrappedMixin, forms.Form):
    name = forms.CharField(max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        max_length=254,
        help_text="We send your confirmation and joining details here.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    job_role = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "organization-title"})
    )
    local_area = forms.CharField(
        max_length=200, required=False, help_text="The local area you work in, if any."
    )
    access_requirements = forms.CharField(
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Anything we should arrange so you can take part fully.",
    )
    dietary_needs = forms.CharField(
        max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    consent = forms.BooleanField(label=PRIVACY_CONSENT)

    def __init__(self, *args, event, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.user = user
        if not event.is_in_person:
            del self.fields["dietary_needs"]
        if books_only_for_themselves(event, timezone.now()):
            self.fields["email"].help_text = (
                "These places are booked by each person for themselves, with their own email "
                "address. We send your confirmation and joining details here."
            )
        if user is not None and user.is_authenticated and not self.is_bound:
            membership = membership_of(user)
            self.initial.update(
                {
                    "name": user.get_full_name(),
                    "email": user.email,
                    "job_role": user.job_title,
                    "local_area": membership.area.name if membership else "",
                    "organisation": membership.area.name if membership else "",
                }
            )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        refusal = own_address_refusal(self.event, self.user, email, timezone.now())
        if refusal is not None:
            raise forms.ValidationError(refusal, code="own_address")
        return email

    def booking_details(self):
        details = {key: value for key, value in self.cleaned_data.items() if key != "consent"}
        details.setdefault("dietary_needs", "")
        return details


RATINGS = [
    (5, "5: excellent"),
    (4, "4: good"),
    (3, "3: fair"),
    (2, "2: poor"),
    (1, "1: very poor"),
]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="How would you rate the event?",
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a rating from 1 to 5."},
    )
    comments = forms.CharField(
        label="Anything you would like to tell us (optional)",
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What worked, what could be better, what you would like next time.",
    )
    anonymous = forms.BooleanField(
        label="Give this feedback anonymously",
        required=False,
        help_text="We keep no link between your answers and your booking.",
    )
