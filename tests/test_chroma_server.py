"""The same pipeline and retrieval against a real `chroma run` server over HTTP."""

from __future__ import annotations

import uuid

from alongside.retrieval import Retriever
from alongside.settings import Settings
from ingest.pipeline import ingest


def test_ingest_and_search_through_a_chroma_server(tmp_path, corpus_copy, real_embedder, chroma_server):
    s = Settings(
        data_dir=tmp_path / "data",
        corpus_paths=[corpus_copy],
        chroma_url=chroma_server,
        collection=f"test-{uuid.uuid4().hex[:8]}",
    )
    first = ingest(s, embedder=real_embedder, progress=False)
    assert len(first.added) == 2 and first.chunks_total > 20
    assert not (s.chroma_dir / "chroma.sqlite3").exists(), "nothing may be written to the embedded store"

    second = ingest(s, embedder=real_embedder, progress=False)
    assert second.chunks_written == 0 and len(second.unchanged) == 2

    retriever = Retriever.load(s, embedder=real_embedder)
    hits = retriever.search("my daughter is scared of being labeled crazy", "family", 3)
    assert hits and hits[0].doc_id == "akin-refusing-treatment"
    assert "diagnosis" in " ".join(h.section_label for h in hits).lower()


def test_unreachable_server_is_a_clear_error(tmp_path, corpus_copy, real_embedder):
    import pytest

    from alongside.errors import AlongsideError
    from alongside.web import free_port

    s = Settings(data_dir=tmp_path, corpus_paths=[corpus_copy], chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(AlongsideError, match="Chroma server"):
        ingest(s, embedder=real_embedder, progress=False)
