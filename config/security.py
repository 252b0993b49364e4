"""Security headers on every response.

Django's SecurityMiddleware already sends HSTS, X-Content-Type-Options, Referrer-Policy and
Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware sends X-Frame-Options. This adds
Content-Security-Policy and Permissions-Policy.

The public site and the network allow scripts and styles from this site only: no inline
script anywhere. The Wagtail admin is the one exception: Wagtail's own templates carry small
inline scripts (inline panels, date pickers), so admin pages allow inline scripts, and may be
framed by this site (the editor's preview panel).
"""

from django.conf import settings

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def content_security_policy(for_admin):
    """The policy for one response, as a header value."""
    frame_sources = " ".join(["'self'", *settings.CSP_FRAME_SRC])
    directives = {
        "default-src": "'self'",
        "script-src": "'self' 'unsafe-inline'" if for_admin else "'self'",
        "style-src": "'self' 'unsafe-inline'" if for_admin else "'self'",
        "img-src": "'self' data: blob:" if for_admin else "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "frame-src": frame_sources,
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'" if for_admin else "'none'",
    }
    if not settings.DEBUG:
        directives["upgrade-insecure-requests"] = ""
    if settings.CSP_REPORT_URI:
        directives["report-uri"] = settings.CSP_REPORT_URI
    return "; ".join(f"{name} {value}".strip() for name, value in directives.items())


def is_admin_path(path):
    return path.startswith("/admin/")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.site_policy = content_security_policy(for_admin=False)
        self.admin_policy = content_security_policy(for_admin=True)

    def __call__(self, request):
        response = self.get_response(request)
        for_admin = is_admin_path(request.path)
        response.setdefault(
            "Content-Security-Policy", self.admin_policy if for_admin else self.site_policy
        )
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
