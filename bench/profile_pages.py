"""Where each page's time goes (a profile, not a test): queries, templates, middleware,
Wagtail's routing, rich text and StreamField, images, the search engine, our own code.

In the database DATABASE_URL names (prepared by bench/load_benchmark.py or
bench/search_benchmark.py: demo content, optionally the large data set, indexed), each page of
bench/pages.py is requested in this process through Django's test client with production
settings (DEBUG off) and the page cache off, as signed-in people always get it. After warm-up
requests it prints, per page: milliseconds per request, queries per request and the time spent
in them, the time spent rendering templates, and a cProfile of more requests grouped by where
the code lives (the share of the profiled time; profiling slows every call alike, so read the
shares, not the absolute numbers of that part).

    DATABASE_URL=... SEARCH_URL=... SEARCH_ENGINE=... SEARCH_INDEX_PREFIX=... \\
        .venv/bin/python bench/profile_pages.py [--requests 30] [--only dashboard,thread]

--top N also prints each page's N functions with the most time of their own.
"""

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.in_process import use_production_settings  # noqa: E402

use_production_settings(PAGE_CACHE_SECONDS="0")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.template import base as template_base  # noqa: E402
from django.test import Client  # noqa: E402

from bench.pages import measured_targets  # noqa: E402

WARM_UP = 3
#: (area, path fragments of the code that counts there), first match wins; the order puts
#: the narrower places (rich text inside Wagtail) before the wider ones
AREAS = [
    ("rich text, StreamField", ("wagtail/rich_text", "wagtail/blocks", "wagtail/fields")),
    ("images", ("wagtail/images", "willow", "PIL")),
    ("search engine client", ("opensearch", "elasticsearch", "elastic_transport", "urllib3")),
    ("database (ORM, driver)", ("django/db", "psycopg", "treebeard", "modelcluster")),
    ("templates", ("django/template", "templatetags", "django/forms/renderers")),
    (
        "middleware, sessions, auth",
        ("middleware", "django/contrib/sessions", "django/contrib/auth", "django_otp"),
    ),
    ("Wagtail routing and pages", ("wagtail/",)),
    ("our code", (str(ROOT),)),
    ("Django, Python and the rest", ("",)),
]


def area_of(filename):
    for area, fragments in AREAS:
        if any(fragment in filename for fragment in fragments):
            return area
    return AREAS[-1][0]


class QueryTimer:
    """Counts the queries run and the time spent in them (connection.execute_wrapper)."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


class TemplateTimer:
    """Time spent in the outermost Template.render calls (nested includes count once)."""

    def __init__(self):
        self.seconds = 0.0
        self.depth = 0
        self.original = template_base.Template.render

    def __enter__(self):
        timer = self

        def render(template, context):
            timer.depth += 1
            started = time.perf_counter()
            try:
                return timer.original(template, context)
            finally:
                timer.depth -= 1
                if timer.depth == 0:
                    timer.seconds += time.perf_counter() - started

        template_base.Template.render = render
        return self

    def __exit__(self, *exc):
        template_base.Template.render = self.original


def client_for(target):
    client = Client()
    if target.cookie:
        name, value = target.cookie.split("=", 1)
        client.cookies[name] = value
    return client


def get(client, target):
    response = client.get(target.path)
    if response.status_code != 200:
        raise SystemExit(f"{target.path}: status {response.status_code}")
    if target.marker and target.marker.encode() not in response.content:
        raise SystemExit(f"{target.path}: {target.marker!r} is not on the page")


def measure(target, requests):
    """(ms per request, queries per request, query ms, template ms) over `requests`."""
    client = client_for(target)
    for _ in range(WARM_UP):
        get(client, target)
    queries = QueryTimer()
    with connection.execute_wrapper(queries), TemplateTimer() as templates:
        started = time.perf_counter()
        for _ in range(requests):
            get(client, target)
        elapsed = time.perf_counter() - started
    per = 1000 / requests
    return elapsed * per, queries.count / requests, queries.seconds * per, templates.seconds * per


def profile(target, requests):
    """{area: share of the profiled time} and the pstats of `requests` more requests."""
    client = client_for(target)
    get(client, target)  # a new client loads the middleware (whitenoise scans static files)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        get(client, target)
    profiler.disable()
    stats = pstats.Stats(profiler)
    spent = defaultdict(float)
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():
        spent[area_of(filename)] += own
    total = sum(spent.values()) or 1
    return {area: spent[area] / total for area, _ in AREAS}, stats


def chosen(targets, only):
    words = [word.strip().lower() for word in only.split(",") if word.strip()]
    return [t for t in targets if not words or any(w in t.label.lower() for w in words)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page")
    parser.add_argument("--only", default="", help="pages whose label contains one of these words")
    parser.add_argument("--top", type=int, default=0, help="also print the N costliest functions")
    args = parser.parse_args()
    call_command("collectstatic", interactive=False, verbosity=0)
    targets = chosen(measured_targets(), args.only)
    short = [
        "rich text",
        "images",
        "engine",
        "queries",
        "templates",
        "middleware",
        "Wagtail",
        "ours",
        "rest",
    ]
    print(f"{args.requests} requests per page, in one process, page cache off, DEBUG off.\n")
    print("| page | ms/request | queries | query ms | template ms | " + " | ".join(short) + " |")
    print("| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in short) + " |")
    details = []
    for target in targets:
        ms, count, query_ms, template_ms = measure(target, args.requests)
        shares, stats = profile(target, args.requests)
        cells = " | ".join(f"{100 * shares[area]:.0f}%" for area, _ in AREAS)
        print(
            f"| {target.label} | {ms:.1f} | {count:.0f} | {query_ms:.1f} | {template_ms:.1f} "
            f"| {cells} |",
            flush=True,
        )
        details.append((target, stats))
    if args.top:
        for target, stats in details:
            print(f"\n{target.label} ({target.path}): the {args.top} functions with most own time")
            stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
