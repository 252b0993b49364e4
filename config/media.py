"""Where uploaded documents and images live: the server's disk or an S3-compatible bucket.

The code reaches files only through Django's storage API, so this is configuration only
(README, "Media storage"). Access keys are not storage options: Wagtail's file-deletion task
records a storage's options as its arguments (kept in the task table with
TASKS_BACKEND=database), so django-storages reads the keys from AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY itself (or boto3 finds the server's role).
"""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_choice, env_int, env_str

MEDIA_STORAGES = ("filesystem", "s3")
ADDRESSING_STYLES = ("auto", "path", "virtual")


def media_storage(kind, environ=None):
    """STORAGES["default"] for MEDIA_STORAGE: `filesystem` (MEDIA_ROOT) or `s3` (a bucket)."""
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind == "s3":
        return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": bucket_options(environ)}
    raise ImproperlyConfigured(
        f"MEDIA_STORAGE must be one of: {', '.join(MEDIA_STORAGES)}; got {kind!r}."
    )


def bucket_options(environ=None):
    """S3Storage's options: a private bucket, reached only by signed links that expire."""
    bucket = env_str("MEDIA_S3_BUCKET", "", environ)
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET, the bucket's name.")
    addressing = env_choice("MEDIA_S3_ADDRESSING_STYLE", ADDRESSING_STYLES, "auto", environ)
    return {
        "bucket_name": bucket,
        "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL", "", environ) or None,
        "region_name": env_str("MEDIA_S3_REGION", "", environ) or None,
        "addressing_style": addressing,
        "default_acl": "private",
        # Documents never get a link to the bucket (the serve view streams them); images do,
        # signed, so the bucket can stay private. A custom domain would give unsigned links.
        "querystring_auth": True,
        "querystring_expire": env_int("MEDIA_S3_SIGNED_URL_SECONDS", 3600, environ),
        "custom_domain": None,
        "file_overwrite": False,
    }
