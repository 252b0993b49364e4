"""Pages under load: production settings on gunicorn, driven by wrk (a benchmark, not a test).

In the scratch database DATABASE_URL names it loads the demo content and the generated data
set (bench/dataset.py; once), indexes it on SEARCH_URL, collects static files, starts gunicorn
with DEBUG off on loopback, then runs wrk against each page at 1, 10 and 50 concurrent
clients (or those --clients lists) and prints requests per second and latency percentiles as
a Markdown table. The last row of each group is a static file served by whitenoise from the
same server: the ceiling. --only picks some of the pages, e.g. the two searches with two
facets (visitor and member) at 10 clients:

    ... bench/load_benchmark.py --only search --clients 10

    DATABASE_URL=postgres://pfs@127.0.0.1:54339/pfs_load SEARCH_URL=... SEARCH_ENGINE=... \\
        SEARCH_INDEX_PREFIX=load_ [CACHE_URL=redis://...] .venv/bin/python bench/load_benchmark.py

CACHE_URL, as production sets it, gives the workers one cache: pages and answers kept for
signed-in people (network/access_generation.py) are only kept in a shared cache.

Needs wrk (Debian: apt-get install wrk). Results and the full command: docs/benchmarks.md.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Production settings, except what loopback without TLS needs, and abuse limits high enough
# that one address may send thousands of requests a minute.
RATE_LIMIT_NAMES = (
    *("LOGIN_ACCOUNT", "LOGIN_ADDRESS", "PASSWORD_RESET", "JOIN", "BOOKING"),
    *("NEWSLETTER_SIGNUP", "REPORT", "SEARCH", "AUTOCOMPLETE"),
)
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "LOG_LEVEL": "WARNING",
    **{f"RATE_LIMIT_{name}": "1000000/60" for name in RATE_LIMIT_NAMES},
}
os.environ.update(SERVER_ENV)
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from bench.dataset import generate  # noqa: E402
from events.models import EventPage  # noqa: E402
from network.models import User  # noqa: E402
from resources.models import ResourcePackPage, ResourcePage  # noqa: E402

CONCURRENCY = (1, 10, 50)
WARM_UP_SECONDS = 3
RESULT = re.compile(r"RESULT (.*)")


def default_workers():
    """(2 x cores) + 1 sync workers: gunicorn's rule of thumb. Each request is CPU-bound
    Python between short waits on PostgreSQL and OpenSearch (on this machine too), so one
    or two workers per core keep the cores busy while others wait; threads would share
    one interpreter lock and add nothing for CPU-bound work."""
    return 2 * (os.cpu_count() or 1) + 1


def prepare(args):
    call_command("migrate", verbosity=0)
    generate(args.tools, args.events, args.posts)
    call_command("collectstatic", interactive=False, verbosity=0)


def member_cookie():
    """A signed-in member's session cookie (a session row, as a real sign-in makes)."""
    client = Client()
    client.force_login(User.objects.get(email="member@example.org"))
    return f"sessionid={client.cookies['sessionid'].value}"


def targets():
    """(label, path, cookie, marker) for each measured URL, picked from the data set; the
    marker is text the page must show (a signed-in page must not be a visitor's)."""
    pack = ResourcePackPage.objects.live().exclude(slug__startswith="benchmark").first()
    tool = ResourcePage.objects.live().exclude(slug__startswith="benchmark").first()
    topic = tool.topics.first().slug
    event = EventPage.objects.live().exclude(slug__startswith="benchmark").order_by("start").last()
    static = staticfiles_storage.url("css/site.css")
    member = member_cookie()
    search = f"/search/?q=safety&type=tool&topic={topic}"
    return [
        ("home", "/", None, None),
        ("library, 2 filters", f"/resources/?topic={topic}&type={tool.tool_type}", None, None),
        ("pack", pack.url, None, None),
        ("events", "/events/", None, None),
        ("event", event.url, None, None),
        ("search, 2 facets", search, None, None),
        ("search, 2 facets (member)", search, member, "Sign out"),
        ("network dashboard (member)", "/network/", member, "Events with priority booking"),
        ("static file (whitenoise)", static, None, None),
    ]


def chosen(pages, only):
    """The targets whose label contains one of the comma-separated words of --only."""
    if not only:
        return pages
    words = [word.strip().lower() for word in only.split(",") if word.strip()]
    picked = [page for page in pages if any(word in page[0].lower() for word in words)]
    if not picked:
        raise SystemExit(f"--only {only!r} matches none of: {', '.join(p[0] for p in pages)}")
    return picked


def answers(port):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
        return True
    except OSError:
        return False


def start_server(args):
    if answers(args.port):
        raise SystemExit(f"Port {args.port} is taken by another server: choose --port.")
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi"),
        *("--bind", f"127.0.0.1:{args.port}", "--workers", str(args.workers)),
        *("--worker-class", "sync", "--timeout", "60", "--log-level", "warning"),
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=os.environ.copy())  # noqa: S603 - our argv
    for _ in range(120):
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped; see its messages above")
        if answers(args.port):
            return server
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within a minute")


def check(args, path, cookie, marker):
    """Fail early on a URL that does not answer 200 (a wrong URL measures an error page), or
    a signed-in page that does not show its marker (the cookie did not sign in)."""
    request = urllib.request.Request(f"http://127.0.0.1:{args.port}{path}")
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http://127.0.0.1
        body = response.read()
    if marker and marker.encode() not in body:
        raise SystemExit(f"{path}: {marker!r} is not on the page; is the cookie valid?")


def warm_up(args, pages):
    """A few seconds of each page on every worker before measuring: a worker's first
    requests load templates and code, and would otherwise land in the first rows."""
    for _, path, cookie, _ in pages:
        run_wrk(args, path, cookie, 2 * args.workers, duration=WARM_UP_SECONDS)


def run_wrk(args, path, cookie, clients, duration=None):
    command = [
        *("wrk", "--threads", "1", "--connections", str(clients)),
        *("--duration", f"{duration or args.duration}s", "--timeout", "10s"),
        *("--script", str(ROOT / "bench" / "wrk_report.lua")),
    ]
    if cookie:
        command += ["--header", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603 - our argv
        [*command, f"http://127.0.0.1:{args.port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fields = dict(item.split("=") for item in RESULT.search(output).group(1).split())
    seconds = int(fields["duration_us"]) / 1e6
    return {
        "requests": int(fields["requests"]),
        "rps": int(fields["requests"]) / seconds,
        **{key: int(fields[key]) / 1000 for key in ("p50", "p95", "p99")},
        "errors": int(fields["errors"]),
    }


def process_table():
    """{pid: (parent pid, command line, CPU ticks used so far)} from /proc (Linux)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) "
        table[int(entry.name)] = (int(fields[1]), command, int(fields[11]) + int(fields[12]))
    return table


class CpuMeter:
    """CPU time used by the server's processes, its database's PostgreSQL backends and the
    search engine (OpenSearch or Elasticsearch, a java process), read from /proc twice a
    second while wrk runs, so that a database connection closing during a row (after
    DATABASE_CONN_MAX_AGE) still counts up to its last reading. The engine's share is the
    whole node's: other users of that node count too."""

    GROUPS = ("gunicorn", "PostgreSQL", "search engine", "wrk")
    INTERVAL = 0.5

    def __init__(self, server, database):
        self.server = server
        self.database = database

    def group(self, pid, parent, command):
        if pid == self.server or parent == self.server:
            return "gunicorn"
        if command.startswith("postgres:") and f" {self.database} " in f"{command} ":
            return "PostgreSQL"
        if command.startswith("java") and ("opensearch" in command or "elasticsearch" in command):
            return "search engine"
        return None

    def snapshot(self):
        """{pid: (group, CPU ticks)} of the measured processes."""
        found = {}
        for pid, (parent, command, used) in process_table().items():
            group = self.group(pid, parent, command)
            if group:
                found[pid] = (group, used)
        return found

    @contextmanager
    def measuring(self):
        """Yields a dict that holds, on leaving, the CPU seconds used by each group."""
        first = self.snapshot()
        last = dict(first)
        children = os.times().children_user + os.times().children_system
        stop = threading.Event()

        def poll():
            while not stop.wait(self.INTERVAL):
                last.update(self.snapshot())

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        used = dict.fromkeys(self.GROUPS, 0.0)
        try:
            yield used
        finally:
            stop.set()
            poller.join()
            last.update(self.snapshot())
            hertz = os.sysconf("SC_CLK_TCK")
            for pid, (group, ticks) in last.items():
                used[group] += (ticks - first.get(pid, (group, 0))[1]) / hertz
            used["wrk"] = os.times().children_user + os.times().children_system - children


def load_average():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and level")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--tools", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument(
        "--clients",
        default=",".join(str(n) for n in CONCURRENCY),
        help="comma-separated numbers of concurrent clients (default: %(default)s)",
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="also report the CPU time per request of gunicorn, PostgreSQL, the search "
        "engine and wrk (Linux; services on this machine)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="measure only the pages whose label contains one of these comma-separated "
        "words, e.g. --only search (labels: home, library, pack, events, event, search, "
        "member, network, static)",
    )
    args = parser.parse_args()
    levels = [int(n) for n in args.clients.split(",") if n.strip()]
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    prepare(args)
    pages = chosen(targets(), args.only)
    server = start_server(args)
    try:
        for _, path, cookie, marker in pages:
            check(args, path, cookie, marker)
        warm_up(args, pages)
        cache = "Redis (CACHE_URL)" if settings.SHARED_CACHE else "each worker's own memory"
        print(f"\ngunicorn: {args.workers} sync workers; cache: {cache}; {os.cpu_count()} cores.")
        print(f"Load average (1/5/15 min) before: {load_average()}; {args.duration} s per row.\n")
        print("| clients | page | req/s | median ms | p95 ms | p99 ms | errors |")
        print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        meter = CpuMeter(server.pid, settings.DATABASES["default"]["NAME"]) if args.cpu else None
        costs = []
        for clients in levels:
            for label, path, cookie, _ in pages:
                with meter.measuring() if meter else nullcontext({}) as used:
                    row = run_wrk(args, path, cookie, clients)
                if meter:
                    cost = {g: 1000 * s / max(1, row["requests"]) for g, s in used.items()}
                    costs.append((clients, label, cost))
                print(
                    f"| {clients} | {label} | {row['rps']:.0f} | {row['p50']:.0f} | "
                    f"{row['p95']:.0f} | {row['p99']:.0f} | {row['errors']} |",
                    flush=True,
                )
        print(f"\nLoad average after: {load_average()}.")
        if costs:
            print("\nCPU ms per request (all the processes of each kind, during the row):\n")
            print("| clients | page | " + " | ".join(CpuMeter.GROUPS) + " | total |")
            print("| ---: | --- | " + " | ".join("---:" for _ in CpuMeter.GROUPS) + " | ---: |")
            for clients, label, cost in costs:
                cells = " | ".join(f"{cost[group]:.1f}" for group in CpuMeter.GROUPS)
                print(f"| {clients} | {label} | {cells} | {sum(cost.values()):.1f} |")
        print("URLs: " + ", ".join(f"`{path}`" for _, path, _, _ in pages))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
