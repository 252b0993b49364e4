"""Search latency on a large generated data set (a benchmark, not a test).

Generates (once) resource packs with 5,000 tools, 1,000 events and 20,000 discussion posts in
the database that DATABASE_URL names, indexes them on the search backend SEARCH_URL names,
then times typical searches through the site's own search code, as a visitor and as a
network member, with and without facets. For Elasticsearch/OpenSearch it also reports the
engine's own time ("took") for the same page query, so our overhead is visible.

    DATABASE_URL=postgres://pfs@127.0.0.1:54329/pfs_bench SEARCH_URL=... SEARCH_ENGINE=... \\
        .venv/bin/python bench/search_benchmark.py [--tools 5000 --events 1000 --posts 20000]

Use a scratch database: it runs migrations and adds the data set. Results: docs/benchmarks.md.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
os.environ.setdefault("DEBUG", "0")

import django

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import QueryDict  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from bench.dataset import generate  # noqa: E402
from network.community.models import Post  # noqa: E402
from network.models import User  # noqa: E402
from search.service import run_search  # noqa: E402

QUERIES = [
    ("safety", {}),
    ("safety planning", {}),
    ("conference agenda", {"type": "tool"}),
    ("school", {"topic": ["roles-of-schools", "education-providers"], "type": "event"}),
    ("guardianship mapping", {"topic": "guardianship", "tool_type": "template"}),
    ("", {"type": "event", "region": "london"}),
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def engine_took(query):
    """The engine's own time for the page query (Elasticsearch/OpenSearch only)."""
    backend = get_search_backend()
    if not hasattr(backend, "es") or not query:
        return None
    results = backend.search(query, Page.objects.live(), operator="and")
    index = backend.get_index_for_model(Page).name
    response = results._backend_do_search(results._get_es_body(), index=index, size=10)
    return response["took"]


def measure(runs):
    member = User.objects.get(email="member@example.org")
    rows = []
    for person_label, person in (("visitor", AnonymousUser()), ("member", member)):
        for query, facets in QUERIES:
            params = QueryDict(mutable=True)
            if query:
                params["q"] = query
            for key, value in facets.items():
                params.setlist(key, value if isinstance(value, list) else [value])
            run_search(person, params)  # warm caches
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                outcome = run_search(person, params)
                timings.append((time.perf_counter() - started) * 1000)
            took = engine_took(query)
            rows.append((person_label, params.urlencode() or "(browse)", outcome.total,
                         statistics.median(timings), percentile(timings, 0.95), took))  # fmt: skip
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tools", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    generate(args.tools, args.events, args.posts)
    get_search_backend().refresh_indexes() if hasattr(get_search_backend(), "es") else None
    backend = type(get_search_backend()).__module__
    print(
        f"\nBackend: {backend}; pages: {Page.objects.live().count()}; posts: {Post.objects.count()}"
    )
    print("| who | query | results | median ms | p95 ms | engine took ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for who, query, total, median, p95, took in measure(args.runs):
        engine = "n/a" if took is None else took
        print(f"| {who} | `{query}` | {total} | {median:.0f} | {p95:.0f} | {engine} |")


if __name__ == "__main__":
    main()
