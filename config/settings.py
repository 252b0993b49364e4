"""Django settings for the Planning for Safety site.

Every value comes from the environment; README.md lists each variable. With nothing set
(and DEBUG=1) the site runs on SQLite with the database search backend.
"""

import warnings
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import (
    base_url,
    env_bool,
    env_choice,
    env_fraction,
    env_int,
    env_list,
    env_rate,
    env_schedules,
    env_str,
    secret_key,
)
from config.logs import FORMATTERS, log_format
from config.media import media_storage
from config.sentry import init_sentry
from search.engines import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = secret_key(DEBUG)
# Earlier keys, still accepted for signed links and sessions while a new key takes over
# (docs/security.md, "Rotating SECRET_KEY").
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
BASE_URL = base_url()
WAGTAILADMIN_BASE_URL = BASE_URL

INSTALLED_APPS = [
    "home",
    "network",
    "resources",
    "events",
    "newsletters",
    "search",
    "operations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",  # wagtail-modeladmin uses its list filters; no admin URLs
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so that every response and every log line of the request carries its id.
    "config.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.generations.GenerationsPerRequestMiddleware",
    "home.sites.KeptSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "home.page_cache.PublicPageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "network.sessions.AdminSessionMiddleware",
    # Two-factor sign-in (network/two_factor.py): django-otp marks the verified session, then
    # people who may use the admin reach nothing else until they have given a code.
    "django_otp.middleware.OTPMiddleware",
    "network.two_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.security.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "search.middleware.SearchOutageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "network.context_processors.audience",
            ],
        },
    },
    {
        # Plain-text emails: the same templates, without HTML escaping.
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another server.
_database_url = env_str("DATABASE_URL", "")
if not _database_url:
    VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        _database_url or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "network.User"
AUTHENTICATION_BACKENDS = ["network.auth.EmailBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "network:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", "") or BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", "") or VAR_DIR / "media")
# Uploads on this server's disk (MEDIA_ROOT), or MEDIA_STORAGE=s3 for an S3-compatible bucket
# every app server shares (config/media.py; README, "Media storage").
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "filesystem").lower()
STORAGES = {
    "default": media_storage(MEDIA_STORAGE),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
if DEBUG:
    # In development static files come from the finders; there is no collected STATIC_ROOT.
    warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Uploads (see docs/resources.md, "Uploads"): documents are checked by home/uploads.py, images
# by Wagtail (decoded with Willow, raster formats only; SVG could carry scripts).
UPLOAD_MAX_DOCUMENT_MB = env_int("UPLOAD_MAX_DOCUMENT_MB", 20)
UPLOAD_MAX_IMAGE_MB = env_int("UPLOAD_MAX_IMAGE_MB", 10)
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_DOCUMENT_MB * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.DocumentForm"
# Served inline only when a browser cannot run anything in them; all else downloads.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_IMAGE_MB * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# Search: the database backend unless SEARCH_URL points at Elasticsearch or OpenSearch.
WAGTAILSEARCH_BACKENDS = search_backends(
    env_str("SEARCH_URL", ""),
    env_str("SEARCH_ENGINE", ""),
    env_str("SEARCH_INDEX_PREFIX", "planningforsafety_"),
    timeout=env_int("SEARCH_TIMEOUT", 2),
)

# Background tasks: run in the request unless TASKS_BACKEND=database (then run db_worker).
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {
    "default": {"BACKEND": TASKS_BACKENDS[env_choice("TASKS_BACKEND", TASKS_BACKENDS, "immediate")]}
}
# Periodic jobs (operations/jobs.py) moved from their declared schedule, e.g.
# JOB_SCHEDULES="process_waitlist_offers=* * * * *; heartbeat=*/2 * * * *".
JOB_SCHEDULES = env_schedules("JOB_SCHEDULES")

# Email: printed to the console unless EMAIL_BACKEND=smtp.
EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
EMAIL_BACKEND = EMAIL_BACKENDS[env_choice("EMAIL_BACKEND", EMAIL_BACKENDS, "console")]
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
# Outbox (home/emails.py): tries per email before it is marked failed.
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 6)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Planning for Safety <noreply@example.org>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Cache: per-process memory unless CACHE_URL names a Redis server shared by all app servers.
_cache_url = env_str("CACHE_URL", "")
if not _cache_url:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif _cache_url.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "config.redis_cache.ReusingRedisCache",
            "LOCATION": _cache_url,
        }
    }
else:
    raise ImproperlyConfigured("CACHE_URL must be a redis:// or rediss:// URL (or unset).")
# Whether every app process shares the cache: only then are answers about a person kept
# between requests (network/access_generation.py), as changes elsewhere must reach them.
SHARED_CACHE = bool(_cache_url)
# Public pages as anonymous visitors see them are kept this long in that cache (0: off);
# publishing empties it (home/page_cache.py). With several app processes set CACHE_URL, or
# each process keeps its own copy until it expires.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
# Pieces of pages (the menu, the footer, a pack's contents, the library's listing, a member's
# dashboard) are kept in that cache this long, or until what they show changes
# (home/templatetags/fragments.py, home/page_cache.py `shared`; 0: off).
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 300)
# Sessions are read from the shared cache and written through to the database (a signed-in
# request reads no session row); without a shared cache, from the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if SHARED_CACHE
    else "django.contrib.sessions.backends.db"
)

# Abuse limits (home/limits.py): at most N requests in S seconds, counted in the database so
# every app server shares them. Override one with RATE_LIMIT_<NAME>=N/S, e.g.
# RATE_LIMIT_SEARCH=300/60. Discussion posts have their own limit (DISCUSSION_RATE_*).
RATE_LIMIT_DEFAULTS = {
    "login_account": "5/900",  # failed sign-ins per account
    "login_address": "20/900",  # failed sign-ins per connection
    "two_factor": "5/900",  # wrong two-factor codes per person
    "password_reset": "5/3600",
    "join": "5/3600",
    "booking": "20/600",
    "newsletter_signup": "10/3600",
    "report": "10/3600",
    "search": "120/60",
    "autocomplete": "600/60",
}
RATE_LIMITS = {
    name: env_rate(f"RATE_LIMIT_{name.upper()}", default)
    for name, default in RATE_LIMIT_DEFAULTS.items()
}
# Behind a load balancer every request comes from it: name the header holding the client's
# address (e.g. HTTP_X_FORWARDED_FOR), or leave unset for REMOTE_ADDR. TRUSTED_PROXY_HOPS is
# how many proxies append to that header (e.g. 2 for a CDN and a load balancer): the client is
# that many entries from the right (home/limits.py, client_address).
CLIENT_ADDRESS_HEADER = env_str("CLIENT_ADDRESS_HEADER", "")
TRUSTED_PROXY_HOPS = env_int("TRUSTED_PROXY_HOPS", 1)
if TRUSTED_PROXY_HOPS < 1:
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_HOPS must be 1 or more (the proxies in front of the site); "
        f"got {TRUSTED_PROXY_HOPS}."
    )

# Retention (`apply_retention`, daily): bookings' access and dietary notes are cleared this
# many days after the event ends; sent outbox emails and audit entries are deleted after theirs.
EVENT_NOTES_RETENTION_DAYS = env_int("EVENT_NOTES_RETENTION_DAYS", 30)
OUTBOX_RETENTION_DAYS = env_int("OUTBOX_RETENTION_DAYS", 90)
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 365)
# Accounts whose address is never verified are removed after this many days.
ACCOUNT_VERIFY_DAYS = env_int("ACCOUNT_VERIFY_DAYS", 7)

# Events: reminder emails go out this many days before an event starts.
EVENT_REMINDER_DAYS = env_int("EVENT_REMINDER_DAYS", 2)
# How long a waitlisted person has to claim an offered place (never past halfway to the event).
WAITLIST_OFFER_MINUTES = env_int("WAITLIST_OFFER_MINUTES", 48 * 60)

# Discussions: posts per person in a time window, how long authors may edit, and how many of
# a new member's first posts wait for a moderator.
DISCUSSION_RATE_LIMIT = env_int("DISCUSSION_RATE_LIMIT", 5)
DISCUSSION_RATE_WINDOW_MINUTES = env_int("DISCUSSION_RATE_WINDOW_MINUTES", 10)
DISCUSSION_EDIT_MINUTES = env_int("DISCUSSION_EDIT_MINUTES", 30)
DISCUSSION_APPROVE_FIRST_POSTS = env_int("DISCUSSION_APPROVE_FIRST_POSTS", 2)

# Newsletters: unconfirmed sign-ups expire after this many days; sends go out in batches.
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7)
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 100)
NEWSLETTER_MAX_ATTEMPTS = env_int("NEWSLETTER_MAX_ATTEMPTS", 5)

# Two-factor sign-in (network/two_factor.py): the name authenticator apps show, and
# django-otp's own back-off after wrong codes (1, 2, 4, 8... seconds per device).
OTP_TOTP_ISSUER = "Planning for Safety"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Wagtail.
WAGTAIL_SITE_NAME = "Planning for Safety"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
# Staff reset passwords on the site's own page, which has the abuse limits and the outbox.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Every download passes the access policy in Wagtail's serve view, which streams the file from
# the storage; never "redirect" or "direct", which would hand out links to the bucket.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Moving a page or changing its slug adds a permanent redirect from each old URL (its
# subpages' too), so links in emails, newsletters and bookmarks keep working. Wagtail's
# default, set here because the site relies on it; editors see them under Settings → Redirects.
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Off: the responsive wrapper needs an inline style, which the Content-Security-Policy refuses;
# site.css sizes embedded videos instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# No avatars from gravatar.com: no third-party requests from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
TAGGIT_CASE_INSENSITIVE = True

# Security. Production (DEBUG off) defaults pass `manage.py check --deploy`.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_DAYS", 14) * 24 * 60 * 60
ADMIN_SESSION_MINUTES = env_int("ADMIN_SESSION_MINUTES", 120)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
# Content-Security-Policy extras: sites whose players may be embedded, and where browsers
# report violations (config/security.py builds the policy).
CSP_FRAME_SRC = env_list(
    "CSP_FRAME_SRC",
    ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
)
CSP_REPORT_URI = env_str("CSP_REPORT_URI", "")
if env_bool("TRUST_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Logs go to the console: one JSON object per line unless LOG_FORMAT=text (config/logs.py).
LOG_FORMAT = log_format()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {name: {"()": path} for name, path in FORMATTERS.items()},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    "loggers": {
        name: {"level": "WARNING"}
        for name in (
            "elastic_transport",
            "opensearch",
            "opensearchpy",
            "wagtail",
            "django_tasks",
            "fontTools",  # a line per font table each time a PDF is made
        )
    },
}

# Error tracking (config/sentry.py): Sentry's SDK, only when SENTRY_DSN is set.
init_sentry(
    env_str("SENTRY_DSN", ""),
    env_str("SENTRY_ENVIRONMENT", ""),
    env_fraction("SENTRY_TRACES_SAMPLE_RATE", 0.0),
)
