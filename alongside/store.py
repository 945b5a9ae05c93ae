"""The vector store: Chroma, embedded under the data dir or a server when a URL is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from alongside.errors import ConfigError, IndexCorruptError, IndexMismatchError, IndexMissingError
from alongside.settings import Settings

# Bumped when chunk metadata or chunking rules change in a way that needs a re-index.
SCHEMA_VERSION = 1
PAGE = 2000


@dataclass(frozen=True)
class IndexInfo:
    """What the collection records about how it was built."""

    embedding_model: str
    embedding_dim: int
    schema_version: int
    fingerprint: str  # changes whenever the set of chunks changes; the keyword index stores it too


def _client(settings: Settings):
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ConfigError(
                f"ALONGSIDE_CHROMA_URL must look like http://host:port, got {settings.chroma_url!r}"
            )
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise IndexMissingError(
                f"cannot reach the Chroma server at {settings.chroma_url}: {exc}. "
                "Start it with `chroma run --path DIR --port PORT`, or unset ALONGSIDE_CHROMA_URL "
                "to use the embedded store."
            ) from None
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:
        raise IndexCorruptError(
            f"the index at {settings.chroma_dir} cannot be opened ({exc}). "
            f"Move that folder aside and run `alongside ingest` to rebuild it."
        ) from None


class Store:
    """A thin wrapper over one Chroma collection, speaking in chunks and their metadata."""

    def __init__(self, settings: Settings, collection: Any, client: Any) -> None:
        self.settings = settings
        self._collection = collection
        self._client = client

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open_for_write(cls, settings: Settings, model_name: str, dim: int) -> Store:
        """Open (creating if needed) the collection, refusing one built with another model."""
        client = _client(settings)
        try:
            collection = client.get_or_create_collection(
                name=settings.collection,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={
                    "embedding_model": model_name,
                    "embedding_dim": dim,
                    "schema_version": SCHEMA_VERSION,
                    "fingerprint": "",
                },
                embedding_function=None,
            )
        except Exception as exc:
            raise IndexCorruptError(f"cannot open the Chroma collection: {exc}") from None
        store = cls(settings, collection, client)
        store.check_compatible(model_name, dim)
        return store

    @classmethod
    def open_for_read(cls, settings: Settings) -> Store:
        """Open an existing collection; a missing one says how to build it."""
        if not settings.chroma_url and not (settings.chroma_dir / "chroma.sqlite3").exists():
            raise IndexMissingError(
                f"no index at {settings.chroma_dir}: run `alongside ingest` to build it"
            )
        client = _client(settings)
        try:
            collection = client.get_collection(name=settings.collection, embedding_function=None)
        except Exception as exc:
            if "does not exist" in str(exc) or "not found" in str(exc).lower():
                where = settings.chroma_url or settings.chroma_dir
                raise IndexMissingError(
                    f"no collection {settings.collection!r} in the index at {where}: "
                    "run `alongside ingest` to build it"
                ) from None
            raise IndexCorruptError(f"cannot open the Chroma collection: {exc}") from None
        return cls(settings, collection, client)

    # -- what the collection records -----------------------------------------------------

    def info(self) -> IndexInfo:
        meta = self._collection.metadata or {}
        try:
            return IndexInfo(
                embedding_model=str(meta["embedding_model"]),
                embedding_dim=int(meta["embedding_dim"]),
                schema_version=int(meta.get("schema_version", 0)),
                fingerprint=str(meta.get("fingerprint", "")),
            )
        except (KeyError, TypeError, ValueError):
            raise IndexMismatchError(
                f"the collection {self.settings.collection!r} was not built by Alongside "
                "(no embedding model recorded): run `alongside ingest --rebuild`"
            ) from None

    def check_compatible(self, model_name: str, dim: int) -> None:
        """Refuse to mix embeddings from different models or chunk schemas in one index."""
        info = self.info()
        if info.embedding_model != model_name or info.embedding_dim != dim:
            raise IndexMismatchError(
                f"the index was built with {info.embedding_model} ({info.embedding_dim} dimensions) "
                f"but the configured model is {model_name} ({dim} dimensions): "
                "re-index with `alongside ingest --rebuild`"
            )
        if info.schema_version != SCHEMA_VERSION:
            raise IndexMismatchError(
                f"the index uses chunk schema {info.schema_version}, this version of Alongside "
                f"uses {SCHEMA_VERSION}: re-index with `alongside ingest --rebuild`"
            )

    def set_fingerprint(self, fingerprint: str) -> None:
        meta = dict(self._collection.metadata or {})
        meta["fingerprint"] = fingerprint
        self._collection.modify(metadata=meta)

    @staticmethod
    def drop(settings: Settings) -> None:
        """Delete the whole collection, whatever model built it (for a rebuild)."""
        client = _client(settings)
        try:
            client.delete_collection(settings.collection)
        except Exception as exc:  # a collection that does not exist yet is fine
            if "does not exist" not in str(exc) and "not found" not in str(exc).lower():
                raise IndexCorruptError(f"cannot delete the Chroma collection: {exc}") from None

    # -- chunks ---------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._collection.count())

    def iter_metadata(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every chunk's id and metadata, paged so large indexes do not load at once."""
        offset = 0
        while True:
            page = self._collection.get(include=["metadatas"], limit=PAGE, offset=offset)
            ids = page["ids"]
            if not ids:
                return
            yield from zip(ids, page["metadatas"])
            offset += len(ids)

    def iter_ids(self) -> Iterator[str]:
        """Every chunk id, paged; nothing else is read."""
        offset = 0
        while True:
            ids = self._collection.get(include=[], limit=PAGE, offset=offset)["ids"]
            if not ids:
                return
            yield from ids
            offset += len(ids)

    def iter_documents(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every chunk's id, text and metadata, paged."""
        offset = 0
        while True:
            page = self._collection.get(include=["documents", "metadatas"], limit=PAGE, offset=offset)
            ids = page["ids"]
            if not ids:
                return
            yield from zip(ids, page["documents"], page["metadatas"])
            offset += len(ids)

    def upsert(self, ids, embeddings, documents, metadatas) -> None:
        for i in range(0, len(ids), PAGE):
            self._collection.upsert(
                ids=ids[i : i + PAGE],
                embeddings=embeddings[i : i + PAGE],
                documents=documents[i : i + PAGE],
                metadatas=metadatas[i : i + PAGE],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), PAGE):
            self._collection.delete(ids=ids[i : i + PAGE])

    def get(self, ids: list[str]) -> dict[str, tuple[str, dict[str, Any], list[float]]]:
        """Text, metadata and embedding of the given chunks (missing ids are left out)."""
        if not ids:
            return {}
        try:
            page = self._collection.get(ids=ids, include=["documents", "metadatas", "embeddings"])
        except Exception as exc:
            raise IndexCorruptError(f"the vector index could not be read: {exc}") from None
        return {
            i: (d, m, e)
            for i, d, m, e in zip(page["ids"], page["documents"], page["metadatas"], page["embeddings"])
        }

    def query(self, embedding: list[float], n: int) -> list[tuple[str, float]]:
        """Nearest chunks by cosine similarity: (chunk id, similarity in [-1, 1]), best first."""
        try:
            res = self._collection.query(query_embeddings=[embedding], n_results=n, include=["distances"])
        except Exception as exc:
            raise IndexCorruptError(f"the vector index could not be searched: {exc}") from None
        return [(cid, 1.0 - float(dist)) for cid, dist in zip(res["ids"][0], res["distances"][0])]
