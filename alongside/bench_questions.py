"""How well the written questions find their passage when held out: `python -m alongside.bench_questions`.

Five-way cross-validation over the question index of the ingested corpus (run `alongside ingest`
first): each fifth of the written questions is set aside, the passage classifier is fitted on the
other four fifths and the passages' own vectors (as ingest fits it on all of them), and each
set-aside question is matched three ways:

- the classifier (`QuestionIndex.classify`);
- the closest remaining written question (what the question list ranks by);
- the passage vectors alone (what the dense list ranks by).

Prints how often the question's own passage comes first and within the first three. The folds
are drawn with a fixed seed, so a rerun on the same index prints the same figures.
"""

from __future__ import annotations

import argparse

import numpy as np

from alongside.questions import QuestionIndex, fit_classifier
from alongside.settings import Settings
from alongside.store import Store


def cross_validate(index: QuestionIndex, passages: dict[str, np.ndarray], folds: int = 5,
                   seed: int = 0) -> dict[str, tuple[float, float]]:
    """Accuracy at 1 and at 3 per method, over every written question held out once."""
    classes = sorted(passages)
    pos = {cid: i for i, cid in enumerate(classes)}
    x = np.asarray(index.vectors, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.array([pos[cid] for cid in index.chunk_ids])
    own = np.array([passages[cid] for cid in classes], dtype=np.float32)
    fold = np.random.default_rng(seed).integers(0, folds, len(x))
    hits = {name: [0, 0] for name in ("classifier", "closest question", "passage vector")}

    def score(name: str, ranked: list[str], truth: str) -> None:
        hits[name][0] += ranked[:1] == [truth]
        hits[name][1] += truth in ranked[:3]

    for f in range(folds):
        train = fold != f
        table = fit_classifier(np.vstack([x[train], own]),
                               np.concatenate([y[train], np.arange(len(classes))]), len(classes))
        # The held-out fold's questions meet the same two lists a search uses.
        kept = QuestionIndex(chunk_ids=[c for c, t in zip(index.chunk_ids, train) if t],
                             hashes=[], fingerprint="", model="", key="",
                             vectors=x[train].astype(index.vectors.dtype), classes=classes,
                             classifier=table)
        for i in np.flatnonzero(~train):
            truth = index.chunk_ids[i]
            score("classifier", kept.classify(x[i], 3), truth)
            score("closest question", [cid for cid, _ in kept.rank(x[i], 3)], truth)
            order = np.argsort(-(own @ x[i]), kind="stable")[:3]
            score("passage vector", [classes[j] for j in order], truth)
    n = len(x)
    return {name: (a1 / n, a3 / n) for name, (a1, a3) in hits.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m alongside.bench_questions",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    settings = Settings()
    index = QuestionIndex.load(settings.questions_dir / settings.collection)
    store = Store.open_for_read(settings)
    wanted = sorted(set(index.chunk_ids))
    passages = {cid: np.asarray(vec, dtype=np.float32)
                for cid, (_, _, vec) in store.get(wanted).items()}
    results = cross_validate(index, passages, folds=args.folds)
    print(f"{len(index)} written questions, {len(passages)} passages, {args.folds}-way "
          "cross-validation")
    print(f"{'held-out question matched by':<30}{'first':>8}{'top 3':>8}")
    for name, (a1, a3) in results.items():
        print(f"{name:<30}{a1:>8.3f}{a3:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
