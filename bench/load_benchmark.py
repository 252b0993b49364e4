"""Pages under load: production settings on gunicorn, driven by wrk (a benchmark, not a test).

In the scratch database DATABASE_URL names it loads the demo content and, unless --tools,
--events and --posts are all 0, the generated data set (bench/dataset.py; once), indexes it on
SEARCH_URL, collects static files, starts gunicorn with DEBUG off on loopback, then runs wrk
against each page of bench/pages.py (every public page type as a visitor; the pages members
use, signed in as a member and as a Chair) at 1, 10 and 50 concurrent clients (or those
--clients lists) and prints requests per second and latency percentiles as a Markdown table,
the static file served by whitenoise from the same server (the ceiling) last in each group.

With --bakerydemo CHECKOUT, wagtail/bakerydemo at 3c7e3af (bench/bakerydemo.py prepares it in
the database --bakerydemo-database names) runs beside it on the next port with the same
workers, its pages are measured in the same run, and a last table sets each of our pages
beside the bakerydemo page of the same kind. --only picks some of the pages:

    ... bench/load_benchmark.py --only search --clients 10

    DATABASE_URL=postgres://pfs@127.0.0.1:54339/pfs_load SEARCH_URL=... SEARCH_ENGINE=... \\
        SEARCH_INDEX_PREFIX=load_ [CACHE_URL=redis://...] .venv/bin/python bench/load_benchmark.py

CACHE_URL, as production sets it, gives the workers one cache: pages and answers kept for
signed-in people (network/access_generation.py) are only kept in a shared cache. The page
cache (anonymous visitors) is off unless --page-cache: the figures are those of a rendered page.

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
from dataclasses import dataclass, field
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
    "PAGE_CACHE_SECONDS": "0",
    **{f"RATE_LIMIT_{name}": "1000000/60" for name in RATE_LIMIT_NAMES},
}
os.environ.update(SERVER_ENV)
if "--page-cache" in sys.argv:
    os.environ.pop("PAGE_CACHE_SECONDS")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench import bakerydemo  # noqa: E402
from bench.dataset import generate  # noqa: E402
from bench.pages import measured_targets, static_target  # noqa: E402

CONCURRENCY = (1, 10, 50)
WARM_UP_SECONDS = 3
RESULT = re.compile(r"RESULT (.*)")


def default_workers():
    """(2 x cores) + 1 sync workers: gunicorn's rule of thumb, and what the measurements in
    docs/benchmarks.md (#17) chose over threads: each request is CPU-bound Python between
    short waits on PostgreSQL and the search engine, so threads would share one interpreter
    lock and add nothing."""
    return 2 * (os.cpu_count() or 1) + 1


def prepare(args):
    call_command("migrate", verbosity=0)
    generate(args.tools, args.events, args.posts)
    call_command("collectstatic", interactive=False, verbosity=0)


@dataclass
class Row:
    """One measured URL: `headers` are sent with every request, `marker` must be on the
    page, `compare` names the bakerydemo page of the same kind."""

    label: str
    path: str
    headers: dict = field(default_factory=dict)
    marker: str | None = None
    compare: str | None = None


@dataclass
class Server:
    name: str
    port: int
    command: list
    cwd: Path
    env: dict
    rows: list
    probe: Row
    process: subprocess.Popen | None = None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, row, timeout=30):
        """The body of one GET (HTTPError, an OSError, for any status but 2xx)."""
        request = urllib.request.Request(self.url(row.path), headers=row.headers)  # noqa: S310
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.read()

    def answers(self):
        try:
            self.get(self.probe, timeout=2)
            return True
        except OSError:
            return False

    def start(self):
        if self.answers():
            raise SystemExit(f"Port {self.port} is taken by another server: choose --port.")
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env)  # noqa: S603
        for _ in range(120):
            if self.process.poll() is not None:
                raise SystemExit(f"{self.name}: gunicorn stopped; see its messages above")
            if self.answers():
                return
            time.sleep(0.5)
        self.stop()
        raise SystemExit(f"{self.name}: gunicorn did not answer within a minute")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def check(self):
        """Fail early on a URL that does not answer 200 (a wrong URL measures an error
        page), or a page without its marker (a cookie that did not sign in)."""
        for row in self.rows:
            body = self.get(row)
            if row.marker and row.marker.encode() not in body:
                raise SystemExit(f"{self.name} {row.path}: {row.marker!r} is not on the page")


def gunicorn_options(args):
    return [
        *("--workers", str(args.workers), "--worker-class", args.worker_class),
        *("--threads", str(args.threads), "--timeout", "60", "--log-level", "warning"),
    ]


def our_server(args):
    targets = chosen([*measured_targets(), static_target()], args.only)
    rows = [
        Row(t.label, t.path, {"Cookie": t.cookie} if t.cookie else {}, t.marker, t.compare)
        for t in targets
    ]
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{args.port}"),
        *gunicorn_options(args),
    ]
    return Server("ours", args.port, command, ROOT, os.environ.copy(), rows, Row("", "/healthz"))


def bakery_server(args):
    """bakerydemo on the next port, prepared in its own database, with our worker model."""
    base = settings.DATABASES["default"]
    database_url = (
        f"postgres://{base['USER']}@{base['HOST']}:{base['PORT']}/{args.bakerydemo_database}"
    )
    static_root = Path(args.bakerydemo) / "bench-static"
    demo = bakerydemo.prepare(Path(args.bakerydemo), database_url, static_root)
    rows = [Row(label, path, demo.headers, marker) for label, path, marker in demo.pages()]
    port = args.port + 1
    command = demo.server_command(port, args.workers, args.worker_class, args.threads)
    return Server("bakerydemo", port, command, demo.checkout, demo.env, rows, rows[-1])


def chosen(targets, only):
    """The targets whose label contains one of the comma-separated words of --only."""
    if not only:
        return targets
    words = [word.strip().lower() for word in only.split(",") if word.strip()]
    picked = [t for t in targets if any(word in t.label.lower() for word in words)]
    if not picked:
        raise SystemExit(f"--only {only!r} matches none of: {', '.join(t.label for t in targets)}")
    return picked


def warm_up(args, server):
    """A few seconds of each page on every worker before measuring: a worker's first
    requests load templates and code, and would otherwise land in the first rows."""
    for row in server.rows:
        run_wrk(args, server, row, 2 * args.workers, duration=WARM_UP_SECONDS)


def run_wrk(args, server, row, clients, duration=None):
    command = [
        *("wrk", "--threads", "1", "--connections", str(clients)),
        *("--duration", f"{duration or args.duration}s", "--timeout", "10s"),
        *("--script", str(ROOT / "bench" / "wrk_report.lua")),
    ]
    for name, value in row.headers.items():
        command += ["--header", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603 - our argv
        [*command, server.url(row.path)], capture_output=True, text=True, check=True
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


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and level")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--worker-class", default="sync", choices=("sync", "gthread"))
    parser.add_argument("--threads", type=int, default=1, help="threads per gthread worker")
    parser.add_argument("--port", type=int, default=8790, help="ours; bakerydemo the next")
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
        help="measure only our pages whose label contains one of these comma-separated "
        "words, e.g. --only search,member (labels: bench/pages.py)",
    )
    parser.add_argument("--bakerydemo", metavar="CHECKOUT", help="measure bakerydemo beside it")
    parser.add_argument("--bakerydemo-database", default="bakerydemo_bench")
    parser.add_argument(
        "--page-cache", action="store_true", help="keep visitors' page cache on (production)"
    )
    return parser.parse_args()


def print_summary(results, levels):
    """One row per page of ours: req/s and p95 at each level, then the bakerydemo page of the
    same kind at the last level and how many times its throughput ours is."""
    found = {(server.name, row.label, clients): r for server, clients, row, r in results}
    ours = [
        row for server, clients, row, _ in results if server.name == "ours" and clients == levels[0]
    ]
    last = levels[-1]
    heads = " | ".join(f"{n} req/s | {n} p95 ms" for n in levels)
    print(f"\n| page | {heads} | bakerydemo page | its req/s at {last} | ratio |")
    print("| --- | " + " | ".join("---: | ---:" for _ in levels) + " | --- | ---: | ---: |")
    for row in ours:
        mine = [found[("ours", row.label, n)] for n in levels]
        cells = " | ".join(f"{r['rps']:.0f} | {r['p95']:.0f}" for r in mine)
        theirs = found.get(("bakerydemo", row.compare, last))
        compared = (
            f"{row.compare} | {theirs['rps']:.0f} | "
            f"{found[('ours', row.label, last)]['rps'] / theirs['rps']:.2f}"
            if theirs
            else " | | "
        )
        print(f"| {row.label} | {cells} | {compared} |")


def main():
    args = arguments()
    levels = [int(n) for n in args.clients.split(",") if n.strip()]
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    prepare(args)
    servers = [our_server(args)] + ([bakery_server(args)] if args.bakerydemo else [])
    try:
        for server in servers:
            server.start()
            server.check()
            warm_up(args, server)
        cache = "Redis (CACHE_URL)" if settings.SHARED_CACHE else "each worker's own memory"
        model = f"{args.workers} {args.worker_class} workers" + (
            f" x {args.threads} threads" if args.worker_class == "gthread" else ""
        )
        page_cache = "on" if args.page_cache else "off"
        print(
            f"\ngunicorn: {model}; cache: {cache}; page cache {page_cache}; {os.cpu_count()} cores."
        )
        print(f"Load average (1/5/15 min) before: {load_average()}; {args.duration} s per row.\n")
        print("| clients | site | page | req/s | median ms | p95 ms | p99 ms | errors |")
        print("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        ours = servers[0]
        meter = (
            CpuMeter(ours.process.pid, settings.DATABASES["default"]["NAME"]) if args.cpu else None
        )
        costs, results = [], []
        for clients in levels:
            for server in servers:
                for row in server.rows:
                    metering = meter and server is ours
                    with meter.measuring() if metering else nullcontext({}) as used:
                        result = run_wrk(args, server, row, clients)
                    results.append((server, clients, row, result))
                    if metering:
                        cost = {g: 1000 * s / max(1, result["requests"]) for g, s in used.items()}
                        costs.append((clients, row.label, cost))
                    print(
                        f"| {clients} | {server.name} | {row.label} | {result['rps']:.0f} | "
                        f"{result['p50']:.0f} | {result['p95']:.0f} | {result['p99']:.0f} | "
                        f"{result['errors']} |",
                        flush=True,
                    )
        print(f"\nLoad average after: {load_average()}.")
        print_summary(results, levels)
        if costs:
            print("\nCPU ms per request (all the processes of each kind, during the row):\n")
            print("| clients | page | " + " | ".join(CpuMeter.GROUPS) + " | total |")
            print("| ---: | --- | " + " | ".join("---:" for _ in CpuMeter.GROUPS) + " | ---: |")
            for clients, label, cost in costs:
                cells = " | ".join(f"{cost[group]:.1f}" for group in CpuMeter.GROUPS)
                print(f"| {clients} | {label} | {cells} | {sum(cost.values()):.1f} |")
        for server in servers:
            print(f"\n{server.name} URLs: " + ", ".join(f"`{row.path}`" for row in server.rows))
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
