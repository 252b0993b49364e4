"""The storage MEDIA_STORAGE=s3 builds (config/media.py), without talking to any S3 server."""

import json

import pytest
from django.core.files.storage import storages

from config.media import media_storage

MINIO = {
    "MEDIA_S3_BUCKET": "pfs-media",
    "MEDIA_S3_ENDPOINT_URL": "https://minio.internal:9000",
    "MEDIA_S3_REGION": "eu-west-2",
    "MEDIA_S3_ADDRESSING_STYLE": "path",
    "MEDIA_S3_SIGNED_URL_SECONDS": "600",
}


@pytest.fixture
def bucket_storage(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
    return storages.create_storage(media_storage("s3", MINIO))


def test_the_bucket_storage_reads_its_keys_from_the_environment(bucket_storage):
    assert (bucket_storage.access_key, bucket_storage.secret_key) == (
        "AKIAEXAMPLEKEY",
        "not-a-real-secret",
    )


def test_the_keys_are_not_among_the_arguments_wagtails_deletion_task_records(bucket_storage):
    # wagtail.tasks.delete_file_from_storage_task gets storage.deconstruct() as its arguments.
    recorded = json.dumps(bucket_storage.deconstruct())
    assert "pfs-media" in recorded
    assert "AKIAEXAMPLEKEY" not in recorded and "not-a-real-secret" not in recorded


def test_files_in_the_bucket_have_no_local_path_and_signed_links_that_expire(bucket_storage):
    with pytest.raises(NotImplementedError):
        bucket_storage.path("images/teal.png")
    url = bucket_storage.url("images/teal.png")
    assert url.startswith("https://minio.internal:9000/pfs-media/images/teal.png?")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=600" in url
