"""`manage.py search_index_check` finds what the index got wrong, and --fix repairs it."""

import dataclasses
import io

import pytest
from django.core.management import call_command

from search.stores import get_store
from search.upkeep import all_documents
from tests.search_index import index_everything, refresh_index

pytestmark = pytest.mark.django_db


def check(*args):
    out = io.StringIO()
    try:
        call_command("search_index_check", *args, stdout=out)
    except SystemExit as exit_:
        return exit_.code, out.getvalue()
    return 0, out.getvalue()


def test_an_index_built_from_the_database_matches_it(site):
    index_everything()
    status, report = check()
    assert status == 0
    assert "The index matches the database." in report


def test_missing_stale_and_forbidden_documents_are_reported_then_repaired(site):
    index_everything()
    store = get_store()
    documents = {document.key: document for document in all_documents()}
    missing, stale = sorted(documents)[:2]
    store.delete([missing])
    store.save([dataclasses.replace(documents[stale], title="An old title")])
    forbidden = dataclasses.replace(documents[stale], key="page:999999", title="Long gone")
    store.save([forbidden])
    refresh_index()

    status, report = check()
    assert status == 1
    assert f"Missing: 1 ({missing})" in report
    assert f"Stale: 1 ({stale})" in report
    assert "Forbidden (no longer findable): 1 (page:999999)" in report
    assert "run with --fix" in report

    status, report = check("--fix")
    assert status == 0
    assert "Repaired" in report
    refresh_index()
    status, report = check()
    assert status == 0
    assert "The index matches the database." in report
