"""Search latency on a large generated data set (a benchmark, not a test).

Generates (once per database) resource packs with the tools, events and discussion posts
asked for (bench/dataset.py) in the database that DATABASE_URL names and indexes them on the
configured search store: the engine store when SEARCH_URL is set, else the database store
(PostgreSQL full-text search). Then, for each query, as a visitor and as a network member
(member@example.org from the demo content), it times:

- the search view: GET /search/?... through Django's whole request handling (middleware,
  abuse limit, the service, the store, booking states, search statistics, the template),
  with django.test.Client, the member signed in with force_login (members need no second
  factor, only staff do);
- the store alone: get_store().search() with the very SearchRequest the view built;
- the engine's own `took` for the view's requests (SearchResponse.took_ms; "n/a" on the
  database store, which reports none).

The engine store asks for the engine's shard request cache, so a repeated search is
answered from it until the index changes. `--cold` empties that cache before every timed
run: each search is then matched, ranked and counted anew, as the first search after an
index change, or a search nobody has made since, would be.

    DATABASE_URL=postgres://pfs@127.0.0.1:54329/pfs_bench_5k SEARCH_URL=... SEARCH_ENGINE=... \\
        SEARCH_INDEX_PREFIX=bench5k_ .venv/bin/python bench/search_benchmark.py \\
        --tools 5000 --events 1000 --posts 20000 [--runs 40]

Use a scratch database: it runs migrations and adds the data set. Results: docs/benchmarks.md.
"""

import argparse
import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from unittest.mock import patch
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.in_process import use_production_settings

use_production_settings()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

from bench.dataset import generate  # noqa: E402
from home import limits  # noqa: E402
from network.community.models import Post  # noqa: E402
from network.models import User  # noqa: E402
from search import service, views  # noqa: E402
from search.stores import get_store  # noqa: E402

#: (query parameters, why it is here)
QUERIES = [
    ({"q": "safety"}, "one word matching most tools (over 2,000 at 5,000 tools)"),
    ({"q": "safety planning"}, "two words"),
    ({"q": "conference agenda", "type": "tool"}, "one facet"),
    ({"q": "safety", "type": "tool", "topic": "guardianship"}, "two facets"),
    (
        {"q": "guardianship mapping", "topic": "guardianship", "tool_type": "template"},
        "two facets, few results",
    ),
    (
        {"q": "school", "type": "event", "topic": ["roles-of-schools", "education-providers"]},
        "two values of one facet, and another facet",
    ),
    ({"q": "safety", "page": "50"}, "page 50 of a large result"),
    ({}, "browsing everything, newest first"),
    ({"type": "event", "region": "london"}, "browsing with two facets"),
]


def median(values):
    """The median, or 0 for a step that did not run (no statistics when browsing)."""
    return statistics.median(values) if values else 0.0


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load_average():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


@contextmanager
def recording(store):
    """Keep each (SearchRequest, SearchResponse, ms) the store answers while inside."""
    answers = []
    search = store.search

    def recorded(request):
        started = time.perf_counter()
        response = search(request)
        answers.append((request, response, (time.perf_counter() - started) * 1000))
        return response

    store.search = recorded  # shadows the method on this instance, which the view uses
    try:
        yield answers
    finally:
        del store.search


def timed(call, runs, before=None):
    """Milliseconds of each of `runs` calls, after one call to warm caches; `before()`, when
    given, runs untimed before each call."""
    call()
    timings = []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def get_page(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: status {response.status_code}")
    return response


def forget_cached_answers():
    """Empty the engine's shard request cache (the database store keeps no answers)."""
    store = get_store()
    if store_reports_took(store):
        store.client.call("indices.clear_cache", index=store.alias, request=True)


def measure(client, params, runs, cold=False):
    """One row: the view's, the store's and the engine's times for one query."""
    url = "/search/?" + urlencode(params, doseq=True)
    store = get_store()
    before = forget_cached_answers if cold else None
    with recording(store) as answers:
        view = timed(lambda: get_page(client, url), runs, before)
    request, response, _ = answers[-1]
    took = [answer.took_ms for _, answer, _ in answers[1:]]
    alone = timed(lambda: store.search(request), runs, before)
    return {
        "query": urlencode(params, doseq=True) or "(browse)",
        "results": response.total,
        "view": (statistics.median(view), percentile(view, 0.95)),
        "store": (statistics.median(alone), percentile(alone, 0.95)),
        "took": statistics.median(took) if store_reports_took(store) else None,
    }


class Phases:
    """Wall-clock time of the view's steps, by wrapping what search.views calls (a request
    at a time: the benchmark is single-threaded)."""

    STEPS = [
        ("abuse limit", limits, "hit"),
        ("facet labels (service)", service, "facet_labels"),
        ("scopes (service)", service, "scopes_of_person"),
        ("service: run_search", views, "run_search"),
        ("booking states", views, "add_booking_states"),
        ("search statistics", views, "record_search"),
        ("promoted results", views, "promoted_results"),
        ("template: render", views, "render"),
    ]

    def __init__(self):
        self.times = {label: [] for label, _, _ in self.STEPS}
        self.request = None

    @contextmanager
    def timing(self):
        patches = [
            patch.object(module, name, self.timed(label, getattr(module, name)))
            for label, module, name in self.STEPS
        ]
        for one in patches:
            one.start()
        try:
            yield self
        finally:
            for one in reversed(patches):
                one.stop()

    def timed(self, label, function):
        def wrapper(*args, **kwargs):
            if label == "template: render":
                self.request = args[0]
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.times[label].append((time.perf_counter() - started) * 1000)

        return wrapper


def breakdown(client, params, runs):
    """Medians (ms) of the view's steps for one query, with the store inside run_search and
    the base template alone (header, navigation, footer) inside the render."""
    url = "/search/?" + urlencode(params, doseq=True)
    store = get_store()
    phases = Phases()
    with recording(store) as answers, phases.timing():
        view = timed(lambda: get_page(client, url), runs)
    answers = answers[-runs:]
    alone = timed(lambda: store.search(answers[-1][0]), runs)
    base = timed(lambda: render_to_string("base.html", {}, phases.request), runs)
    rows = [("view (whole request)", statistics.median(view))]
    for label, values in phases.times.items():
        rows.append((label, median(values[-runs:])))
        if label == "service: run_search":
            rows.append(("  store.search (in the view)", median([ms for _, _, ms in answers])))
            rows.append(("  store.search alone", median(alone)))
            if store_reports_took(store):
                rows.append(("  engine took", median([a.took_ms for _, a, _ in answers])))
        if label == "template: render":
            rows.append(("  base.html alone", median(base)))
    inside = {"facet labels (service)", "scopes (service)"}  # parts of run_search
    steps = sum(median(v[-runs:]) for label, v in phases.times.items() if label not in inside)
    rows.append(("rest: middleware, session, user, response", statistics.median(view) - steps))
    return rows


def store_reports_took(store):
    return type(store).__name__ == "EngineStore"


def clients():
    visitor = Client()
    member = Client()
    member.force_login(User.objects.get(email="member@example.org"))
    # the member's page must be the member's: it shows discussions a visitor cannot see
    page = get_page(member, "/search/?q=safety")
    if b"Discussion" not in page.content:
        raise SystemExit("The member's search shows no discussions: is the session valid?")
    return [("visitor", visitor), ("member", member)]


def describe_store():
    store = get_store()
    if store_reports_took(store):
        info = store.client.call("info")
        version = info.get("version", {})
        name = version.get("distribution", "elasticsearch")
        return f"EngineStore on {name} {version.get('number', '?')}, alias {store.alias}"
    version = ".".join(str(part) for part in connection.get_database_version())
    return f"DatabaseStore on {connection.vendor} {version}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tools", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=40, help="timed runs per query and person")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time the view's steps (store, template, statistics...) for two queries",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="empty the engine's request cache before every timed run (no repeated answers)",
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    generate(args.tools, args.events, args.posts)
    call_command("collectstatic", interactive=False, verbosity=0)  # the pages' static URLs
    get_store().refresh()
    pages = Page.objects.live().count()
    print(f"\n{describe_store()}; {pages} live pages; {Post.objects.count()} posts.")
    print(f"Database {connection.settings_dict['NAME']}; {os.cpu_count()} cores; {args.runs} runs.")
    if args.cold:
        print("The engine's request cache emptied before every timed run (--cold).")
    print(f"Load average (1/5/15 min) before: {load_average()}.\n")
    print(
        "| who | query | results | view median | view p95 | store median | store p95 "
        "| engine took | view - took |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for who, client in clients():
        for params, _why in QUERIES:
            row = measure(client, params, args.runs, args.cold)
            (view, view_p95), (alone, alone_p95), took = row["view"], row["store"], row["took"]
            engine = ("n/a", "n/a") if took is None else (f"{took:.0f}", f"{view - took:.0f}")
            print(
                f"| {who} | `{row['query']}` | {row['results']} | {view:.0f} | {view_p95:.0f} "
                f"| {alone:.0f} | {alone_p95:.0f} | {engine[0]} | {engine[1]} |",
                flush=True,
            )
    print(f"\nLoad average after: {load_average()}. Times in ms (median of the view's took).")
    if args.breakdown:
        print_breakdown(args.runs)


def print_breakdown(runs):
    """Where the view's time goes, for the two-facet search and for browsing."""
    picked = [QUERIES[3][0], QUERIES[-1][0]]
    columns = [(who, client, params) for who, client in clients() for params in picked]
    before = load_average()
    tables = [breakdown(client, params, runs) for _, client, params in columns]
    print(f"\nWhere the view's time goes (median ms of {runs} runs).\n")
    heads = [
        f"{who}: `{urlencode(params, doseq=True) or '(browse)'}`" for who, _, params in columns
    ]
    print("| step | " + " | ".join(heads) + " |")
    print("| --- | " + " | ".join("---:" for _ in heads) + " |")
    for index, (label, _) in enumerate(tables[0]):
        values = " | ".join(f"{table[index][1]:.1f}" for table in tables)
        print(f"| {label} | {values} |")
    print(f"\nLoad average before: {before}; after: {load_average()}.")


if __name__ == "__main__":
    main()
