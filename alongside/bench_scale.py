"""How Alongside grows with the corpus: write time and query latency from 1k to 100k chunks.

Each corpus is synthetic but shaped like the real one. A chunk recombines neighbouring sentences
of the guidance in corpus/*.md under realistic metadata (about 50 chunks per document, the real
section trails, family/counselor/general audiences, exact offsets), and it is written through the
same `Store`, keyword index and word index that `alongside ingest` uses, for the embedded store
and for a `chroma run` server on a loopback port.

Embedding 100k chunks with the real model takes most of an hour on two cores, so a synthetic
chunk's vector is the normalised mean of the real model's vectors of its sentences, and its word
vectors are its sentences' real word vectors, stacked (when `word_weight` is above 0). Ingest's
embedding cost is measured on real chunks instead and extrapolated to each size (reported apart
from the measured write time). Queries go through the real `Retriever.search`, real model included.

    python -m alongside.bench_scale --sizes 1000,10000,100000 --out docs/bench
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from alongside.chroma_server import chroma_server
from alongside.embeddings import Embedder, load_embedder
from alongside.keyword import KeywordIndex
from alongside.retrieval import Retriever
from alongside.settings import REPO_ROOT, Settings
from alongside.store import PAGE, Store
from alongside.words import WordIndex, WordIndexWriter
from ingest.chunk import Chunk, chunk_text, embedding_text, sections
from ingest.loaders import Document, discover, load_document
from ingest.pipeline import (
    EMBED_BATCH,
    _refresh_keyword_index,
    _refresh_word_index,
    chunk_id,
    chunk_metadata,
    doc_hash,
)

SIZES = (1_000, 10_000, 100_000)
QUESTIONS = REPO_ROOT / "evals" / "retrieval.dev.v1.jsonl"
DEFAULT_OUT = REPO_ROOT / "docs" / "bench"
STAGES = ("embed", "chroma_query", "bm25", "words", "fuse_get_select", "total")
STAGE_LABELS = {
    "embed": "query embedding",
    "chroma_query": "Chroma query",
    "bm25": "BM25",
    "words": "word match",
    "fuse_get_select": "fusion + get + select",
    "total": "total",
}
POOL_LIMIT = 2000
THROUGHPUT_CHUNKS = 200
WARMUP_RUNS = 5
REPEATS = 2
LATENCY_LIMIT = 3.0  # the largest corpus may answer at most this many times slower than the smallest
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_HEADING_LINE = re.compile(r"^#{1,6}\s")


@dataclass(frozen=True)
class PoolVectors:
    """The real model's vectors of the sentence pool: one embedding per sentence, and its word
    vectors when the word index is on."""

    embeddings: np.ndarray
    words: list[np.ndarray] | None


def embed_pool(embedder: Embedder, pool: list[Sentence], with_words: bool) -> PoolVectors:
    """Embed every pool sentence once; with words, in the one pass ingest also makes."""
    texts = [s.text for s in pool]
    if not with_words:
        return PoolVectors(np.asarray(embedder.embed_documents(texts), dtype=np.float32), None)
    pairs = embedder.embed_tokens(texts)  # type: ignore[attr-defined]
    return PoolVectors(np.asarray([v for v, _ in pairs], dtype=np.float32), [w for _, w in pairs])


@dataclass(frozen=True)
class Sentence:
    """One real sentence of the guidance and where it sits."""

    text: str
    source: int  # index of the real document it comes from
    section: tuple[str, ...]


# ---------------------------------------------------------------- synthetic corpora


def sentence_pool(settings: Settings, limit: int = POOL_LIMIT) -> tuple[list[Document], list[Sentence]]:
    """The corpus documents and their distinct sentences (headings left out), in reading order."""
    docs = [load_document(p) for p in discover(list(settings.corpus_paths)) if p.suffix == ".md"]
    seen: set[str] = set()
    pool: list[Sentence] = []
    for d, doc in enumerate(docs):
        for sec in sections(doc.text):
            for raw in _SENTENCE.split(doc.text[sec.start : sec.end]):
                text = raw.strip()
                if len(text.split()) < 4 or _HEADING_LINE.match(text) or text in seen:
                    continue
                seen.add(text)
                pool.append(Sentence(text, d, sec.trail))
    return docs, pool[:limit]


def synthetic_documents(
    n_chunks: int, docs: list[Document], pool: list[Sentence], settings: Settings, seed: int = 0
) -> Iterator[tuple[Document, str, list[Chunk], list[list[int]]]]:
    """Documents of about 50 chunks each until `n_chunks` chunks exist; the same seed, the same corpus.

    A document walks through one real document; each chunk takes sentences near its place in that
    walk (so it stays on one topic) up to a length like ingest's chunks, under that place's section.
    Yields (document, its hash, its chunks, the pool sentences each chunk is made of).
    """
    rng = np.random.default_rng(seed)
    by_source: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(pool):
        by_source[s.source].append(i)
    sources = sorted(by_source)
    headings = {src: sorted({t for s in pool if s.source == src for t in s.section}) or [docs[src].title]
                for src in by_source}
    audiences = ("family", "counselor", "general")
    made, number = 0, 0
    while made < n_chunks:
        count = int(min(n_chunks - made, rng.integers(10, 91)))
        src = sources[int(rng.integers(len(sources)))]
        members = by_source[src]
        pos = int(rng.integers(len(members)))
        texts, parts, trails = [], [], []
        for _ in range(count):
            pos = (pos + int(rng.integers(1, 6))) % len(members)
            window = list(dict.fromkeys(members[(pos + k) % len(members)] for k in range(-10, 11)))
            target = int(rng.integers(settings.chunk_size // 2, settings.chunk_size + 1))
            chosen, length = [], 0
            for i in rng.permutation(window):
                extra = len(pool[i].text) + 1
                if chosen and length + extra > min(target, settings.chunk_size):
                    break
                chosen.append(int(i))
                length += extra
            chosen.sort()
            texts.append(" ".join(pool[i].text for i in chosen))
            parts.append(chosen)
            trails.append(pool[members[pos]].section)
        offsets, cursor = [], 0
        for t in texts:
            offsets.append(cursor)
            cursor += len(t) + 2
        doc = Document(
            doc_id=f"scale-{number:06d}",
            title=headings[src][int(rng.integers(len(headings[src])))],
            publisher=docs[src].publisher,
            author=None,
            date=None,
            audience=audiences[int(rng.choice(3, p=(0.45, 0.35, 0.20)))],
            reviewed=None,
            source=f"synthetic/scale-{number:06d}.md",
            fmt="markdown",
            text="\n\n".join(texts),
        )
        chunks = [Chunk(j, offsets[j], offsets[j] + len(t), t, trails[j]) for j, t in enumerate(texts)]
        yield doc, doc_hash(doc, settings), chunks, parts
        made += count
        number += 1


def mean_vectors(parts: list[list[int]], pool_vectors: np.ndarray) -> list[list[float]]:
    """Each chunk's vector: the normalised mean of its sentences' real-model vectors."""
    out = np.stack([pool_vectors[p].mean(axis=0) for p in parts])
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out.tolist()


def write_corpus(
    settings: Settings, embedder: Embedder, corpus: Iterator, pool_vectors: PoolVectors
) -> dict:
    """Upsert the corpus page by page and build the keyword and word indexes as ingest does.

    Returns:
        Documents and chunks written, and the seconds each step took.
    """
    store = Store.open_for_write(settings, embedder.name, embedder.dimension)
    words = None
    if pool_vectors.words is not None:
        words = WordIndexWriter(settings.words_dir / settings.collection, embedder.name,
                                embedder.dimension)
    upsert_s, words_s, documents, chunks_written = 0.0, 0.0, 0, 0
    batch: dict[str, list] = defaultdict(list)

    def flush() -> float:
        t0 = time.perf_counter()
        store.upsert(batch["ids"], batch["embeddings"], batch["documents"], batch["metadatas"])
        batch.clear()
        return time.perf_counter() - t0

    for doc, dh, chunks, parts in corpus:
        documents += 1
        chunks_written += len(chunks)
        ids = [chunk_id(doc.doc_id, dh, c.index) for c in chunks]
        batch["ids"] += ids
        batch["embeddings"] += mean_vectors(parts, pool_vectors.embeddings)
        batch["documents"] += [c.text for c in chunks]
        batch["metadatas"] += [chunk_metadata(doc, dh, c, len(chunks)) for c in chunks]
        if words is not None:
            t0 = time.perf_counter()
            for cid, part in zip(ids, parts):
                words.add(cid, np.concatenate([pool_vectors.words[i] for i in part]))
            words_s += time.perf_counter() - t0
        if len(batch["ids"]) >= PAGE:
            upsert_s += flush()
    if batch["ids"]:
        upsert_s += flush()
    t0 = time.perf_counter()
    ids, fingerprint = _refresh_keyword_index(settings, store)
    keyword_s = time.perf_counter() - t0
    if words is not None:
        t0 = time.perf_counter()
        _refresh_word_index(settings, store, embedder, words, ids, fingerprint)
        words_s += time.perf_counter() - t0
    if len(ids) != chunks_written:
        raise RuntimeError(f"wrote {chunks_written} chunks but the index holds {len(ids)}")
    return {
        "documents": documents,
        "chunks": len(ids),
        "upsert_s": round(upsert_s, 3),
        "keyword_index_s": round(keyword_s, 3),
        "word_index_s": round(words_s, 3),
        "total_s": round(upsert_s + keyword_s + words_s, 3),
    }


# ---------------------------------------------------------------- measuring


class _Timed:
    """Stands in for a model, store or index, adding the seconds spent in chosen methods to `spent`."""

    def __init__(self, inner: object, spent: dict[str, float], stages: dict[str, str]) -> None:
        self._inner, self._spent, self._stages = inner, spent, stages

    def __getattr__(self, name: str):
        attr = getattr(self._inner, name)
        stage = self._stages.get(name)
        if stage is None:
            return attr

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self._spent[stage] += time.perf_counter() - t0

        return timed


def embedding_throughput(embedder: Embedder, docs: list[Document], settings: Settings,
                         n: int = THROUGHPUT_CHUNKS) -> dict:
    """Chunks per second of the real model on the corpus's real chunks, in ingest's batches and
    through the call ingest makes (with word vectors when the word index is on)."""
    real = [embedding_text(d.title, c) for d in docs
            for c in chunk_text(d.text, settings.chunk_size, settings.chunk_overlap)]
    texts = [real[i % len(real)] for i in range(n)]
    embed = embedder.embed_tokens if settings.word_weight > 0 else embedder.embed_documents  # type: ignore[attr-defined]
    embed(texts[:EMBED_BATCH])  # warm-up
    t0 = time.perf_counter()
    for i in range(0, n, EMBED_BATCH):
        embed(texts[i : i + EMBED_BATCH])
    seconds = time.perf_counter() - t0
    return {"chunks": n, "distinct_chunks": len(real), "seconds": round(seconds, 3),
            "chunks_per_second": round(n / seconds, 2), "loadavg_1m": round(os.getloadavg()[0], 2)}


def load_questions(n: int, path: Path = QUESTIONS) -> list[tuple[str, str]]:
    """The first n (message, audience) pairs of the retrieval dev set."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["message"], r.get("audience", "family")) for r in rows[:n]]


def measure_queries(settings: Settings, embedder: Embedder, questions: list[tuple[str, str]],
                    repeats: int = REPEATS, warmup: int = WARMUP_RUNS) -> dict:
    """p50/p95 milliseconds of each stage of `Retriever.search`, each question asked `repeats` times."""
    spent: dict[str, float] = defaultdict(float)
    store = Store.open_for_read(settings)
    keyword = KeywordIndex.load(settings.keyword_dir / settings.collection)
    if keyword.fingerprint != store.info().fingerprint:
        raise RuntimeError("the keyword index does not match the vector index")
    words = None
    if settings.word_weight > 0:
        words = WordIndex.load(settings.words_dir / settings.collection)
        if words.fingerprint != store.info().fingerprint:
            raise RuntimeError("the word index does not match the vector index")
    retriever = Retriever(
        settings,
        _Timed(embedder, spent, {"embed_query": "embed", "embed_tokens": "embed"}),
        _Timed(store, spent, {"query": "chroma_query", "get": "get"}),
        _Timed(keyword, spent, {"search": "bm25"}),
        _Timed(words, spent, {"rank": "words"}) if words is not None else None,  # type: ignore[arg-type]
    )
    for message, audience in questions[:warmup]:
        retriever.search(message, audience)
    load_before = os.getloadavg()[0]
    samples: dict[str, list[float]] = defaultdict(list)
    for message, audience in questions * repeats:
        retriever.clear_cache()  # every question is timed as a new one, embedding included
        spent.clear()
        t0 = time.perf_counter()
        hits = retriever.search(message, audience)
        total = time.perf_counter() - t0
        if not hits:
            raise RuntimeError(f"no passages for {message!r}")
        samples["embed"].append(spent["embed"])
        samples["chroma_query"].append(spent["chroma_query"])
        samples["bm25"].append(spent["bm25"])
        samples["words"].append(spent["words"])
        samples["fuse_get_select"].append(
            total - spent["embed"] - spent["chroma_query"] - spent["bm25"] - spent["words"]
        )
        samples["get"].append(spent["get"])
        samples["without_embed"].append(total - spent["embed"])
        samples["total"].append(total)
    return {
        "runs": len(questions) * repeats,
        "warmup_runs": min(warmup, len(questions)),
        # Other work on the machine slows every stage; the load average shows how much there was.
        "loadavg_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        "latency_ms": {
            stage: {"p50": _ms(np.percentile(v, 50)), "p95": _ms(np.percentile(v, 95))}
            for stage, v in samples.items()
        },
    }


def _ms(seconds: float) -> float:
    return round(float(seconds) * 1000, 2)


def _release(settings: Settings) -> None:
    """Drop one size's collection and forget cached clients, so sizes do not share memory."""
    from chromadb.api.shared_system_client import SharedSystemClient

    if settings.chroma_url:
        Store.drop(settings)
    SharedSystemClient.clear_system_cache()
    shutil.rmtree(settings.data_dir, ignore_errors=True)


# ---------------------------------------------------------------- the whole bench


def _progress(step: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:7.1f} s] {step}", file=sys.stderr, flush=True)


def run(
    sizes: tuple[int, ...] = SIZES,
    server: bool = True,
    queries: int = 50,
    out_dir: Path = DEFAULT_OUT,
    repeats: int = REPEATS,
    seed: int = 0,
) -> dict:
    """Build each corpus size in each store, time writes and queries, and save scale.json and scale.png.

    Args:
        sizes: corpus sizes in chunks.
        server: also measure a `chroma run` server (always measures the embedded store).
        queries: how many questions of the retrieval dev set to time at each point.
        repeats: how many times each question is timed at each point.
        out_dir: where scale.json and scale.png go.
        seed: the synthetic corpora are the same for the same seed.

    Returns:
        What scale.json holds.
    """
    started = time.perf_counter()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    base = Settings()
    _progress("loading the embedding model", started)
    embedder = load_embedder(base)
    docs, pool = sentence_pool(base)
    t0 = time.perf_counter()
    pool_vectors = embed_pool(embedder, pool, with_words=base.word_weight > 0)
    _progress(f"embedded {len(pool)} real sentences in {time.perf_counter() - t0:.1f} s", started)
    throughput = embedding_throughput(embedder, docs, base)
    rate = throughput["chunks_per_second"]
    _progress(f"real model: {rate:.1f} chunks/s on {throughput['chunks']} real chunks", started)
    questions = load_questions(queries)
    for message, _ in questions[:20]:  # the model's first queries are slower than the rest
        embedder.embed_query(message)
    stores = ("embedded", "server") if server else ("embedded",)
    points: list[dict] = []

    with tempfile.TemporaryDirectory(prefix="alongside-scale-") as tmp, contextlib.ExitStack() as stack:
        url = stack.enter_context(chroma_server(Path(tmp) / "server")) if server else None
        if url:
            _progress(f"Chroma server up at {url}", started)
        for n in sizes:
            for kind in stores:
                settings = base.model_copy(update={
                    "data_dir": Path(tmp) / f"{kind}-{n}",
                    "chroma_url": url if kind == "server" else None,
                    "collection": f"scale-{n}",
                })
                try:
                    _progress(f"{kind} store, {n} chunks: writing", started)
                    corpus = synthetic_documents(n, docs, pool, base, seed)
                    write = write_corpus(settings, embedder, corpus, pool_vectors)
                    _progress(f"{kind} store, {n} chunks: wrote in {write['total_s']:.1f} s "
                              f"(upsert {write['upsert_s']:.1f} s, keyword index "
                              f"{write['keyword_index_s']:.1f} s, word index "
                              f"{write['word_index_s']:.1f} s); querying", started)
                    # Queries are timed on a settled index, as after an ingest, not during write-back.
                    os.sync()
                    latency = measure_queries(settings, embedder, questions, repeats)
                    _progress(f"{kind} store, {n} chunks: p50 "
                              f"{latency['latency_ms']['total']['p50']:.1f} ms", started)
                finally:
                    _release(settings)
                points.append({
                    "size": n,
                    "store": kind,
                    "write": write,
                    "embed_extrapolated_s": round(n / rate, 1),
                    **latency,
                })

    result = {
        "date": dt.date.today().isoformat(),
        "machine": {"nproc": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(), "chromadb": _version("chromadb"),
                    "bm25s": _version("bm25s")},
        "model": embedder.name,
        "corpus": {"sentence_pool": len(pool), "source_documents": [d.doc_id for d in docs],
                   "chunk_size": base.chunk_size, "seed": seed,
                   "vectors": "normalised mean of the real model's vectors of each chunk's sentences",
                   "word_vectors": ("the real model's word vectors of each chunk's sentences, stacked"
                                    if pool_vectors.words is not None else "none (word_weight 0)")},
        "word_weight": base.word_weight,
        "embedding_throughput": throughput,
        "queries": len(questions),
        "repeats": repeats,
        "stages": STAGE_LABELS,
        "points": points,
        "latency_ratio": latency_ratio(points),
    }
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "scale.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    plot(result, out_dir / "scale.png")
    _progress(f"wrote {out_dir / 'scale.json'} and {out_dir / 'scale.png'}", started)
    return result


def latency_ratio(points: list[dict], limit: float = LATENCY_LIMIT) -> dict:
    """Total query latency at the largest size over that at the smallest, per store."""
    sizes = sorted({p["size"] for p in points})
    out: dict = {"from": sizes[0], "to": sizes[-1], "limit": limit}
    for kind in sorted({p["store"] for p in points}):
        lo = next(p for p in points if p["store"] == kind and p["size"] == sizes[0])
        hi = next(p for p in points if p["store"] == kind and p["size"] == sizes[-1])
        ratios = {q: round(hi["latency_ms"]["total"][q] / lo["latency_ms"]["total"][q], 2)
                  for q in ("p50", "p95")}
        # The query embedding does not depend on the corpus: without it, only what grows is left.
        rest = {q: round(hi["latency_ms"]["without_embed"][q] / lo["latency_ms"]["without_embed"][q], 2)
                for q in ("p50", "p95")}
        out[kind] = {**ratios, "within_limit": ratios["p50"] <= limit, "without_embed": rest}
    return out


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


# ---------------------------------------------------------------- reporting


def plot(result: dict, path: Path) -> None:
    """Query latency (p50 line, p95 dashed, band between) and write time against corpus size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = {"embedded": "tab:blue", "server": "tab:orange"}
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    points = result["points"]
    for kind in sorted({p["store"] for p in points}):
        rows = sorted((p for p in points if p["store"] == kind), key=lambda p: p["size"])
        x = [p["size"] for p in rows]
        p50 = [p["latency_ms"]["total"]["p50"] for p in rows]
        p95 = [p["latency_ms"]["total"]["p95"] for p in rows]
        c = colours.get(kind, "tab:green")
        left.plot(x, p50, "o-", color=c, label=f"{kind} Chroma, p50")
        left.plot(x, p95, "--", color=c, alpha=0.8, label=f"{kind} Chroma, p95")
        left.fill_between(x, p50, p95, color=c, alpha=0.12)
        rest = [p["latency_ms"]["without_embed"]["p50"] for p in rows]
        left.plot(x, rest, "^:", color=c, alpha=0.8, label=f"{kind}: without query embedding, p50")
        right.plot(x, [p["write"]["total_s"] for p in rows], "o-", color=c,
                   label=f"{kind} Chroma: upsert + keyword and word indexes (measured)")
    rows = sorted((p for p in points if p["store"] == "embedded"), key=lambda p: p["size"])
    right.plot([p["size"] for p in rows], [p["embed_extrapolated_s"] for p in rows], "s--",
               color="grey", label="embedding with the real model (extrapolated)")
    left.set_xscale("log")
    top = max(p["latency_ms"]["total"]["p95"] for p in points)
    left.set_ylim(0, top * 1.45)  # headroom for the legend above the lines
    left.set_xlabel("corpus size (chunks, log scale)")
    left.set_ylabel(f"query latency (ms), {result['queries']} questions x {result['repeats']}")
    left.set_title("Retriever.search latency")
    right.set_xscale("log")
    right.set_yscale("log")
    right.set_xlabel("corpus size (chunks, log scale)")
    right.set_ylabel("seconds (log scale)")
    right.set_title("ingest time")
    left.legend(fontsize=7, ncol=2, loc="upper left")
    right.legend(fontsize=8, loc="upper left")
    for ax in (left, right):
        ax.grid(True, which="both", alpha=0.3)
    m = result["machine"]
    fig.suptitle(f"Alongside at scale - {result['date']}, nproc {m['nproc']}, {m['platform']}",
                 fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def table(result: dict) -> str:
    """One row per size and store: p50/p95 ms per stage, write seconds, extrapolated embedding."""
    head = (f"{'chunks':>7} {'store':<8} " + " ".join(f"{STAGE_LABELS[s]:>22}" for s in STAGES)
            + f" {'write s':>8} {'embed s*':>9} {'load':>5}")
    lines = [head, "-" * len(head)]
    for p in result["points"]:
        cells = " ".join(
            f"{p['latency_ms'][s]['p50']:>10.1f} / {p['latency_ms'][s]['p95']:>9.1f}" for s in STAGES
        )
        lines.append(f"{p['size']:>7} {p['store']:<8} {cells} {p['write']['total_s']:>8.1f} "
                     f"{p['embed_extrapolated_s']:>9.0f} {p['loadavg_1m']['after']:>5.1f}")
    r = result["latency_ratio"]
    lines.append("")
    lines.append("latency cells: p50 / p95 ms over "
                 f"{result['queries']} questions x {result['repeats']} runs each, after a warm-up; write s = upsert + keyword and word indexes (measured); "
                 f"embed s* = extrapolated at {result['embedding_throughput']['chunks_per_second']:.1f} "
                 "chunks/s; load = 1-minute load average after the queries")
    for kind in ("embedded", "server"):
        if kind in r:
            lines.append(f"{kind}: total latency at {r['to']} / at {r['from']} = {r[kind]['p50']:.2f}x "
                         f"(p50), {r[kind]['p95']:.2f}x (p95); limit {r['limit']:.0f}x: "
                         + ("met" if r[kind]["within_limit"] else "NOT met")
                         + f"; without query embedding {r[kind]['without_embed']['p50']:.2f}x (p50), "
                         f"{r[kind]['without_embed']['p95']:.2f}x (p95)")
    lines.append(f"bench time: {result['bench_seconds']:.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m alongside.bench_scale", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="corpus sizes in chunks, comma-separated (default: %(default)s)")
    parser.add_argument("--no-server", action="store_true", help="measure only the embedded store")
    parser.add_argument("--queries", type=int, default=50, help="questions timed per point (default: 50)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for scale.json and scale.png")
    args = parser.parse_args(argv)
    try:
        sizes = tuple(int(s) for s in args.sizes.split(",") if s.strip())
    except ValueError:
        parser.error(f"--sizes must be whole numbers separated by commas, got {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.queries < 1:
        parser.error("--sizes and --queries must be positive")
    result = run(sizes=sizes, server=not args.no_server, queries=args.queries, out_dir=args.out)
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
