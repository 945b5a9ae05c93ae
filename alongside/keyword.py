"""The keyword index: BM25 over the same chunks as the vector store, built at ingest, loaded at query."""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from alongside.errors import IndexCorruptError, IndexMissingError

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Short on purpose: words like "not", "no", "he", "she" carry meaning in this domain's questions.
STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have i if in into is it its me my of on or "
    "our so than that the their them then there these this those to was we were what when where "
    "which who will with would you your do does did can could should just about how".split()
)
META_FILE = "alongside.json"


_Saved = TypeVar("_Saved")


def open_saved(folder: Path, read: Callable[[Path], _Saved], what: str, off: str) -> _Saved:
    """Open an index saved beside the vector store (the word and question indexes) with `read`.

    Raises:
        IndexMissingError: nothing saved in `folder` (says to ingest, or to set `off` to 0).
        IndexCorruptError: `read` failed: a file is unreadable or the parts do not fit together.
    """
    if not (folder / META_FILE).exists():
        raise IndexMissingError(
            f"no {what} at {folder}: run `alongside ingest` (or set {off}=0 to search without it)"
        )
    try:
        return read(folder)
    except Exception as exc:
        raise IndexCorruptError(
            f"the {what} at {folder} cannot be read ({exc}): run `alongside ingest` to rebuild it"
        ) from None


def read_if_usable(folder: Path, read: Callable[[Path], _Saved], model: str) -> _Saved | None:
    """The index `read` finds in `folder` if it can be read and was made by `model`, else None
    (the next ingest re-encodes what it needs)."""
    try:
        index = read(folder)
    except Exception:
        return None
    return index if getattr(index, "model", None) == model else None


def swap_in_folder(tmp: Path, folder: Path) -> None:
    """Replace `folder` with the fully written `tmp` beside it, so a crash never leaves half an index."""
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def _bm25s():
    import bm25s

    # bm25s sets its own logger to DEBUG when imported; its progress chatter is not ours to show.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


_STEM = None


def tokenize(text: str) -> list[str]:
    """Lowercase words, apostrophes unified, stopwords dropped, Snowball-stemmed."""
    global _STEM
    if _STEM is None:
        _STEM = _stemmer()
    words = _TOKEN.findall(text.lower().replace("\u2019", "'"))
    words = [w.split("'")[0] if w.endswith("'s") else w.replace("'", "") for w in words]
    return _STEM.stemWords([w for w in words if w not in STOPWORDS and len(w) > 1])


@dataclass
class KeywordIndex:
    """A saved BM25 index and the chunk ids its rows stand for."""

    ids: list[str]
    fingerprint: str
    _bm25: object

    @classmethod
    def build(cls, ids: list[str], texts: list[str], fingerprint: str) -> KeywordIndex:
        bm25s = _bm25s()
        retriever = bm25s.BM25()
        corpus_tokens = [tokenize(t) or ["_empty_"] for t in texts]
        if corpus_tokens:
            retriever.index(corpus_tokens, show_progress=False)
        return cls(ids=list(ids), fingerprint=fingerprint, _bm25=retriever)

    def save(self, folder: Path) -> None:
        """Write to a temp folder, then swap it in, so a crash never leaves half an index."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self._bm25.save(str(tmp), show_progress=False)
        (tmp / META_FILE).write_text(
            json.dumps({"ids": self.ids, "fingerprint": self.fingerprint}), encoding="utf-8"
        )
        swap_in_folder(tmp, folder)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        bm25s = _bm25s()
        meta_path = folder / META_FILE
        if not meta_path.exists():
            raise IndexMissingError(f"no keyword index at {folder}: run `alongside ingest`")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            ids = list(meta["ids"])
            retriever = (
                bm25s.BM25.load(str(folder), show_progress=False, verbosity=0) if ids else None
            )
        except Exception as exc:
            raise IndexCorruptError(
                f"the keyword index at {folder} cannot be read ({exc}): run `alongside ingest --rebuild`"
            ) from None
        return cls(ids=ids, fingerprint=str(meta.get("fingerprint", "")), _bm25=retriever)

    @staticmethod
    def saved_fingerprint(folder: Path) -> str | None:
        """The fingerprint of the index saved in `folder`, without loading the index."""
        try:
            return str(json.loads((folder / META_FILE).read_text(encoding="utf-8"))["fingerprint"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        """Best chunks for the query's words: (chunk id, BM25 score), best first; none if no overlap."""
        if not self.ids or self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        n = min(n, len(self.ids))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
