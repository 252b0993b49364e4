import uuid

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template.loader import render_to_string

from home.emails import queue_email
from home.honeypot import RefuseTrappedMixin
from home.ids import ModelMultipleIdChoiceField
from network import throttle, verification
from network.models import AreaApplication, LocalArea, Membership, Role, User


class EmailLoginForm(AuthenticationForm):
    """The sign-in form: labelled for an email address, throttled per account and address."""

    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct email address and password. Both are case-sensitive "
        "except the email address.",
    }
    throttle_verdict = None

    def clean(self):
        email = self.cleaned_data.get("username")
        if email:
            verdict = throttle.check(email, self.request)
            if not verdict.allowed:
                self.throttle_verdict = verdict
                raise forms.ValidationError(throttle.message(verdict), code="throttled")
        try:
            return super().clean()  # the backend counts failures and clears them on success
        except forms.ValidationError:
            unverified = getattr(self.request, "unverified_account", None)
            if unverified is None:
                raise
            verification.send_verification_link(unverified)
            raise forms.ValidationError(
                "Confirm your email address before you sign in. We have sent a new link to "
                f"{unverified.email}: open it and confirm with your password.",
                code="unverified",
            ) from None


SAFEGUARDING_CONSENT = (
    "I have read the privacy notice and understand the network discusses practice, "
    "never details that could identify a child, family or place."
)


class PasswordResetRequestForm(RefuseTrappedMixin, PasswordResetForm):
    """Django's password reset request, with the trap field for robots, and its email sent
    through the outbox, so a mail server outage delays it instead of failing the request.

    Accounts made for people (an approved area's lead and contact) have no password until
    they set one from an emailed link; they can ask for a new link here too."""

    def get_users(self, email):
        return User.objects.filter(email__iexact=email.strip(), is_active=True)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        key = f"password-reset:{context['uid']}:{uuid.uuid4().hex}"  # one per request
        queue_email(key, to_email, subject, body)


class PersonJoinForm(RefuseTrappedMixin, forms.Form):
    """Ask for an account through a local area that is in the network."""

    first_name = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    email = forms.EmailField(
        max_length=254,
        label="Work email address",
        help_text="We will send a link to this address to confirm it is yours.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    job_title = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "organization-title"})
    )
    area = forms.ModelChoiceField(
        label="Your local area",
        queryset=LocalArea.objects.filter(network_status=LocalArea.Status.MEMBER),
        empty_label="Choose your area",
        help_text="Only areas in the network are listed. If yours is not, your area can apply.",
    )
    roles = ModelMultipleIdChoiceField(
        label="Your roles",
        queryset=Role.objects.exclude(code=Role.SINGLE_POINT_OF_CONTACT),
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose all that apply.",
    )
    reason = forms.CharField(
        label="Why do you want to join?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 12 characters. Avoid common passwords.",
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    consent = forms.BooleanField(label=SAFEGUARDING_CONSENT)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords do not match.")
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class AreaApplicationForm(RefuseTrappedMixin, forms.ModelForm):
    consent = forms.BooleanField(label=SAFEGUARDING_CONSENT)

    class Meta:
        model = AreaApplication
        fields = [
            "organisation_name",
            "kind",
            "region",
            "applicant_name",
            "applicant_job_title",
            "applicant_email",
            "phone",
            "roth_stage",
            "roth_detail",
            "spoc_name",
            "spoc_email",
        ]
        labels = {
            "organisation_name": "Name of your organisation",
            "kind": "Type of organisation",
            "applicant_name": "Your name",
            "applicant_job_title": "Your job title",
            "applicant_email": "Your work email address",
            "phone": "Phone number (optional)",
            "roth_stage": "Where is your area with ROTH pathways?",
            "roth_detail": "Tell us more",
        }
        help_texts = {
            "applicant_job_title": "A senior leader in children's services or the partnership.",
            "roth_detail": "What you have in place, what you plan, and what you hope to gain.",
            "spoc_email": "This person approves colleagues who ask to join through your area.",
        }
        widgets = {"roth_detail": forms.Textarea(attrs={"rows": 5})}

    def clean_organisation_name(self):
        name = " ".join(self.cleaned_data["organisation_name"].split())
        if LocalArea.objects.filter(
            name__iexact=name, network_status=LocalArea.Status.MEMBER
        ).exists():
            raise forms.ValidationError(
                "This area is already in the network. Ask to join through it instead."
            )
        return name


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("reject", "Reject")])
    reason = forms.CharField(
        label="Reason (required to reject; the person will see it)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "reject" and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Give a reason for the rejection.")
        return cleaned


class ProfileForm(forms.Form):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    job_title = forms.CharField(max_length=150, required=False)
    listed_in_directory = forms.BooleanField(
        label=Membership._meta.get_field("listed_in_directory").verbose_name.capitalize(),
        help_text=Membership._meta.get_field("listed_in_directory").help_text,
        required=False,
    )


class YourPasswordForm(forms.Form):
    """A form that asks the signed-in person for their password before it acts."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        help_text="To check it is you.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password.")
        return password


class DeleteAccountForm(YourPasswordForm):
    """Deleting one's own account and data."""


class ConfirmAddressForm(forms.Form):
    """Confirming an emailed verification link: the password proves who chose the account."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        help_text="The password you chose when you asked to join.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        self.throttle_verdict = None

    def clean_password(self):
        password = self.cleaned_data["password"]
        verdict = throttle.check(self.user.email, self.request)
        if not verdict.allowed:
            self.throttle_verdict = verdict
            raise forms.ValidationError(throttle.message(verdict), code="throttled")
        if not self.user.check_password(password):
            throttle.record_failure(self.user.email, self.request)
            raise forms.ValidationError(
                "That is not the password of this account. If you did not ask to join, "
                "ignore the email: nothing happens without the password.",
                code="wrong_password",
            )
        return password


class EmailChangeForm(YourPasswordForm):
    """Ask for a new address; it takes effect once verified through a link sent to it."""

    new_email = forms.EmailField(
        label="New email address",
        max_length=254,
        help_text="We will send a link to this address. Your current address stays until "
        "you open it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    field_order = ["new_email", "password"]

    def clean_new_email(self):
        address = self.cleaned_data["new_email"].strip().lower()
        if address == self.user.email:
            raise forms.ValidationError("This is already your email address.")
        return address
