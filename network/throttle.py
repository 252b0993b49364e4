"""Sign-in throttling: failed sign-ins counted per account and per connection.

The counts live in home/limits.py's shared counters (limits "login_account" and
"login_address"). The same answer comes whether or not the account exists, so throttling
reveals nothing about which addresses have accounts.
"""

from home import limits


def _identities(email, request):
    account = ("login_account", (email or "").strip().lower()[:254])
    if request is None:
        return [account]
    return [account, ("login_address", limits.client_network(request))]


def check(email, request):
    """Refused while the account or the connection has too many recent failures."""
    for name, identity in _identities(email, request):
        verdict = limits.peek(name, identity)
        if not verdict.allowed:
            return verdict
    return limits.Verdict(True)


def message(verdict):
    return (
        f"Too many failed sign-in attempts. Wait {verdict.wait} and try again, "
        "or reset your password."
    )


def record_failure(email, request):
    for name, identity in _identities(email, request):
        limits.hit(name, identity)


def clear_account(email):
    for name, identity in _identities(email, None):
        limits.reset(name, identity)
