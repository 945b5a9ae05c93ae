"""A real `chroma run` server on a loopback port (tests and benchmarks of the server mode), and
stopping the child processes they start."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alongside.web import free_port


@contextmanager
def chroma_server(path: Path, timeout: float = 60.0) -> Iterator[str]:
    """A `chroma run` server on a free loopback port for the duration; yields its URL."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    log_path = path / "server.log"
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [exe, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(
                            f"the Chroma server did not start: {log_path.read_text(errors='replace')}"
                        ) from None
                    time.sleep(0.2)
            yield url
        finally:
            stop_process(proc)


def stop_process(proc: subprocess.Popen, timeout: float = 20.0) -> None:
    """Ask a child process to end; kill it if it has not within `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
