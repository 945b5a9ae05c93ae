"""Shared fixtures. Every test gets its own data dir; nothing touches the user's real state."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    """Point all Alongside state at a temp folder and keep the network and hub out of reach."""
    monkeypatch.setenv("ALONGSIDE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "ALONGSIDE_MODEL", "ALONGSIDE_CHROMA_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)  # keep a developer's .env out of the tests


REPO = __import__("pathlib").Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def real_embedder():
    """The real all-MiniLM-L6-v2 from the installed package, loaded once for the session."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from alongside.embeddings import load_embedder
    from alongside.settings import Settings

    return load_embedder(Settings(data_dir=REPO / ".unused"))


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of the bundled corpus."""
    import shutil

    dest = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", dest)
    return dest


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on a loopback port, for the session; yields its URL."""
    from alongside.chroma_server import chroma_server as run_server

    with run_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture(scope="session")
def indexed_settings(tmp_path_factory, real_embedder):
    """Settings pointing at a real index of the bundled corpus, built once for the session."""
    from alongside.settings import Settings
    from ingest.pipeline import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("indexed") / "data")
    ingest(settings, embedder=real_embedder, progress=False)
    return settings


@pytest.fixture(scope="session")
def assistant(indexed_settings, real_embedder):
    """The real Assistant (offline answerer) on the real index."""
    from alongside.retrieval import Retriever
    from alongside.turn import Assistant

    return Assistant.load(indexed_settings, retriever=Retriever.load(indexed_settings, embedder=real_embedder))
