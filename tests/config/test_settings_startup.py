"""Settings as the server loads them: each variable's effect, and clear errors at start-up.

Each case starts a fresh Python process with only the given environment, because settings are
read once at import.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "SECRET_KEY": "k3y-" + "x7Qp2vLm9Rt4Wz8Yb1Nc6Hd3Jf5Gs0Ka" * 2,
    "ALLOWED_HOSTS": "planningforsafety.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://planningforsafety.example.org",
    "BASE_URL": "https://planningforsafety.example.org",
    "TRUST_PROXY_SSL_HEADER": "1",
}


def run_python(*args, **env):
    """Run the project's Python with only PATH, HOME and the given environment variables."""
    environ = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT, env=environ, capture_output=True, text=True
    )


def load_settings(names, **env):
    """The named settings as JSON-able values, from a process with this environment."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}, default=str))"
    )
    result = run_python("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def startup_error(**env):
    result = run_python("-c", "from django.conf import settings; settings.DEBUG", **env)
    assert result.returncode != 0
    return result.stderr.strip().splitlines()[-1]


def test_development_defaults_use_sqlite_database_search_and_console_email():
    values = load_settings(
        ["DATABASES", "WAGTAILSEARCH_BACKENDS", "EMAIL_BACKEND", "TASKS", "CACHES"], DEBUG="1"
    )
    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert values["DATABASES"]["default"]["NAME"].endswith("var/db.sqlite3")
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"].endswith(".database")
    assert values["EMAIL_BACKEND"].endswith("console.EmailBackend")
    assert values["TASKS"]["default"]["BACKEND"].endswith("ImmediateBackend")
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_environment_variables_configure_database_search_tasks_cache_and_email():
    values = load_settings(
        ["DATABASES", "WAGTAILSEARCH_BACKENDS", "TASKS", "CACHES", "EMAIL_BACKEND", "MEDIA_ROOT"],
        DEBUG="1",
        DATABASE_URL="postgres://pfs:pw@db.internal:5432/pfs",
        SEARCH_URL="http://search.internal:9200",
        SEARCH_ENGINE="opensearch2",
        SEARCH_INDEX_PREFIX="staging_",
        TASKS_BACKEND="database",
        CACHE_URL="redis://cache.internal:6379/1",
        EMAIL_BACKEND="smtp",
        MEDIA_ROOT="/srv/media",
    )
    database = values["DATABASES"]["default"]
    assert (database["ENGINE"], database["HOST"], database["NAME"]) == (
        "django.db.backends.postgresql",
        "db.internal",
        "pfs",
    )
    search = values["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert search["INDEX_PREFIX"] == "staging_"
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert values["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert values["MEDIA_ROOT"] == "/srv/media"


def test_base_url_sets_the_admin_base_url_and_hosts_are_read_as_lists():
    values = load_settings(
        ["WAGTAILADMIN_BASE_URL", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS"], **PRODUCTION
    )
    assert values["WAGTAILADMIN_BASE_URL"] == "https://planningforsafety.example.org"
    assert values["ALLOWED_HOSTS"] == ["planningforsafety.example.org"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://planningforsafety.example.org"]


def test_documents_are_served_through_wagtail_and_login_goes_to_the_site_page():
    values = load_settings(["WAGTAILDOCS_SERVE_METHOD", "WAGTAIL_FRONTEND_LOGIN_URL"], DEBUG="1")
    assert values == {
        "WAGTAILDOCS_SERVE_METHOD": "serve_view",
        "WAGTAIL_FRONTEND_LOGIN_URL": "/accounts/login/",
    }


def test_media_is_on_the_servers_disk_unless_media_storage_names_a_bucket():
    assert load_settings(["STORAGES"], DEBUG="1")["STORAGES"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    values = load_settings(
        ["STORAGES", "WAGTAILDOCS_SERVE_METHOD"],
        DEBUG="1",
        MEDIA_STORAGE="s3",
        MEDIA_S3_BUCKET="pfs-media",
        MEDIA_S3_ENDPOINT_URL="https://minio.internal:9000",
        MEDIA_S3_REGION="eu-west-2",
        MEDIA_S3_ADDRESSING_STYLE="path",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",
    )
    assert values["STORAGES"]["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "pfs-media",
            "endpoint_url": "https://minio.internal:9000",
            "region_name": "eu-west-2",
            "addressing_style": "path",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 3600,
            "custom_domain": None,
            "file_overwrite": False,
        },
    }
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"  # downloads pass the policy


def test_upload_limits_are_read_in_megabytes_and_set_wagtails_limits():
    names = ["WAGTAILDOCS_MAX_UPLOAD_SIZE", "WAGTAILIMAGES_MAX_UPLOAD_SIZE"]
    assert load_settings(names, DEBUG="1") == {
        "WAGTAILDOCS_MAX_UPLOAD_SIZE": 20 * 1024 * 1024,
        "WAGTAILIMAGES_MAX_UPLOAD_SIZE": 10 * 1024 * 1024,
    }
    assert load_settings(names, DEBUG="1", UPLOAD_MAX_DOCUMENT_MB="5", UPLOAD_MAX_IMAGE_MB="2") == {
        "WAGTAILDOCS_MAX_UPLOAD_SIZE": 5 * 1024 * 1024,
        "WAGTAILIMAGES_MAX_UPLOAD_SIZE": 2 * 1024 * 1024,
    }


def test_trusted_proxy_hops_is_one_unless_set():
    assert load_settings(["TRUSTED_PROXY_HOPS"], DEBUG="1") == {"TRUSTED_PROXY_HOPS": 1}
    assert load_settings(["TRUSTED_PROXY_HOPS"], DEBUG="1", TRUSTED_PROXY_HOPS="2") == {
        "TRUSTED_PROXY_HOPS": 2
    }


def test_production_defaults_are_secure():
    values = load_settings(
        [
            "DEBUG",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SECURE_PROXY_SSL_HEADER",
        ],
        **PRODUCTION,
    )
    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "SECRET_KEY must be set when DEBUG is off"),
        ({"DEBUG": "perhaps"}, "DEBUG must be true or false"),
        (
            {"DEBUG": "1", "SEARCH_URL": "http://localhost:9200", "SEARCH_ENGINE": "solr"},
            "use one of: elasticsearch9, opensearch2, elasticsearch8, opensearch3",
        ),
        ({"DEBUG": "1", "SEARCH_URL": "http://[::1:9200"}, "SEARCH_URL must be http(s)://"),
        ({"DEBUG": "1", "TASKS_BACKEND": "celery"}, "TASKS_BACKEND must be one of"),
        ({"DEBUG": "1", "EMAIL_BACKEND": "pigeon"}, "EMAIL_BACKEND must be one of"),
        ({"DEBUG": "1", "CACHE_URL": "memcached://x"}, "CACHE_URL must be a redis://"),
        ({"DEBUG": "1", "MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be one of: filesystem, s3"),
        ({"DEBUG": "1", "MEDIA_STORAGE": "s3"}, "MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET"),
        (
            {
                "DEBUG": "1",
                "MEDIA_STORAGE": "s3",
                "MEDIA_S3_BUCKET": "b",
                "MEDIA_S3_ADDRESSING_STYLE": "dns",
            },
            "MEDIA_S3_ADDRESSING_STYLE must be one of: auto, path, virtual",
        ),
        ({"DEBUG": "1", "EMAIL_PORT": "smtp"}, "EMAIL_PORT must be a whole number"),
        ({"DEBUG": "1", "BASE_URL": "planningforsafety.org"}, "BASE_URL must start with"),
        ({"DEBUG": "1", "TRUSTED_PROXY_HOPS": "two"}, "TRUSTED_PROXY_HOPS must be a whole number"),
        ({"DEBUG": "1", "TRUSTED_PROXY_HOPS": "0"}, "TRUSTED_PROXY_HOPS must be 1 or more"),
        ({"DEBUG": "1", "LOG_FORMAT": "xml"}, "LOG_FORMAT must be json or text"),
        (
            {"DEBUG": "1", "SENTRY_TRACES_SAMPLE_RATE": "2"},
            "SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1",
        ),
    ],
)
def test_bad_values_stop_start_up_with_a_clear_error(env, message):
    assert message in startup_error(**env)


def test_check_deploy_passes_with_the_documented_production_variables():
    environ = {**PRODUCTION, "DATABASE_URL": os.environ.get("DATABASE_URL", "")}
    for name in ("SEARCH_URL", "SEARCH_ENGINE"):
        if os.environ.get(name):
            environ[name] = os.environ[name]
    result = run_python("manage.py", "check", "--deploy", "--fail-level", "WARNING", **environ)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_static_files_get_hashed_compressed_names(tmp_path):
    env = {**PRODUCTION, "STATIC_ROOT": str(tmp_path)}
    collected = run_python("manage.py", "collectstatic", "--noinput", "-v0", **env)
    assert collected.returncode == 0, collected.stderr
    hashed = [p.name for p in (tmp_path / "css").glob("site.*.css")]
    assert len(hashed) == 1
    assert (tmp_path / "css" / f"{hashed[0]}.gz").exists()
    rendered = run_python(
        "-c",
        "import django; django.setup(); from django.templatetags.static import static; "
        "print(static('css/site.css'))",
        **env,
    )
    assert rendered.stdout.strip() == f"/static/css/{hashed[0]}"
