"""A stand-in for an S3 bucket: files in memory, no local path, one bucket for every instance.

Django's InMemoryStorage still answers path() (with a path where nothing is), so code that
assumed a filesystem would pass with it. This storage refuses path() as S3Storage does, its
URLs are on another host as a bucket's are, and every instance naming the same bucket sees the
same files, as storages rebuilt elsewhere do (Wagtail's file-deletion task rebuilds one from
its arguments).
"""

import os

from django.core.files.storage import InMemoryStorage, Storage
from django.utils._os import safe_join


class BucketStorage(InMemoryStorage):
    buckets = {}

    def __init__(self, bucket):
        super().__init__(base_url=f"https://{bucket}.bucket.example/")
        self._root = self.buckets.setdefault(bucket, self._root)

    def path(self, name):
        return Storage.path(self, name)  # NotImplementedError: there is no local file

    def _relative_path(self, name):
        return os.path.relpath(safe_join(self.location, name), self.location)
