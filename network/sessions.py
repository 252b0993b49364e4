"""Shorter sessions for people who may use the Wagtail admin.

Members stay signed in for SESSION_COOKIE_AGE; anyone with admin access is signed out after
ADMIN_SESSION_MINUTES without a request, because their session can change what the public sees.
The flag is set at sign-in, so a person given admin access keeps their current session's
length until they next sign in.

The idle timer restarts at most once a minute (REFRESH_SECONDS): restarting it saves the
session, and a plain page view should not write to the database on every request. A session
therefore ends between ADMIN_SESSION_MINUTES less a minute and ADMIN_SESSION_MINUTES after
the last request.
"""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SHORT_SESSION_KEY = "short_session"
#: when the idle timer last restarted (seconds since the epoch)
RESTARTED_KEY = "short_session_restarted"
REFRESH_SECONDS = 60


def may_use_admin(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@receiver(user_logged_in, dispatch_uid="network.sessions.shorten_admin_sessions")
def shorten_admin_sessions(sender, request, user, **kwargs):
    """Sessions of people who may use the admin expire after ADMIN_SESSION_MINUTES idle."""
    if request is not None and hasattr(request, "session") and may_use_admin(user):
        request.session[SHORT_SESSION_KEY] = True
        restart_idle_timer(request.session)


def restart_idle_timer(session):
    session.set_expiry(settings.ADMIN_SESSION_MINUTES * 60)
    session[RESTARTED_KEY] = int(time.time())


class AdminSessionMiddleware:
    """A request of an admin-capable person restarts their (short) idle timer, if it has
    not restarted within the last minute."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        idle = time.time() - session.get(RESTARTED_KEY, 0)
        if session.get(SHORT_SESSION_KEY) and idle >= REFRESH_SECONDS:
            restart_idle_timer(session)
        return self.get_response(request)
