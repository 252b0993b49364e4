import pytest

from tests.factories import make_home_page, make_library


@pytest.fixture
def home(db):
    return make_home_page()


@pytest.fixture
def library(home):
    return make_library(home)
