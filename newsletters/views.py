"""Public subscription pages: sign up, confirm, manage preferences, unsubscribe."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from home import limits
from newsletters import links, subscriptions
from newsletters.forms import FooterSignupForm, PreferencesForm, SignupForm
from newsletters.models import Subscriber

PUBLIC_SOURCES = {Subscriber.Source.HOME, Subscriber.Source.NEWSLETTER, Subscriber.Source.FOOTER}


def signup_source(request):
    source = request.POST.get("source", "")
    return source if source in PUBLIC_SOURCES else Subscriber.Source.NEWSLETTER


@never_cache
def signup(request):
    source = signup_source(request)
    form_class = FooterSignupForm if source == Subscriber.Source.FOOTER else SignupForm
    form = form_class(request.POST or None)
    verdict = limits.check_form_post(request, "newsletter_signup", form, "newsletter sign-ups")
    if request.method == "POST" and form.is_valid():
        if not form.is_trap_filled():
            subscriptions.request_subscription(
                form.cleaned_data["email"], form.cleaned_data.get("topics") or [], source
            )
        return redirect("newsletters:signup_sent")
    status = 400 if request.method == "POST" else 200
    response = render(
        request, "newsletters/signup.html", {"form": form, "source": source}, status=status
    )
    return limits.refuse(response, verdict)


def signup_sent(request):
    return render(
        request, "newsletters/signup_sent.html", {"days": settings.NEWSLETTER_CONFIRM_DAYS}
    )


def bad_link(request, error):
    return render(request, "newsletters/bad_link.html", {"error": error}, status=400)


@never_cache
def confirm(request, token):
    """A page with a button: link scanners that open every link do not confirm for people."""
    try:
        subscriber = links.subscriber_from_token(token, links.CONFIRM)
    except links.BadLink as error:
        return bad_link(request, error)
    if request.method == "POST":
        if not subscriptions.confirm(subscriber):
            return bad_link(request, "This link is no longer valid: please sign up again.")
        messages.success(request, "Thank you: your subscription is confirmed.")
        return redirect("newsletters:manage", token=links.make_token(subscriber, links.MANAGE))
    return render(request, "newsletters/confirm.html", {"subscriber": subscriber})


@never_cache
def manage(request, token):
    try:
        subscriber = links.subscriber_from_token(token, links.MANAGE)
    except links.BadLink as error:
        return bad_link(request, error)
    return preferences_page(request, subscriber, Subscriber.Source.MANAGE_LINK)


def preferences_page(request, subscriber, source):
    """Choose topics, subscribe again or unsubscribe (for a proven owner of the address)."""
    form = PreferencesForm(
        request.POST if request.POST.get("action") == "save" else None,
        initial={"topics": subscriber.topics.all()},
    )
    action = request.POST.get("action")
    if action == "save" and form.is_valid():
        subscriber.topics.set(form.cleaned_data["topics"])
        messages.success(request, "Your newsletter preferences have been saved.")
        return redirect(request.path)
    if action == "resubscribe":
        subscriptions.resubscribe(subscriber, source)
        messages.success(request, "You are subscribed to the newsletter again.")
        return redirect(request.path)
    if action == "unsubscribe":
        subscriptions.unsubscribe(subscriber)
        messages.success(request, "You have been unsubscribed. We will not email you again.")
        return redirect(request.path)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "newsletters/manage.html",
        {"subscriber": subscriber, "form": form, "consent_text": subscriptions.CONSENT_TEXT},
        status=status,
    )


@csrf_exempt  # RFC 8058 one-click: mail providers POST here without a form; the token is the key
@never_cache
def unsubscribe(request, token):
    try:
        subscriber = links.subscriber_from_token(token, links.MANAGE)
    except links.BadLink as error:
        return bad_link(request, error)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        return render(request, "newsletters/unsubscribed.html", {"subscriber": subscriber})
    return render(request, "newsletters/unsubscribe.html", {"subscriber": subscriber})


@login_required
@never_cache
def my_subscription(request):
    """The newsletter section of a member's profile, for their account's email address."""
    subscriber = subscriptions.subscription_for(request.user)
    if subscriber is not None and subscriber.status != Subscriber.Status.PENDING:
        return preferences_page(request, subscriber, Subscriber.Source.PROFILE)
    form = PreferencesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subscriptions.request_subscription(
            request.user.email, form.cleaned_data["topics"], Subscriber.Source.PROFILE
        )
        messages.success(
            request, f"We have emailed {request.user.email}: click the link to confirm."
        )
        return redirect("newsletters:mine")
    return render(
        request,
        "newsletters/my_subscription.html",
        {"form": form, "subscriber": subscriber, "consent_text": subscriptions.CONSENT_TEXT},
    )
