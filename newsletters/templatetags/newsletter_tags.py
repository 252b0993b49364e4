from django import template

from newsletters.forms import FooterSignupForm, SignupForm

register = template.Library()


@register.inclusion_tag("newsletters/includes/signup_form.html")
def newsletter_signup(source, compact=False):
    """A sign-up form; ids carry the source, so two forms can share a page."""
    form_class = FooterSignupForm if compact else SignupForm
    return {
        "form": form_class(auto_id=f"id_{source}_%s"),
        "source": source,
        "compact": compact,
    }
