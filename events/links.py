"""Signed links to a booking, so people can view or cancel it without signing in.

A token is the booking's random reference followed by an HMAC of it, in hex only: Wagtail's
page URLs allow letters, digits, "_" and "-", so Django's colon-separated signatures cannot
be used in a page route.
"""

import uuid

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

from events.records import Booking

SALT = "events.booking-link"


def signature(reference_hex, secret=None):
    return salted_hmac(SALT, reference_hex, secret=secret, algorithm="sha256").hexdigest()[:32]


def signed_by_a_current_key(reference_hex, mac):
    """Links in emails keep working while SECRET_KEY is rotated (old keys in the fallbacks)."""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(constant_time_compare(mac, signature(reference_hex, key)) for key in keys)


def booking_token(booking):
    reference = booking.reference.hex
    return reference + signature(reference)


def booking_from_token(event, token):
    """The booking the token names, for this event; None if the token is bad or tampered."""
    reference, mac = token[:32], token[32:]
    if len(token) != 64 or not signed_by_a_current_key(reference, mac):
        return None
    try:
        reference = uuid.UUID(hex=reference)
    except ValueError:
        return None
    return Booking.objects.filter(reference=reference, event=event).select_related("event").first()


def booking_path(booking):
    return booking.event.url + f"booking/{booking_token(booking)}/"
