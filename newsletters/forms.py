from django import forms

from home.honeypot import HoneypotMixin
from home.ids import ModelMultipleIdChoiceField
from home.models import Topic
from newsletters.subscriptions import CONSENT_TEXT


def topic_choices_field(label, help_text):
    return ModelMultipleIdChoiceField(
        label=label,
        queryset=Topic.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=help_text,
    )


class SignupForm(HoneypotMixin, forms.Form):
    """Email, optional topics and consent. A filled trap field is accepted but ignored."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": "Enter your email address."},
    )
    topics = topic_choices_field(
        "Topics you are interested in (optional)",
        "Leave them all unticked to hear about everything.",
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": "Tick the box to agree to receive the newsletter."},
    )


class FooterSignupForm(SignupForm):
    """The short form in the footer: topics are chosen after confirming."""

    topics = None


class PreferencesForm(forms.Form):
    topics = topic_choices_field(
        "Topics you are interested in",
        "Leave them all unticked to hear about everything.",
    )


class SendForm(forms.Form):
    topics = topic_choices_field(
        "Only send to subscribers interested in these topics",
        "Subscribers who chose no topics get every issue. Leave all unticked to send to "
        "every confirmed subscriber.",
    )
    checked = forms.BooleanField(
        label="I have checked the test email of the published version",
        error_messages={"required": "Confirm that you have checked the test email."},
    )
