"""`alongside bench`: how fast Alongside is, beside the usual recipe, measured in one run.

Every figure is a median (p50) or tail (p95/p99) over repeated runs on this machine; the table
says how many runs each took. Quality (hit@3, MRR@10) is measured on the same run and questions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alongside.settings import REPO_ROOT, Settings

TARGETS = {
    "crisis_p99_us_100": ("<=", 200.0),
    "retrieval_p50_ms": ("<=", 25.0),
    "answer_p50_ms": ("<=", 60.0),
    "query_vs_baseline": ("<=", 1.5),
    "start_to_first_answer_s": ("<=", 15.0),
    "peak_rss_mb": ("<=", 1536.0),
    "scale_100k_vs_1k": ("<=", 3.0),
}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    idx = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[idx]


@dataclass
class Row:
    metric: str
    ours: float | None
    baseline: float | None = None
    unit: str = ""
    runs: int = 0
    target: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline


@dataclass
class Bench:
    rows: list[Row] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, metric: str, ours, baseline=None, unit="", runs=0, target=""):
        self.rows.append(Row(metric, ours, baseline, unit, runs, target))

    def to_json(self) -> dict[str, Any]:
        return {
            "date": time.strftime("%Y-%m-%d"),
            "machine": machine(),
            "rows": [
                {"metric": r.metric, "alongside": r.ours, "baseline": r.baseline, "ratio": r.ratio,
                 "unit": r.unit, "runs": r.runs, "target": r.target}
                for r in self.rows
            ],
            **self.extra,
        }

    def render(self) -> str:
        head = f"{'metric':<44} {'alongside':>11} {'baseline':>10} {'ratio':>7} {'runs':>6}  target"
        lines = [head, "-" * len(head)]
        for r in self.rows:
            lines.append(
                f"{r.metric:<44} {_fmt(r.ours):>11} {_fmt(r.baseline):>10} "
                f"{_fmt(r.ratio, 2):>7} {r.runs or '':>6}  {r.target}"
            )
        return "\n".join(lines)


def _fmt(v, digits: int = 1) -> str:
    if v is None or v != v:
        return "-"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}" if abs(v) >= 1 or v == 0 else f"{v:.3f}"


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


HELDOUT_RETRIEVAL = ("retrieval.heldout.v2", "retrieval.heldout.v3", "retrieval.heldout.v4",
                     "retrieval.heldout.v5")


def run(out: Path, repeats: int = 5, startup: bool = True, scale_json: Path | None = None) -> Bench:
    from alongside.baseline import Baseline
    from alongside.bench_crisis import run as crisis_run
    from alongside.embeddings import load_embedder
    from alongside.retrieval import Retriever
    from alongside.turn import Assistant
    from evals import metrics as M
    from evals.suite import load_suite
    from ingest.loaders import discover, load_document
    from ingest.pipeline import ingest

    bench = Bench()
    log = lambda msg: print(f"bench: {msg}", file=sys.stderr, flush=True)  # noqa: E731

    log("crisis screen")
    crisis = crisis_run()
    bench.extra["crisis"] = crisis
    _crisis_rows(bench, crisis)

    data = Path(tempfile.mkdtemp(prefix="alongside-bench-"))
    settings = Settings(data_dir=data)
    log("loading the embedding model")
    embedder = load_embedder(settings)
    docs = [load_document(p) for p in discover(list(settings.corpus_paths))]

    log("ingest: cold, then unchanged")
    cold = ingest(settings, embedder=embedder, progress=False)
    t = time.perf_counter()
    again = ingest(settings, embedder=embedder, progress=False)
    unchanged_s = time.perf_counter() - t
    assert again.chunks_written == 0
    t = time.perf_counter()
    baseline = Baseline(settings, docs)
    baseline_ingest_s = time.perf_counter() - t
    bench.add("ingest throughput, cold (chunks/s)", cold.chunks_written / cold.embed_seconds,
              baseline.chunks / baseline_ingest_s, runs=1)
    bench.add("ingest, cold (s)", cold.seconds, baseline_ingest_s, runs=1)
    bench.add("re-ingest, unchanged (s)", unchanged_s, None, runs=1)
    bench.add("chunks in the index", cold.chunks_total, baseline.chunks, runs=1)

    retriever = Retriever.load(settings, embedder=embedder)
    suite = load_suite("retrieval.dev.v1")
    questions = [(c.message, c.audience) for c in suite.cases]
    text_of = {d.doc_id: d.text for d in docs}

    log(f"retrieval: {len(questions)} questions x {repeats}")
    stages: dict[str, list[float]] = {"embed": [], "dense": [], "keyword": [], "words": [],
                                      "questions": [], "fuse": [], "total": []}
    base_ms: list[float] = []
    for q, a in questions[:3]:  # warm-up
        retriever.search(q, a)
        baseline.search(q)
    for _ in range(repeats):
        for q, a in questions:
            retriever.clear_cache()  # every query pays for its embedding, as a new question would
            timings: dict[str, float] = {}
            t = time.perf_counter()
            retriever.search(q, a, timings=timings)
            timings["total"] = (time.perf_counter() - t) * 1000
            for k, v in timings.items():
                stages[k].append(v)
            t = time.perf_counter()
            baseline.search(q)
            base_ms.append((time.perf_counter() - t) * 1000)
    n = len(stages["total"])
    for stage, label in (("embed", "query embedding"), ("dense", "Chroma query"),
                         ("keyword", "BM25 query"), ("words", "word match"),
                         ("questions", "question match"),
                         ("fuse", "fusion + fetch + de-dup")):
        bench.add(f"{label} p50 (ms)", statistics.median(stages[stage]), runs=n)
    p50, base_p50 = statistics.median(stages["total"]), statistics.median(base_ms)
    bench.add("retrieval p50 (ms)", p50, base_p50, runs=n, target="<= 25 ms; <= 1.5x baseline")
    bench.add("retrieval p95 (ms)", percentile(stages["total"], 95), percentile(base_ms, 95), runs=n)
    bench.extra["query_vs_baseline"] = p50 / base_p50

    # The dev suite, then the held-out suites that no setting was chosen on.
    for quality_suite in [suite] + [load_suite(name) for name in HELDOUT_RETRIEVAL]:
        log(f"quality on {quality_suite.name}")
        ours_rel, base_rel = [], []
        for case in quality_suite.cases:
            targets = M.resolve_targets(case.expect["sources"], text_of.get)
            ours_rel.append(
                M.relevance_list(retriever.search(case.message, case.audience, 10), targets))
            base_rel.append(M.relevance_list(baseline.search(case.message, 10), targets))
        for name, fn in (("hit@1", lambda r: M.hit_at_k(r, 1)),
                         ("hit@3", lambda r: M.hit_at_k(r, 3)),
                         ("MRR@10", lambda r: M.mrr_at_k(r, 10))):
            tgt = {"hit@3": ">= 0.9, above baseline",
                   "MRR@10": ">= 0.8, above baseline"}.get(name, "")
            label = quality_suite.name.removeprefix("retrieval.")
            bench.add(f"{name} ({label}, {len(quality_suite.cases)} q)", fn(ours_rel),
                      fn(base_rel), runs=1, target=tgt)

    log("offline end-to-end answers")
    assistant = Assistant.load(settings, retriever=retriever)
    e2e: list[float] = []
    for q, a in questions[:3]:
        assistant.turn(q, audience=a)
    for _ in range(repeats):
        for q, a in questions:
            retriever.clear_cache()
            t = time.perf_counter()
            assistant.turn(q, audience=a)
            e2e.append((time.perf_counter() - t) * 1000)
    bench.add("offline answer p50 (ms)", statistics.median(e2e), runs=len(e2e), target="<= 60 ms")
    bench.add("offline answer p95 (ms)", percentile(e2e, 95), runs=len(e2e))
    bench.add("peak memory, bench process (MB)", _peak_rss_mb(), runs=1)

    if startup:
        log("app start to first answer (cold: ingests; warm: index present)")
        from alongside.bench_startup import run as startup_run

        st = startup_run()
        bench.extra["startup"] = st
        cold_s, warm_s = st["cold_seconds"], st["warm_seconds"]
        bench.add("start to first answer, cold (s)", cold_s, runs=1, target="<= 15 s")
        bench.add("start to first answer, warm (s)", warm_s, runs=1, target="<= 15 s")
        peaks = [p for p in (st.get("cold_peak_rss_mb"), st.get("warm_peak_rss_mb")) if p]
        bench.add("peak memory, app process (MB)", max(peaks) if peaks else None,
                  runs=len(peaks), target="<= 1536 MB")

    scale_json = scale_json or REPO_ROOT / "docs" / "bench" / "scale.json"
    if scale_json.exists():
        bench.extra["scale"] = json.loads(scale_json.read_text(encoding="utf-8"))
        bench.extra["scale_source"] = str(scale_json)
        _scale_rows(bench, bench.extra["scale"])

    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(bench.to_json(), indent=2), encoding="utf-8")
    return bench


def _crisis_rows(bench: Bench, crisis: dict) -> None:
    short, long_ = crisis["chars_100"], crisis["chars_10000"]
    adv = crisis["adversarial_100000"]
    bench.add("crisis screen p50, 100 chars (us)", short["p50_us"], runs=short["runs"])
    bench.add("crisis screen p99, 100 chars (us)", short["p99_us"], runs=short["runs"],
              target="<= 200 us")
    bench.add("crisis screen p50, 10,000 chars (us)", long_["p50_us"], runs=long_["runs"])
    bench.add("crisis screen p99, 10,000 chars (us)", long_["p99_us"], runs=long_["runs"])
    bench.add("crisis screen worst 100,000-char input (ms)", adv["worst_ms"],
              runs=adv["inputs"] * adv["runs_each"], target="well under 50 ms")


def _scale_rows(bench: Bench, scale: dict) -> None:
    for point in scale.get("points", []):
        lat = point["latency_ms"]["total"]
        bench.add(f"scale {point['size']:>7,} chunks, {point['store']}: query p50 (ms)",
                  lat["p50"], runs=point.get("runs", 0))
    ratio = scale.get("latency_ratio") or {}
    for store in ("embedded", "server"):
        if isinstance(ratio.get(store), dict):
            bench.add(f"scale query p50 at 100k / at 1k, {store}", ratio[store]["p50"], runs=1,
                      target="<= 3x")


def register(sub) -> None:
    p = sub.add_parser("bench", help="measure speed, memory and quality beside the usual recipe")
    p.add_argument("--out", type=Path, default=Path("reports/bench"), help="folder for bench.json")
    p.add_argument("--repeats", type=int, default=5, help="passes over the question set")
    p.add_argument("--no-startup", action="store_true", help="skip the app start-up measurement")
    p.add_argument("--scale", action="store_true",
                   help="also run the 1k/10k/100k scale benchmark (about 15 minutes)")
    p.set_defaults(func=cmd)


def cmd(args: argparse.Namespace, settings) -> int:
    scale_json = None
    if args.scale:
        from alongside.bench_scale import run as scale_run

        scale_dir = args.out / "scale"
        scale_run(out_dir=scale_dir)
        scale_json = scale_dir / "scale.json"
    bench = run(args.out, repeats=args.repeats, startup=not args.no_startup, scale_json=scale_json)
    print(f"Alongside bench, {time.strftime('%Y-%m-%d')}, {machine()}")
    print(bench.render())
    print(f"\nwritten: {args.out / 'bench.json'}")
    return 0
