"""A shared cache of public pages as anonymous visitors see them.

Page types opt in with `PublicPageCacheMixin`: their own URL (not sub-routes such as a booking
form), served with status 200 to a visitor who is not signed in, is stored in the configured
cache (Redis when CACHE_URL is set, so every app server shares it) under the host, path and
query string, for PAGE_CACHE_SECONDS. Only requests without cookies, apart from the CSRF
cookie, are answered from it or stored: a session or messages cookie means the page may
differ for this person. Members, editors and everyone signed in therefore always get a fresh
page, and a page rendered for them is never stored.

Forms on cached pages keep working: CSRF tokens are stored as a placeholder and each
visitor gets their own token when the page is served. Publishing, unpublishing, moving or
deleting any page, adding or removing a view restriction, and bookings (events/apps.py),
empty the cache by moving to a new generation. `shared` keeps other values that are the
same for everyone (the menu and footer links) in the same generation.
"""

import re
from hashlib import sha256

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

from home.generations import Generation, once_per_request

PAGES = Generation("pages", "page-cache:generation")
CSRF_INPUT_PATTERN = r'(name="csrfmiddlewaretoken" value=")[^"]*(")'
CSRF_INPUT = re.compile(CSRF_INPUT_PATTERN.encode())
CSRF_PLACEHOLDER = b"\x00csrf-token\x00"
UNSTORED_HEADERS = {"set-cookie", "content-length"}


class PublicPageCacheMixin:
    """Marks this page's anonymous responses as safe to share (on its own URL only)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated and request.path == self.get_url(request):
            response.public_page_cache = True
        return response


def invalidate(**kwargs):
    """Forget every cached page (a new generation; old entries expire unread).

    A signal receiver: connected in home/apps.py and events/apps.py."""
    PAGES.move()


def cache_key(name):
    return f"page-cache:{PAGES.current()}:{sha256(name.encode()).hexdigest()}"


def shared(name, compute):
    """compute(), kept for everyone until pages next change or FRAGMENT_CACHE_SECONDS.

    Only for values that are the same for every person (built from live, public pages,
    such as the menu), never for anything that depends on who is asking."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        return compute()
    key = cache_key(f"shared:{name}")
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


def shared_rule(name, compute):
    """An access rule the same for everyone (the pages' and collections' restrictions):
    kept between requests like `shared` only in a cache every process shares (a process's
    own memory would not hear of a change made through another, and a rule must never be
    stale); without one, read once per request."""
    if settings.SHARED_CACHE:
        return shared(name, compute)
    return once_per_request(name, compute)


def may_use_cache(request):
    """A GET from someone whose cookies cannot change the page (the CSRF cookie cannot)."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}
    )


def may_store(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(response, "public_page_cache", False)
        and response.status_code == 200
        and not response.streaming
        and not request.user.is_authenticated
        and not request.session.modified
        and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def stored(response):
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
    ]
    body = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
    return {"body": body, "headers": headers}


def from_cache(request, entry):
    body = entry["body"]
    if CSRF_PLACEHOLDER in body:
        body = body.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    response = HttpResponse(body)
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PublicPageCacheMiddleware:
    """Answers anonymous GETs from the page cache; stores pages marked by the mixin.

    Sits after CsrfViewMiddleware (which sets the CSRF cookie for tokens handed out here) and
    before everything that only signed-in visitors need; the headers of the stored response,
    security headers included, are replayed on every hit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        key = cache_key(f"page:{request.get_host()}{request.get_full_path()}")
        entry = cache.get(key)
        if entry is not None:
            return from_cache(request, entry)
        response = self.get_response(request)
        if may_store(request, response):
            cache.set(key, stored(response), settings.PAGE_CACHE_SECONDS)
        return response
