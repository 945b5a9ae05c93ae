"""The word index: every passage's contextual word vectors, saved at ingest, scored at query time.

Late interaction (ColBERT-style) scores a passage by how well each query word is matched by some
word of the passage: the mean over query words of the best cosine with any of the passage's word
vectors. It catches passages that answer one specific part of a question that the single passage
vector blurs.

On disk, beside the keyword index: `vectors.npy`, every passage's word vectors stacked as one
float16 matrix (memory-mapped at load, so start-up does not grow with the corpus), and
`alongside.json`, each chunk id's (first row, row count), the fingerprint of the chunk set and
the model that made the vectors. A query reads only the rows of the passages it re-scores.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from alongside.keyword import open_saved, read_if_usable, swap_in_folder

VECTORS_FILE = "vectors.npy"
META_FILE = "alongside.json"
DTYPE = np.float16


@dataclass
class WordIndex:
    """A saved word index: chunk id -> its rows of the stacked word-vector matrix."""

    rows: dict[str, tuple[int, int]]  # chunk id -> (first row, row count)
    fingerprint: str
    model: str
    vectors: np.ndarray  # (all word vectors, dimension), float16, usually memory-mapped

    @classmethod
    def load(cls, folder: Path) -> WordIndex:
        """Open a saved word index, checking that its parts agree.

        Raises:
            IndexMissingError: nothing saved in `folder`.
            IndexCorruptError: a file is unreadable or the parts do not fit together.
        """
        return open_saved(folder, cls._read, "word index", "ALONGSIDE_WORD_WEIGHT")

    @classmethod
    def _read(cls, folder: Path) -> WordIndex:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        rows = {str(cid): (int(s), int(c)) for cid, (s, c) in meta["rows"].items()}
        total = int(meta["total"])
        vectors = np.load(folder / VECTORS_FILE, mmap_mode="r", allow_pickle=False)
        if vectors.dtype != DTYPE or vectors.ndim != 2 or vectors.shape[0] != total:
            raise ValueError(f"{VECTORS_FILE} holds {vectors.dtype} {vectors.shape}, "
                             f"expected {np.dtype(DTYPE)} with {total} rows")
        if any(s < 0 or c < 1 or s + c > total for s, c in rows.values()):
            raise ValueError(f"{META_FILE} points outside {VECTORS_FILE}")
        return cls(rows=rows, fingerprint=str(meta["fingerprint"]), model=str(meta["model"]),
                   vectors=vectors)

    @classmethod
    def load_if_usable(cls, folder: Path, model: str) -> WordIndex | None:
        """The saved index if it can be read and was made by `model`, else None (ingest re-encodes)."""
        return read_if_usable(folder, cls._read, model)

    @staticmethod
    def is_current(folder: Path, fingerprint: str, model: str) -> bool:
        """Whether the saved index is for this chunk set and model and whole, without reading it.

        Reads the small JSON and the matrix's header; a truncated or replaced matrix fails the
        size check, so the next ingest rebuilds it rather than trusting the JSON alone.
        """
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            if meta["fingerprint"] != fingerprint or meta["model"] != model:
                return False
            shape, dtype, size = _npy_header(folder / VECTORS_FILE)
            return (dtype == DTYPE and len(shape) == 2 and shape[0] == int(meta["total"])
                    and (folder / VECTORS_FILE).stat().st_size == size)
        except Exception:
            return False

    @staticmethod
    def remove(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def get(self, chunk_id: str) -> np.ndarray | None:
        """One passage's word vectors (a view of the saved matrix), or None if it has none."""
        span = self.rows.get(chunk_id)
        return None if span is None else self.vectors[span[0] : span[0] + span[1]]

    def rank(self, query_words: np.ndarray, pool: Iterable[str], n: int) -> list[str]:
        """The n passages of `pool` whose words best match the query's words, best first.

        Only the pool's rows are read. The scoring runs in torch, whose threads the query's
        forward pass also uses: a numpy matmul would wake OpenBLAS threads that busy-wait after
        the call and slow the next query's embedding (measured: 14 ms became 36 ms).
        """
        import torch

        spans = [(cid, self.rows[cid]) for cid in dict.fromkeys(pool) if cid in self.rows]
        if not spans or not len(query_words):
            return []
        gathered = np.concatenate([self.vectors[s : s + c] for _, (s, c) in spans])
        counts = torch.tensor([c for _, (_, c) in spans])
        sims = torch.from_numpy(gathered).float() @ torch.from_numpy(query_words).float().T
        owner = torch.repeat_interleave(torch.arange(len(spans)), counts)
        best = torch.full((len(spans), sims.shape[1]), -torch.inf).scatter_reduce(
            0, owner[:, None].expand_as(sims), sims, reduce="amax"
        )
        order = torch.argsort(best.mean(dim=1), descending=True, stable=True)[:n]
        return [spans[i][0] for i in order.tolist()]


class WordIndexWriter:
    """Collects word vectors for the next word index and saves it whole.

    Vectors added during an ingest are spilled to a file as they come, so memory stays flat
    however many passages are embedded; `save` then writes the new matrix in one pass, taking
    each passage's rows from the spill file or from the previous index.
    """

    def __init__(self, folder: Path, model: str, dimension: int) -> None:
        self.folder = folder
        self.model = model
        self.dimension = dimension
        self._spill_path = folder.with_name(folder.name + ".pending")
        self._spill_path.unlink(missing_ok=True)  # left by a run that was killed
        self._spill: BinaryIO | None = None
        self._rows: dict[str, tuple[int, int]] = {}
        self._total = 0

    def __contains__(self, chunk_id: str) -> bool:
        return chunk_id in self._rows

    def add(self, chunk_id: str, vectors: np.ndarray) -> None:
        """Record one passage's word vectors (rows of `dimension` values; at least one row)."""
        vectors = np.asarray(vectors, dtype=DTYPE)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension or not len(vectors):
            raise ValueError(f"word vectors for {chunk_id} have shape {vectors.shape}, "
                             f"expected (rows >= 1, {self.dimension})")
        if self._spill is None:
            self._spill_path.parent.mkdir(parents=True, exist_ok=True)
            self._spill = self._spill_path.open("wb")
        self._spill.write(np.ascontiguousarray(vectors).tobytes())
        self._rows[chunk_id] = (self._total, len(vectors))
        self._total += len(vectors)

    def save(self, ids: list[str], fingerprint: str, previous: WordIndex | None) -> None:
        """Write the index for exactly `ids`, then swap it in, so a crash never leaves half of one.

        Raises:
            KeyError: some id has vectors neither here nor in `previous`.
        """
        spill = self._pending_matrix()
        sources = []
        for cid in ids:
            if cid in self._rows:
                sources.append((cid, spill, self._rows[cid]))
            elif previous is not None and cid in previous.rows:
                sources.append((cid, previous.vectors, previous.rows[cid]))
            else:
                raise KeyError(f"no word vectors for chunk {cid}")
        total = sum(c for _, _, (_, c) in sources)
        tmp = self.folder.with_name(self.folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        rows, cursor = {}, 0
        # Plain sequential writes, not a writable memory map: at 100k passages the matrix is
        # gigabytes, which a map would hold as this process's memory until the end.
        with (tmp / VECTORS_FILE).open("wb") as fh:
            np.lib.format.write_array_header_1_0(fh, {
                "descr": np.lib.format.dtype_to_descr(np.dtype(DTYPE)),
                "fortran_order": False,
                "shape": (total, self.dimension),
            })
            for cid, matrix, (start, count) in sources:
                fh.write(np.ascontiguousarray(matrix[start : start + count]).tobytes())
                rows[cid] = (cursor, count)
                cursor += count
        meta = {"fingerprint": fingerprint, "model": self.model, "dimension": self.dimension,
                "total": total, "rows": rows}
        (tmp / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
        swap_in_folder(tmp, self.folder)
        self.discard()

    def discard(self) -> None:
        """Drop the spill file (after a save, or when the vectors are not wanted)."""
        if self._spill is not None:
            self._spill.close()
            self._spill = None
        self._spill_path.unlink(missing_ok=True)

    def _pending_matrix(self) -> np.ndarray:
        if self._spill is None:
            return np.empty((0, self.dimension), dtype=DTYPE)
        self._spill.flush()
        return np.memmap(self._spill_path, dtype=DTYPE, mode="r", shape=(self._total, self.dimension))


def _npy_header(path: Path) -> tuple[tuple[int, ...], np.dtype, int]:
    """Shape, dtype and expected file size of a saved .npy matrix, from its header alone."""
    fmt = np.lib.format
    with path.open("rb") as fh:
        version = fmt.read_magic(fh)
        read = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
        shape, _, dtype = read(fh)
        offset = fh.tell()
    return shape, dtype, offset + int(np.prod(shape)) * dtype.itemsize
