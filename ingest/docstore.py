"""The clean text of every indexed document, kept beside the index under the data dir.

Citations are checked against it (a quote must sit at its offsets in the document), and the
Sources view lists documents from it without scanning the vector store.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import asdict
from pathlib import Path

from ingest.loaders import Document

_SAFE = re.compile(r"[^A-Za-z0-9._-]")


class DocStore:
    """One JSON file per document: its metadata, clean text and content hash."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "documents"

    def _path(self, doc_id: str) -> Path:
        return self.folder / (_SAFE.sub("_", doc_id) + ".json")

    def put(self, doc: Document, doc_hash: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(doc.doc_id)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"doc_hash": doc_hash, **asdict(doc)}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def get(self, doc_id: str) -> dict | None:
        try:
            return json.loads(self._path(doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def has(self, doc_id: str, doc_hash: str) -> bool:
        rec = self.get(doc_id)
        return bool(rec and rec.get("doc_hash") == doc_hash)

    def remove(self, doc_id: str) -> None:
        self._path(doc_id).unlink(missing_ok=True)

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def all(self) -> list[dict]:
        """Every stored document record, sorted by title."""
        if not self.folder.is_dir():
            return []
        records = []
        for path in self.folder.glob("*.json"):
            try:
                records.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
        return sorted(records, key=lambda r: (r.get("title") or "").lower())
