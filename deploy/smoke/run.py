"""The production smoke test: start on loopback what production runs, drive it over HTTP, stop
everything it started. CI runs it after the test suite (.ci/run); `make smoke` runs it here.

Needs: PostgreSQL at DATABASE_URL (a database `pfs_smoke` is made afresh), Java and the
OpenSearch runner's jars (.ci/opensearch/lib, as `.ci/services.sh start` fetches them),
Debian's redis-server, and aiosmtpd (requirements-dev.txt).
"""

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

import django
import topology
from checks import Smoke
from processes import Processes


def report(line):
    print(f"  ok  {line}", flush=True)


def prepare(env, log):
    for command in (
        ("migrate", "--noinput"),
        ("collectstatic", "--noinput"),
        ("load_demo_content",),
        ("update_index",),
    ):
        topology.manage(env, log, *command)
    report("release steps as production runs them: migrate, collectstatic, then demo content")
    report("the search index built on the cluster (update_index)")


def use_django(env):
    """This process reads and sets up through the ORM with the servers' settings."""
    os.environ.clear()
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(topology.ROOT))
    django.setup()


def main():
    os.chdir(topology.ROOT)
    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith("postgres"):
        raise SystemExit("DATABASE_URL must name a PostgreSQL server (.ci/services.sh env)")
    work_dir = Path(tempfile.mkdtemp(prefix="pfs-smoke-"))
    maildir = work_dir / "maildir"
    processes = Processes(work_dir)
    started = time.monotonic()
    print(f"== Production smoke test (logs in {work_dir})", flush=True)
    try:
        database_url = topology.smoke_database_url(server_url)
        topology.recreate_database(database_url)
        search_urls, cluster = topology.start_search_cluster(processes, work_dir)
        report(f"OpenSearch cluster of two nodes: {', '.join(search_urls)}")
        topology.start_redis(processes)
        report(f"Redis on 127.0.0.1:{topology.REDIS_PORT} (page cache, fragments, sessions)")
        topology.start_smtp(processes, maildir)
        report(f"SMTP server (aiosmtpd) on 127.0.0.1:{topology.SMTP_PORT}, storing to a Maildir")
        env = topology.production_environment(work_dir, database_url, search_urls)
        prepare(env, work_dir / "prepare.log")
        for port in topology.APP_PORTS:
            topology.start_app_server(processes, env, port)
        topology.start_worker(processes, env)
        topology.start_scheduler(processes, env)
        apps = [f"http://127.0.0.1:{port}" for port in topology.APP_PORTS]
        report(f"two gunicorn app servers ({', '.join(apps)}), DEBUG off, CACHE_URL to Redis")
        report("the task worker (db_worker) and the scheduler (run_scheduler)")
        use_django(env)

        print("== Checks", flush=True)
        smoke = Smoke(apps, maildir, report)
        smoke.health_shows_both_processes_beating()
        smoke.visitor_booking_is_confirmed_by_email_with_a_calendar_file()
        page = smoke.editor_publishes_on_one_server_and_the_other_serves_it_at_once()
        smoke.search_finds_the_published_page(page)
        offer = smoke.make_a_waitlist_offer()
        smoke.search_keeps_answering_with_a_node_stopped(
            page, lambda: topology.stop_search_node(processes, cluster)
        )
        smoke.email_waits_for_the_worker_and_arrives_exactly_once(
            lambda: processes.stop("worker"), lambda: topology.start_worker(processes, env)
        )
        smoke.the_offer_lapses_by_the_schedulers_run(offer)
    except Exception:
        traceback.print_exc()
        for name in [*processes.running, "prepare"]:
            print(f"--- last lines of {name}.log ---\n{processes.log_tail(name)}", flush=True)
        print("== Production smoke test FAILED", flush=True)
        return 1
    finally:
        processes.stop_all()
        print("== Stopped everything the smoke test started", flush=True)
    print(f"== Production smoke test passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
