"""The relevance set: on the demo content, each query's best result is in the top three.

Runs on whichever backend the run uses; CI runs it on OpenSearch and on PostgreSQL's
full-text search, and it passes on SQLite too.
"""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.http import QueryDict

from search.service import run_search
from tests.search_index import index_everything

pytestmark = pytest.mark.django_db

RELEVANCE_SET = [
    ("chairing conference", "Chairing ROTH conferences"),
    ("schools", "Webinar: the role of schools on ROTH pathways"),
    ("school", "Webinar: the role of schools on ROTH pathways"),  # stemming: school = schools
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
    index_everything()
    misses = []
    for query, expected in RELEVANCE_SET:
        outcome = run_search(AnonymousUser(), QueryDict(f"q={query}"))
        top = [item.title for item in outcome.page.object_list[:3]]
        if expected not in top:
            misses.append(f"{query!r}: wanted {expected!r} in {top}")
    assert not misses, "\n".join(misses)


def follow_counts(user, params):
    """For each facet value shown, the number of results when that value is chosen."""
    base = run_search(user, params)
    problems = []
    for facet in base.facets:
        if any(option.selected for option in facet.options):
            continue  # adding a value to a chosen facet widens it: no simple rule to check
        for option in facet.options:
            chosen = run_search(user, QueryDict(option.toggle_query))
            if chosen.total != option.count:
                problems.append(f"{params.urlencode()} + {facet.param}={option.value}: "
                                f"shown {option.count}, got {chosen.total}")  # fmt: skip
    return base, problems


def test_on_the_demo_content_every_facet_count_is_what_choosing_it_gives(django_user_model):
    call_command("load_demo_content", stdout=io.StringIO())
    index_everything()
    chair = django_user_model.objects.get(email="chair@example.org")
    problems = []
    for user in (AnonymousUser(), chair):
        for query in ("", "q=safety", "q=young+people"):
            base, found = follow_counts(user, QueryDict(query))
            problems += found
            for facet in base.facets[:3]:  # and every pair with one value of these facets
                first = facet.options[0]
                problems += follow_counts(user, QueryDict(first.toggle_query))[1]
    assert not problems, "\n".join(problems)
