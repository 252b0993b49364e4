"""Sign-in throttling per account and per address, kept in the database for every server.

The same message answers whether or not the account exists, so throttling reveals nothing.
"""

from datetime import timedelta

from django.utils import timezone

from network.models import LoginFailure

WINDOW = timedelta(minutes=15)
MAX_PER_ACCOUNT = 5
MAX_PER_ADDRESS = 20
MESSAGE = "Too many failed sign-in attempts. Wait 15 minutes and try again, or reset your password."


def client_address(request):
    return (request.META.get("REMOTE_ADDR") or "unknown")[:100] if request else "unknown"


def keys_for(email, request):
    return f"account:{(email or '').strip().lower()[:180]}", f"address:{client_address(request)}"


def is_throttled(email, request):
    account_key, address_key = keys_for(email, request)
    recent = LoginFailure.objects.filter(created_at__gte=timezone.now() - WINDOW)
    return (
        recent.filter(key=account_key).count() >= MAX_PER_ACCOUNT
        or recent.filter(key=address_key).count() >= MAX_PER_ADDRESS
    )


def record_failure(email, request):
    LoginFailure.objects.bulk_create([LoginFailure(key=key) for key in keys_for(email, request)])
    LoginFailure.objects.filter(created_at__lt=timezone.now() - WINDOW).delete()


def clear_account(email):
    account_key, _ = keys_for(email, None)
    LoginFailure.objects.filter(key=account_key).delete()
