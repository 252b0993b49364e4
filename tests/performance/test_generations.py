"""Generations (home/generations.py): a request reads each one once, and sees its own moves."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from home.generations import GenerationsPerRequestMiddleware
from home.page_cache import PAGES


def serve(view):
    return GenerationsPerRequestMiddleware(view)(RequestFactory().get("/"))


def test_a_request_keeps_the_generation_it_read_first():
    seen = []

    def view(request):
        seen.append(PAGES.current())
        cache.set(PAGES.key, "moved by another process")
        seen.append(PAGES.current())
        return HttpResponse()

    serve(view)
    assert seen[0] == seen[1] != "moved by another process"
    assert PAGES.current() == "moved by another process"  # outside a request: read each time
    assert (
        serve(lambda request: HttpResponse(PAGES.current())).content == b"moved by another process"
    )


def test_a_request_sees_the_moves_it_makes_itself():
    def view(request):
        before = PAGES.current()
        PAGES.move()
        return HttpResponse(str(PAGES.current() != before))

    assert serve(view).content == b"True"


@pytest.mark.parametrize("moves", [0, 1])
def test_the_generation_read_outside_requests_follows_every_move(moves):
    before = PAGES.current()
    for _ in range(moves):
        PAGES.move()
    assert (PAGES.current() != before) == bool(moves)
