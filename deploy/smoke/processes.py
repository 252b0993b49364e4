"""Starting and stopping the smoke test's processes, each in its own process group with a log."""

import os
import signal
import socket
import subprocess
import time
from pathlib import Path


class Processes:
    """Every process the smoke test started, so that all of them are stopped at the end."""

    def __init__(self, log_dir):
        self.log_dir = Path(log_dir)
        self.running = {}

    def start(self, name, command, env=None, stdin=None):
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(  # noqa: S603 (our own commands, no shell)
            command,
            env=env,
            stdin=stdin,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_file = log
        self.running[name] = process
        return process

    def stop(self, name, timeout=30):
        process = self.running.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        process.log_file.close()

    def stop_all(self):
        for name in reversed(list(self.running)):
            self.stop(name)

    def log_tail(self, name, lines=30):
        path = self.log_dir / f"{name}.log"
        if not path.exists():
            return "(no log)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def wait_for(what, predicate, timeout, interval=1.0):
    """Poll until predicate() is truthy; its value, or TimeoutError naming what was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout} s")
        time.sleep(interval)


def port_open(port, host="127.0.0.1"):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0
