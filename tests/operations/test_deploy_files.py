"""The Procfile and the systemd units describe the same processes, running real commands."""

import configparser
import re
import shlex
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"


def procfile():
    entries = {}
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, command = line.partition(":")
            entries[name] = command.strip()
    return entries


def unit(name):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(UNITS / f"planningforsafety-{name}.service")
    return parser


def program_and_arguments(command):
    """The command without install paths, bind addresses and worker counts (which differ)."""
    words = [re.sub(r"^/srv/planningforsafety/", "", word) for word in shlex.split(command)]
    skip = {"--bind", "--workers"}
    return [word for i, word in enumerate(words) if word not in skip and words[i - 1] not in skip]


def test_the_procfile_runs_web_worker_and_scheduler_and_releases_with_migrations():
    entries = procfile()
    assert set(entries) == {"release", "web", "worker", "scheduler"}
    assert "manage.py migrate" in entries["release"]
    assert entries["web"].startswith(".venv/bin/gunicorn config.wsgi ")


def test_each_process_has_a_systemd_unit_running_the_procfiles_command():
    for name in ("web", "worker", "scheduler"):
        service = unit(name)["Service"]
        assert program_and_arguments(service["ExecStart"]) == program_and_arguments(
            procfile()[name]
        ), name
        assert service["EnvironmentFile"] == "/etc/planningforsafety.env"
        assert service["Restart"] == "on-failure"


def test_the_target_starts_all_three_services():
    target = (UNITS / "planningforsafety.target").read_text()
    for name in ("web", "worker", "scheduler"):
        assert f"planningforsafety-{name}.service" in target
        assert unit(name)["Install"]["WantedBy"] == "planningforsafety.target"


def test_the_worker_and_scheduler_commands_exist():
    commands = get_commands()
    for name in ("worker", "scheduler"):
        words = shlex.split(procfile()[name])
        assert words[words.index("manage.py") + 1] in commands
