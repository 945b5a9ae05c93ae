"""Start-up time: from `python app.py` to the first answer served, cold (must ingest) and warm.

Each run starts the app as a user would, in a subprocess on a free loopback port, and asks one
question through `gradio_client` until an answer comes back. The cold run uses a fresh data dir,
so it builds the index first; the warm run starts again on the index the cold run left.

    python -m alongside.bench_startup
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from alongside.chroma_server import stop_process
from alongside.settings import REPO_ROOT
from alongside.web import free_port

QUESTION = "My husband stopped his medication because of the side effects. How can I support him?"
TIMEOUT = 600.0


def first_answer_seconds(data_dir: Path, question: str = QUESTION,
                         timeout: float = TIMEOUT) -> dict[str, float]:
    """Start app.py on `data_dir`; seconds until the page is up and until the first answer."""
    port = free_port()
    env = dict(os.environ)
    for var in ("ALONGSIDE_AUTH", "ALONGSIDE_HOST", "ALONGSIDE_PORT"):
        env.pop(var, None)
    env.update({
        "ALONGSIDE_DATA_DIR": str(data_dir),
        "ALONGSIDE_PORT": str(port),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    })
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(REPO_ROOT / "app.py")], cwd=REPO_ROOT,
                                env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            return _ask_when_up(proc, log, url, question, started, timeout)
        finally:
            stop_process(proc)


def _ask_when_up(proc, log, url: str, question: str, started: float, timeout: float) -> dict:
    import httpx
    from gradio_client import Client

    client, ready = None, 0.0
    while client is None:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError("app.py exited early:\n" + log.read().decode(errors="replace"))
        if time.perf_counter() - started > timeout:
            raise TimeoutError(f"app.py did not serve within {timeout:.0f} s")
        try:
            client = Client(url, verbose=False, analytics_enabled=False, download_files=False)
            ready = time.perf_counter() - started
        except (httpx.HTTPError, OSError, ValueError):  # not listening yet
            time.sleep(0.2)
    chat = client.predict(question, api_name="/ask")[1]
    answered = time.perf_counter() - started
    client.close()
    if not any(m.get("role") == "assistant" for m in chat):
        raise RuntimeError("the first question got no answer")
    return {"ready": round(ready, 2), "answer": round(answered, 2),
            "peak_rss_mb": peak_rss_mb(proc.pid)}


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (Linux VmHWM), in MB; None where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def run(question: str = QUESTION) -> dict[str, float]:
    """Seconds from start to first answer: cold (fresh data dir, ingest included) and warm."""
    with tempfile.TemporaryDirectory(prefix="alongside-bench-") as tmp:
        data = Path(tmp) / "data"
        cold = first_answer_seconds(data, question)
        warm = first_answer_seconds(data, question)
    return {
        "cold_seconds": cold["answer"],
        "warm_seconds": warm["answer"],
        "cold_ready_seconds": cold["ready"],
        "warm_ready_seconds": warm["ready"],
        "cold_peak_rss_mb": cold["peak_rss_mb"],
        "warm_peak_rss_mb": warm["peak_rss_mb"],
    }


def main() -> int:
    result = run()
    print(f"cold start (with ingest): first answer after {result['cold_seconds']:.1f} s "
          f"(page up after {result['cold_ready_seconds']:.1f} s)")
    print(f"warm start (index present): first answer after {result['warm_seconds']:.1f} s "
          f"(page up after {result['warm_ready_seconds']:.1f} s)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
