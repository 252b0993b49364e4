"""Signed links in newsletter emails: confirm, manage preferences and unsubscribe.

A link carries the subscriber's id and link key, signed with SECRET_KEY. Confirmation links
expire; manage and unsubscribe links must keep working from old emails, so they do not.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from newsletters.models import Subscriber

CONFIRM = "newsletters.confirm"
MANAGE = "newsletters.manage"


class BadLink(Exception):
    """The link was altered, has expired, or its subscriber no longer exists."""


def make_token(subscriber, purpose):
    return signing.dumps([subscriber.pk, subscriber.link_key], salt=purpose, compress=False)


def subscriber_from_token(token, purpose):
    max_age = settings.NEWSLETTER_CONFIRM_DAYS * 86400 if purpose == CONFIRM else None
    try:
        pk, key = signing.loads(token, salt=purpose, max_age=max_age)
        return Subscriber.objects.get(pk=int(pk), link_key=str(key))
    except signing.SignatureExpired as error:
        raise BadLink("This confirmation link has expired.") from error
    except (signing.BadSignature, ValueError, TypeError, Subscriber.DoesNotExist) as error:
        raise BadLink("This link is not valid.") from error


def confirm_url(subscriber):
    token = make_token(subscriber, CONFIRM)
    return settings.BASE_URL + reverse("newsletters:confirm", args=[token])


def manage_url(subscriber):
    token = make_token(subscriber, MANAGE)
    return settings.BASE_URL + reverse("newsletters:manage", args=[token])


def unsubscribe_url(subscriber):
    token = make_token(subscriber, MANAGE)
    return settings.BASE_URL + reverse("newsletters:unsubscribe", args=[token])
