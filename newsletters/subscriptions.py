"""Subscribing, confirming, changing preferences and leaving.

Sign-up is double opt-in: an address is only sent the newsletter after someone clicks the
signed link emailed to it. Whatever the address, the sign-up form answers the same way, so
it cannot be used to find out who subscribes.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from home.emails import send_email
from newsletters import links
from newsletters.models import Subscriber

CONSENT_TEXT = (
    "I would like the Planning for Safety newsletter by email. I can unsubscribe at any time "
    "from the link in every issue."
)
#: at most one confirmation (or reminder) email per address in this time
RESEND_AFTER = timedelta(minutes=10)


def request_subscription(email, topics, source, now=None):
    """Start or restart a subscription and email the address; silent about what it found."""
    now = now or timezone.now()
    email = email.strip()
    with transaction.atomic():
        subscriber = _locked_subscriber(email)
        if subscriber is None:
            subscriber = _create_pending(email, now)
        recently_emailed = (
            subscriber.confirmation_sent_at is not None
            and now - subscriber.confirmation_sent_at < RESEND_AFTER
        )
        if subscriber.is_confirmed:
            # Preferences change only through the emailed link; remind the owner of it.
            if not recently_emailed:
                _email(subscriber, "already-subscribed", "newsletters/email/already.txt", now)
            return
        subscriber.status = Subscriber.Status.PENDING
        subscriber.consent_text = CONSENT_TEXT
        subscriber.consent_source = source
        subscriber.consent_at = now
        subscriber.save()
        subscriber.topics.set(topics)
        if not recently_emailed:
            _email(subscriber, "confirm", "newsletters/email/confirm.txt", now)


def _locked_subscriber(email):
    return Subscriber.objects.select_for_update().filter(email__iexact=email).first()


def _create_pending(email, now):
    try:
        with transaction.atomic():
            return Subscriber.objects.create(
                email=email, consent_text=CONSENT_TEXT, consent_source="", created_at=now
            )
    except IntegrityError:  # created by a concurrent sign-up a moment ago
        return _locked_subscriber(email)


def _email(subscriber, kind, template, now):
    subscriber.confirmation_sent_at = now
    subscriber.save(update_fields=["confirmation_sent_at"])
    send_email(
        f"newsletter-{kind}:{subscriber.pk}:{now.isoformat()}",
        subscriber.email,
        template,
        {
            "confirm_url": links.confirm_url(subscriber),
            "manage_url": links.manage_url(subscriber),
            "days": settings.NEWSLETTER_CONFIRM_DAYS,
        },
    )


def confirm(subscriber, now=None):
    """Confirm a pending subscription. Returns False if the link no longer applies."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            return False
        if subscriber.status == Subscriber.Status.PENDING:
            subscriber.status = Subscriber.Status.CONFIRMED
            subscriber.confirmed_at = now or timezone.now()
            subscriber.unsubscribed_at = None
            subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])
    return True


def resubscribe(subscriber, source, now=None):
    """Subscribe again from a signed link or a signed-in account: the address is proven."""
    now = now or timezone.now()
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.consent_text = CONSENT_TEXT
    subscriber.consent_source = source
    subscriber.consent_at = now
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.save()


def unsubscribe(subscriber, now=None):
    """Stop sending to this address; queued copies of an issue are skipped."""
    updated = Subscriber.objects.filter(pk=subscriber.pk).exclude(
        status=Subscriber.Status.UNSUBSCRIBED
    )
    updated.update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now or timezone.now())


def expire_unconfirmed(now=None):
    """Drop sign-ups never confirmed in time: (returned to unsubscribed, removed)."""
    now = now or timezone.now()
    stale = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING,
        consent_at__lt=now - timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS),
    )
    # Someone who had unsubscribed and asked again without confirming stays unsubscribed.
    returning = stale.filter(confirmed_at__isnull=False).update(
        status=Subscriber.Status.UNSUBSCRIBED
    )
    _, removed = stale.filter(confirmed_at__isnull=True).delete()
    return returning, removed.get("newsletters.Subscriber", 0)


def subscription_for(user):
    """The subscription of a signed-in person's verified address, or None."""
    if user.verified_email is None:
        return None
    return Subscriber.objects.filter(email__iexact=user.verified_email).first()
