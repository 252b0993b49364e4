"""The library with its files in a bucket (tests/storage.py, as with MEDIA_STORAGE=s3): tools'
formats and sizes, counted downloads and the whole-pack ZIP, all through the storage API."""

import io
import zipfile

import pytest

from resources.models import DocumentDownload
from tests.factories import make_document, make_pack, make_tool
from tests.uploads import stored_files

pytestmark = pytest.mark.django_db


def test_a_tools_format_and_size_come_from_its_file_in_the_bucket(bucket, library):
    tool = make_tool(make_pack(library), document=make_document("tracker.xlsx", b"x" * 1234))
    assert (tool.file_format, tool.file_size) == ("excel", 1234)


def test_a_public_document_in_the_bucket_is_streamed_and_counted(bucket, client, home):
    document = make_document("plan.pdf", b"%PDF plan")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF plan"
    assert DocumentDownload.objects.get(document=document).count == 1


def test_the_whole_pack_zip_is_built_from_and_kept_in_the_bucket(
    bucket, client, library, media_root
):
    pack = make_pack(library)
    make_tool(pack, title="Plan", document=make_document("plan.pdf", b"%PDF plan"))
    response = client.get(pack.url + "download/")
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert archive.read("01-plan.pdf") == b"%PDF plan"
    _, kept = bucket.listdir("pack-zips")
    assert len(kept) == 1
    assert stored_files(media_root) == []
