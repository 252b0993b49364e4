"""The relevance set: on the demo content, each query's best result is in the top three.

Runs on whichever backend the run uses; CI runs it on OpenSearch and on PostgreSQL's
full-text search, and it passes on SQLite too.
"""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.http import QueryDict
from wagtail.search.backends import get_search_backend

from search.service import run_search

pytestmark = pytest.mark.django_db

RELEVANCE_SET = [
    ("chairing conference", "Chairing ROTH conferences"),
    ("schools", "Webinar: the role of schools on ROTH pathways"),
    ("education providers", "Education providers and ROTH processes"),
    ("safety planning", "Effective safety planning for young people and contexts"),
    ("safety plan template", "Safety plan template for young people and contexts"),
    ("parents carers", "Working with parents and carers as partners in protection"),
    ("guardianship", "Building community guardianship"),
    ("transport hub", "Case study: making a transport hub safer"),
    ("panel terms of reference", "Panel terms of reference template"),
    ("conference agenda", "ROTH conference agenda template"),
    ("privacy", "Privacy notice"),
    ("accessibility", "Accessibility statement"),
    ("commissioning", "Commissioning for ROTH pathways: online guide"),
    ("multi-agency", "Webinar: multi-agency responsibilities on ROTH pathways"),
    ("holistic accounts", "Holistic and integrated accounts of extra-familial harm"),
    ("introduction london", "Introduction to ROTH pathways: London"),
    ("reflective supervision", "Reflective supervision for ROTH Chairs"),
    ("feedback form", "Parent and carer feedback form"),
    ("working with schools", "Working with schools"),
]


def test_the_relevance_set_finds_each_expected_result_in_the_top_three():
    call_command("load_demo_content", stdout=io.StringIO())
    get_search_backend().refresh_indexes()
    misses = []
    for query, expected in RELEVANCE_SET:
        outcome = run_search(AnonymousUser(), QueryDict(f"q={query}"))
        top = [item.title for item in outcome.page.object_list[:3]]
        if expected not in top:
            misses.append(f"{query!r}: wanted {expected!r} in {top}")
    assert not misses, "\n".join(misses)
