"""Media through Django's storage API only: in a bucket with no local path (tests/storage.py,
as with MEDIA_STORAGE=s3) documents are uploaded, downloaded through the site and deleted,
images get renditions, the demo content is written, and nothing reaches the server's disk."""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from home.demo.share_image import make_share_image
from home.models import SiteSettings
from tests.factories import make_document, make_home_page
from tests.two_factor import sign_in_with_second_factor
from tests.uploads import PDF, png, stored_files

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


def make_image(size=(40, 30)):
    return Image.objects.create(title="Teal", file=ImageFile(io.BytesIO(png(size)), "teal.png"))


def test_the_bucket_has_no_local_path_and_is_the_sites_default_storage(bucket):
    document = make_document("plan.pdf", b"%PDF plan")
    assert document.file.storage.open(document.file.name).read() == b"%PDF plan"
    assert bucket.exists(document.file.name)
    with pytest.raises(NotImplementedError):
        bucket.path(document.file.name)  # so any code still assuming a local file fails


def test_an_editor_uploads_a_document_and_it_downloads_through_the_site_not_the_bucket(
    client, editor, bucket, media_root
):
    make_home_page()
    sign_in_with_second_factor(client, editor)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Plan",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("plan.pdf", PDF),
        },
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert bucket.open(document.file.name).read() == PDF
    assert (document.file_size, len(document.file_hash)) == (len(PDF), 40)

    served = client.get(document.url)
    assert served.status_code == 200  # streamed by the serve view, never a redirect
    assert b"".join(served.streaming_content) == PDF
    assert served["Content-Length"] == str(len(PDF))
    assert served["Content-Type"] == "application/pdf"
    assert stored_files(media_root) == []


def test_deleting_a_document_removes_its_file_from_the_bucket(
    bucket, django_capture_on_commit_callbacks
):
    document = make_document("old.pdf")
    name = document.file.name
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert not bucket.exists(name)


def test_image_renditions_are_made_from_the_bucket_and_stored_in_it(bucket, media_root):
    image = make_image((40, 30))
    rendition = image.get_rendition("fill-20x10")
    assert rendition.url == bucket.url(rendition.file.name)
    with bucket.open(rendition.file.name) as stored:
        assert PillowImage.open(stored).size == (20, 10)
    assert stored_files(media_root) == []


def test_deleting_an_image_removes_it_and_its_renditions_from_the_bucket(
    bucket, django_capture_on_commit_callbacks
):
    image = make_image()
    names = [image.file.name, image.get_rendition("width-10").file.name]
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert [bucket.exists(name) for name in names] == [False, False]


def test_the_share_image_links_to_the_buckets_own_address(client, bucket):
    make_home_page()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = make_share_image()
    site_settings.save()
    rendition = site_settings.default_share_image.get_rendition("fill-1200x630")
    html = client.get("/").content.decode()
    assert f'<meta property="og:image" content="{bucket.url(rendition.file.name)}">' in html


def test_demo_content_writes_its_documents_and_images_into_the_bucket(bucket, media_root):
    call_command("load_demo_content", stdout=io.StringIO())
    files = [item.file.name for model in (Document, Image) for item in model.objects.all()]
    assert len(files) > 1
    assert all(bucket.exists(name) for name in files)
    assert stored_files(media_root) == []
