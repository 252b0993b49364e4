"""What production runs, started on loopback: PostgreSQL (already running; a fresh database),
a two-node OpenSearch cluster, Redis, an SMTP server storing what it receives, two gunicorn
app servers with production settings, the task worker and the scheduler."""

import os
import secrets
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from processes import port_open, wait_for

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
OPENSEARCH_LIB = ROOT / ".ci" / "opensearch" / "lib"

REDIS_PORT = 6391
SMTP_PORT = 8025
OPENSEARCH_BASE_PORT = 9320  # the runner serves HTTP on base + 1 and base + 2
APP_PORTS = (8101, 8102)


def smoke_database_url(server_url):
    """The PostgreSQL server's URL with the smoke test's own database."""
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path="/pfs_smoke"))


def recreate_database(url):
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS pfs_smoke")
        connection.execute("CREATE DATABASE pfs_smoke")


def production_environment(work_dir, database_url, search_urls):
    """Production settings (DEBUG off), except plain HTTP on loopback."""
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"http://127.0.0.1:{APP_PORTS[0]}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database_url,
        "SEARCH_URL": ",".join(search_urls),
        "SEARCH_ENGINE": "opensearch2",
        "SEARCH_INDEX_PREFIX": "smoke_",
        "SEARCH_TIMEOUT": "5",
        "CACHE_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "smtp",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(SMTP_PORT),
        "EMAIL_USE_TLS": "0",
        "STATIC_ROOT": str(work_dir / "static"),
        "MEDIA_ROOT": str(work_dir / "media"),
        "LOG_FORMAT": "json",
        # Shortened for the test: offers lapse after a minute, and the jobs that lapse them
        # and retry email run every minute.
        "WAITLIST_OFFER_MINUTES": "1",
        "JOB_SCHEDULES": "process_waitlist_offers=* * * * *; retry_emails=* * * * *",
    }


def manage(env, log, *arguments):
    """Run a management command with the servers' settings, its output in the log."""
    with open(log, "ab") as output:
        subprocess.run(  # noqa: S603 (our own command, no shell)
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def start_search_cluster(processes, work_dir):
    """Two nodes; returns (their HTTP URLs with the node to be stopped first, the cluster)."""
    cluster = processes.start(
        "opensearch",
        [
            "java",
            "-Xms256m",
            "-Xmx768m",
            "-cp",
            f"{OPENSEARCH_LIB}/*",
            str(ROOT / "deploy" / "smoke" / "TwoNodeCluster.java"),
            str(work_dir / "opensearch"),
            str(OPENSEARCH_BASE_PORT),
        ],
        stdin=subprocess.PIPE,
    )
    ready = wait_for(
        "OpenSearch cluster ready",
        lambda: ready_line(processes.log_dir / "opensearch.log"),
        timeout=240,
    )
    other_port = int(ready.split()[1])
    ports = [OPENSEARCH_BASE_PORT + 1, OPENSEARCH_BASE_PORT + 2]
    ports.sort(key=lambda port: port != other_port)  # the node to be stopped first in the list
    return [f"http://127.0.0.1:{port}" for port in ports], cluster


def ready_line(log):
    if not log.exists():
        return None
    return next((line for line in log.read_text().splitlines() if line.startswith("READY ")), None)


def stop_search_node(processes, cluster):
    cluster.stdin.write(b"stop-other\n")
    cluster.stdin.flush()
    wait_for(
        "OpenSearch node stopped",
        lambda: "STOPPED" in (processes.log_dir / "opensearch.log").read_text(),
        timeout=60,
    )


def start_redis(processes):
    processes.start(
        "redis",
        ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", ""],
    )
    wait_for("Redis", lambda: port_open(REDIS_PORT), timeout=30, interval=0.2)


def start_smtp(processes, maildir):
    processes.start(
        "smtp",
        [
            PYTHON,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{SMTP_PORT}",
            "-c",
            "aiosmtpd.handlers.Mailbox",
            str(maildir),
        ],
    )
    wait_for("SMTP server", lambda: port_open(SMTP_PORT), timeout=30, interval=0.2)


def start_app_server(processes, env, port):
    processes.start(
        f"web-{port}",
        [GUNICORN, "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env={**env, "PYTHONPATH": str(ROOT)},
    )
    wait_for(f"gunicorn on {port}", lambda: port_open(port), timeout=60, interval=0.5)


def start_worker(processes, env):
    processes.start("worker", [PYTHON, "manage.py", "db_worker", "--interval", "1"], env=env)


def start_scheduler(processes, env):
    processes.start("scheduler", [PYTHON, "manage.py", "run_scheduler", "--tick", "2"], env=env)
