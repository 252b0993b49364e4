"""wagtail/bakerydemo beside our site in bench/load_benchmark.py: prepare it, start it, list pages.

The operator provides a checkout of https://github.com/wagtail/bakerydemo at commit 3c7e3af
(its last on Django 5.2 and wagtail 7.2); nothing of it is kept in this repository. prepare()
gives the checkout its own venv (checkout/.venv, Python 3.11), migrates the PostgreSQL
database it is given, loads the demo content once and collects static files, all with the
demo's production settings unchanged: DEBUG off, whitenoise serving static files, caches in
each worker's memory unless a Redis URL is given. Those settings always redirect plain HTTP
to HTTPS and trust X-Forwarded-Proto, as behind a TLS proxy: every request must send
HEADERS (wrk: --header "X-Forwarded-Proto: https"), or it measures a 301.

Quick self-check (starts gunicorn on port 8791 with 2 sync workers, fetches each page once):

    DATABASE_URL=postgres://pfs@127.0.0.1:54329/bakerydemo_bench \\
        .venv/bin/python bench/bakerydemo.py /work/bakerydemo-3c7e3af
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMIT = "3c7e3af"
SECRET_KEY = "benchmark-only-not-secret-bakerydemo"  # noqa: S105 - loopback benchmark only
# What a TLS-terminating proxy adds; the demo's SECURE_SSL_REDIRECT is always on.
HEADERS = {"X-Forwarded-Proto": "https"}
SEARCH_QUERY = "bread"
STATIC_FILE = "css/main.css"
# Its production settings need these beyond requirements/base.txt (its requirements/
# production.txt pins the same whitenoise and psycopg); django-tasks 0.8.1 is the last that
# wagtail 7.2 runs with here.
PACKAGES = ("django-tasks==0.8.1", "whitenoise==6.6.0", "psycopg[binary]>=3.2.2,<3.3")
REDIS_PACKAGE = "django-redis==5.4.0"  # only with a Redis URL, as its production.txt pins
# Environment passed through from ours; everything else the demo reads is set here, so that
# our own DATABASE_URL, REDIS_URL, AWS_* or ELASTICSEARCH_* never reach it.
PASSED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")


def gunicorn_requirement():
    """The gunicorn our site pins (requirements.txt), so both run on the same server."""
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.strip().lower().startswith("gunicorn=="):
            return line.split("#")[0].strip()
    return "gunicorn"


def python311():
    """A Python 3.11 interpreter of this machine."""
    for candidate in ("/usr/bin/python3.11", shutil.which("python3.11")):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("bakerydemo needs Python 3.11: none found (/usr/bin/python3.11)")


# Run by the demo's `manage.py shell -c`: its comparable pages as JSON (label, path, marker).
# A marker is text from the database as the page shows it (escaped): a listing's is the
# title of the first item it lists, the home page's its hero text, the about page's its
# introduction, another page's its title.
PAGES_SCRIPT = """
import html, json
from django.templatetags.static import static
from wagtail.models import Page, Site
from bakerydemo.base.models import StandardPage
from bakerydemo.blog.models import BlogIndexPage, BlogPage
from bakerydemo.breads.models import BreadPage, BreadsIndexPage
from bakerydemo.locations.models import LocationPage, LocationsIndexPage

def text(value):
    return html.escape(value.strip()[:60])

def first(pages):
    return text(pages.live().first().title)

home = Site.objects.get(is_default_site=True).root_page.specific
breads = BreadsIndexPage.objects.live().first()
blog = BlogIndexPage.objects.live().first()
posts = BlogPage.objects.descendant_of(blog).order_by("-date_published")
post = posts.live().first()
bread = breads.get_breads().first()
about = StandardPage.objects.live().filter(slug="about").first()
about = about or StandardPage.objects.live().first()
locations = LocationsIndexPage.objects.live().first()
places = LocationPage.objects.descendant_of(locations).order_by("title")
location = places.live().first()
q = QUERY
models = (BlogPage, BreadPage, LocationPage)
found = [p.page_ptr_id for m in models for p in m.objects.live().search(q)]
print(json.dumps([
    ["home", home.url, text(home.hero_text)],
    ["breads index", breads.url, text(bread.title)],
    ["blog index", blog.url, first(posts)],
    ["blog post", post.url, text(post.title)],
    ["bread", bread.url, text(bread.title)],
    ["about (standard page)", about.url, text(about.introduction or about.title)],
    ["locations index", locations.url, first(places)],
    ["location", location.url, text(location.title)],
    ["search", "/search/?q=" + q, first(Page.objects.filter(id__in=found))],
    ["static file (whitenoise)", static(STATIC), None],
]))
"""


@dataclass
class BakeryDemo:
    """A prepared bakerydemo checkout: the environment and argv to run it, its pages."""

    checkout: Path
    env: dict
    static_root: Path
    headers: dict

    @property
    def python(self):
        return str(self.checkout / ".venv" / "bin" / "python")

    def manage(self, *args, capture=False):
        """Runs its manage.py with its venv and environment."""
        return subprocess.run(  # noqa: S603 - our argv
            [self.python, "manage.py", *args],
            cwd=self.checkout,
            env=self.env,
            check=True,
            capture_output=capture,
            text=True,
        )

    def server_command(self, port, workers, worker_class="sync", threads=1):
        """gunicorn's argv, to run with cwd=checkout and env=self.env."""
        return [
            *(self.python, "-m", "gunicorn", "bakerydemo.wsgi:application"),
            *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
            *("--worker-class", worker_class, "--threads", str(threads)),
            *("--timeout", "60", "--log-level", "warning"),
        ]

    def pages(self):
        """[(label, path, marker)] of its comparable pages, picked from its database; the
        static file's marker is its first line with a rule, read from static_root."""
        script = PAGES_SCRIPT.replace("QUERY", repr(SEARCH_QUERY))
        script = script.replace("STATIC", repr(STATIC_FILE))
        output = self.manage("shell", "-c", script, capture=True).stdout
        found = [tuple(row) for row in json.loads(output.strip().splitlines()[-1])]
        label, path, _ = found[-1]
        served = self.static_root / path.removeprefix("/static/")
        rule = next(line for line in served.read_text().splitlines() if "{" in line)
        return [*found[:-1], (label, path, rule.strip()[:40])]


def install(checkout, redis_url):
    """checkout/.venv with its requirements and what its production settings need (once:
    a stamp file records what was installed)."""
    venv = checkout / ".venv"
    wanted = ["-r", "requirements/base.txt", *PACKAGES, gunicorn_requirement()]
    if redis_url:
        wanted.append(REDIS_PACKAGE)
    stamp = venv / "bench-installed.json"
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return
    if not (venv / "bin" / "python").exists():
        subprocess.run([python311(), "-m", "venv", str(venv)], check=True)  # noqa: S603
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, *wanted], cwd=checkout, check=True)  # noqa: S603 - our argv
    stamp.write_text(json.dumps(wanted))


def link_static_root(checkout, static_root):
    """Its settings fix STATIC_ROOT at bakerydemo/collect_static (no variable changes it):
    that path becomes a symbolic link to static_root."""
    fixed = checkout / "bakerydemo" / "collect_static"
    static_root.mkdir(parents=True, exist_ok=True)
    if fixed.resolve() == static_root.resolve():
        return
    if fixed.is_symlink():
        fixed.unlink()
    elif fixed.exists():
        raise SystemExit(f"{fixed} is a directory: remove it, or pass it as static_root")
    fixed.symlink_to(static_root.resolve(), target_is_directory=True)


def server_env(checkout, database_url, redis_url=None):
    """The environment its production settings read; nothing else of ours."""
    env = {name: os.environ[name] for name in PASSED if name in os.environ}
    venv = checkout / ".venv"
    env.update(
        {
            "PATH": f"{venv / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}",
            "VIRTUAL_ENV": str(venv),
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DATABASE_URL": database_url,
            "DJANGO_SECRET_KEY": SECRET_KEY,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            # Its manage.py and wsgi.py warn on every start that there is no .env file.
            "PYTHONWARNINGS": "ignore:Not reading",
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def prepare(checkout: Path, database_url: str, static_root: Path, redis_url=None) -> BakeryDemo:
    """Venv (once), migrate, demo content (once per database), collectstatic into
    static_root; returns how to run it. The database must exist (it may be empty)."""
    checkout = Path(checkout).resolve()
    if not (checkout / "bakerydemo" / "settings" / "production.py").exists():
        raise SystemExit(f"{checkout} is not a bakerydemo checkout (at {COMMIT})")
    if not database_url.startswith("postgres://"):
        # Its settings add django.contrib.postgres only for this scheme.
        raise SystemExit("bakerydemo: DATABASE_URL must start with postgres://")
    if (checkout / ".env").exists():
        print(f"Note: {checkout / '.env'} is read too (variables set here win).", file=sys.stderr)
    install(checkout, redis_url)
    link_static_root(checkout, Path(static_root))
    demo = BakeryDemo(
        checkout, server_env(checkout, database_url, redis_url), Path(static_root), HEADERS
    )
    demo.manage("migrate", "--noinput", "--verbosity", "0", "--skip-checks")
    loaded = "from bakerydemo.base.models import HomePage; print(HomePage.objects.exists())"
    if demo.manage("shell", "-c", loaded, capture=True).stdout.split()[-1] != "True":
        demo.manage("load_initial_data")
    demo.manage("collectstatic", "--noinput", "--verbosity", "0")
    return demo


def fetch(port, path, headers):
    """(status, body) of one GET on the server, redirects not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(port, server, headers, seconds=60):
    """Waits until the server answers / (any status); fails if it stops first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("bakerydemo's gunicorn stopped; see its messages above")
        try:
            fetch(port, "/", headers)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"bakerydemo did not answer on port {port} within {seconds} s")


def main():
    if len(sys.argv) != 2 or "DATABASE_URL" not in os.environ:
        raise SystemExit("usage: DATABASE_URL=postgres://... python bench/bakerydemo.py CHECKOUT")
    checkout = Path(sys.argv[1]).resolve()
    started = time.monotonic()
    demo = prepare(checkout, os.environ["DATABASE_URL"], checkout / "bench-static")
    print(f"Prepared in {time.monotonic() - started:.0f} s.")
    pages = demo.pages()
    port = 8791
    server = subprocess.Popen(  # noqa: S603 - our argv
        demo.server_command(port, 2), cwd=checkout, env=demo.env
    )
    failed = []
    try:
        wait_until_up(port, server, demo.headers)
        status, _ = fetch(port, "/", {})
        print(f"/ without X-Forwarded-Proto: {status} (its SSL redirect)")
        for label, path, marker in pages:
            status, body = fetch(port, path, demo.headers)
            ok = status == 200 and marker.encode() in body
            print(f"{'ok  ' if ok else 'FAIL'} {status} {label}: {path}  [{marker}]")
            if not ok:
                failed.append(label)
    finally:
        server.terminate()
        server.wait(timeout=30)
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
