"""Abuse limits: how many requests of one kind a connection or an account may make.

A limit allows N requests per window of S seconds (settings.RATE_LIMITS). Counters live in
the database, one row per (key, window), incremented with a single atomic upsert, so every
app server shares them and concurrent requests cannot both slip under the limit. Keys are
HMACs: the table holds no email or IP addresses. `purge_expired()` (run by the daily
`apply_retention` command) removes windows that have ended.

Call `hit()` outside any transaction that might roll back, or the count is lost with it.
"""

import ipaddress
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from home.models import RateCounter


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds until the current window ends, when refused

    @property
    def wait(self):
        """The wait in words, e.g. "4 minutes"."""
        if self.retry_after < 90:
            return f"{self.retry_after} seconds"
        return f"{math.ceil(self.retry_after / 60)} minutes"


def client_address(request):
    """The client's address: REMOTE_ADDR, or behind proxies the one they vouch for.

    Each of the TRUSTED_PROXY_HOPS proxies in front of the app appends the address it got the
    request from to CLIENT_ADDRESS_HEADER, so the client is that many entries from the right;
    entries further left were sent by the client and may be forged. When there is no such
    entry (fewer entries: the request did not pass every proxy) or it is not an IP address,
    nothing in the header is vouched for and REMOTE_ADDR, which cannot be forged, is used.
    """
    address = _forwarded_address(request) or request.META.get("REMOTE_ADDR") or "unknown"
    return address[:100]


def client_network(request):
    """What a limit counts for a connection: its IPv4 address, or its IPv6 /64.

    One home, phone or server is usually given a whole IPv6 /64 and may pick any address in
    it, so counting single IPv6 addresses would let one client start afresh at will. The audit
    log keeps the exact address (`client_address`).
    """
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.version == 4:
        return str(ip)
    return ipaddress.ip_network(f"{ip}/64", strict=False).compressed


def _forwarded_address(request):
    header = settings.CLIENT_ADDRESS_HEADER
    if not header:
        return None
    entries = [entry.strip() for entry in request.META.get(header, "").split(",")]
    entries = [entry for entry in entries if entry]
    hops = settings.TRUSTED_PROXY_HOPS
    if len(entries) < hops:
        return None
    return _ip_address(entries[-hops])


def _ip_address(entry):
    """The IP address in a header entry, in one spelling; None if there is none.

    Proxies write "203.0.113.9" or "2001:db8::1", and some add a port: "203.0.113.9:443",
    "[2001:db8::1]:443".
    """
    host = entry
    if entry.startswith("["):
        host, bracket, port = entry[1:].partition("]")
        if not bracket or (port and not port.startswith(":")):
            return None
    elif entry.count(":") == 1:
        host = entry.partition(":")[0]
    try:
        return ipaddress.ip_address(host).compressed
    except ValueError:
        return None


def _bucket(name, identity):
    return salted_hmac("home.limits", f"{name}:{identity}").hexdigest()


def _window(seconds, now):
    start = int(now) - int(now) % seconds
    return start, start + seconds


def _increment(bucket, window_start, expires_at):
    table = connection.ops.quote_name(RateCounter._meta.db_table)
    sql = (
        f"INSERT INTO {table} (bucket, window_start, expires_at, hits) "  # noqa: S608 (our table)
        "VALUES (%s, %s, %s, 1) ON CONFLICT (bucket, window_start) "
        f"DO UPDATE SET hits = {table}.hits + 1 RETURNING hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [bucket, window_start, expires_at])
        return cursor.fetchone()[0]


def hit(name, identity, now=None):
    """Count one request of kind `name` by `identity`; refused once over the limit."""
    count, seconds = settings.RATE_LIMITS[name]
    now = time.time() if now is None else now
    start, end = _window(seconds, now)
    hits = _increment(_bucket(name, identity), start, end)
    if hits <= count:
        return Verdict(True)
    return Verdict(False, max(1, math.ceil(end - now)))


def peek(name, identity, now=None):
    """Whether `identity` is already over the limit, without counting a request."""
    count, seconds = settings.RATE_LIMITS[name]
    now = time.time() if now is None else now
    start, end = _window(seconds, now)
    hits = (
        RateCounter.objects.filter(bucket=_bucket(name, identity), window_start=start)
        .values_list("hits", flat=True)
        .first()
    ) or 0
    if hits < count:
        return Verdict(True)
    return Verdict(False, max(1, math.ceil(end - now)))


def reset(name, identity):
    RateCounter.objects.filter(bucket=_bucket(name, identity)).delete()


def purge_expired(now=None):
    now = time.time() if now is None else now
    deleted, _ = RateCounter.objects.filter(expires_at__lte=int(now)).delete()
    return deleted


def refuse(response, verdict):
    """Turn a rendered response into "429 Too Many Requests" with Retry-After, if refused."""
    if not verdict.allowed:
        response.status_code = 429
        response["Retry-After"] = str(verdict.retry_after)
    return response


def check_form_post(request, name, form, what):
    """Count a form submission by this connection; over the limit, the form gets the reason.

    The error makes the form invalid, so nothing is saved and what was typed is shown again.
    Pass the verdict and the rendered page to `refuse()`.
    """
    if request.method != "POST":
        return Verdict(True)
    verdict = hit(name, client_network(request))
    if not verdict.allowed:
        form.add_error(None, limit_message(verdict, what))
    return verdict


def too_many_requests(request, verdict, what):
    """A page saying what was refused and how long to wait."""
    response = render(request, "429.html", {"what": what, "verdict": verdict})
    return refuse(response, verdict)


def limit_message(verdict, what):
    return f"Too many {what} from your connection. Please wait {verdict.wait} and try again."
