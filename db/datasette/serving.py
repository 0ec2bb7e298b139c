"""``govfacts serve`` as a child process on a free loopback port, for the tests and the bench."""
from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db_path: str | Path, *, timeout: float = 60.0) -> Iterator[str]:
    """Start ``govfacts serve`` on ``db_path`` and yield its base URL once it answers; stop it
    on exit.  A server that stops or does not answer within ``timeout`` seconds raises
    ``RuntimeError`` with the end of what it printed."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-c", "from govfacts.extraction.cli import main; main()", "serve", "--db", str(db_path),
           "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)

        def printed() -> str:
            log.seek(0)
            return log.read().decode(errors="replace")[-2000:]

        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                        break
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError(f"govfacts serve stopped: {printed()}") from None
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"govfacts serve did not answer within {timeout:.0f} s: {printed()}") from None
                    time.sleep(0.05)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
