"""A trap field for public forms: hidden from people, filled in by form-filling robots.

No CAPTCHA and nothing from third-party hosts. The field is hidden with CSS and from screen
readers (the `includes/honeypot.html` include), and skipped by the Tab key.
"""

from django import forms

TRAP_MESSAGE = (
    "This form could not be sent. If a browser tool filled in the field marked "
    "“Leave this field empty”, clear it and try again."
)


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_trap_filled(self):
        return bool(self.data.get(self.add_prefix("website")))

    def clean(self):
        cleaned = super().clean()
        cleaned.pop("website", None)  # never part of what the form saves
        return cleaned


class RefuseTrappedMixin(HoneypotMixin):
    """Forms whose trap, when filled, is an error: nothing is saved."""

    def clean(self):
        cleaned = super().clean()
        if self.is_trap_filled():
            raise forms.ValidationError(TRAP_MESSAGE, code="trap")
        return cleaned
