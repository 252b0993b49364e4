import pytest

from tests.factories import make_home_page, make_library


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def home(db):
    return make_home_page()


@pytest.fixture
def library(home):
    return make_library(home)
