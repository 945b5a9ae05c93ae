"""Ingestion against the real model and a real embedded Chroma in a temp data dir."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from word_damage import garble_meta, garble_vectors, truncate_vectors

from alongside.errors import IndexMismatchError, IngestError, ModelError
from alongside.settings import PACKAGED_MODEL_SHA256, Settings
from alongside.store import Store
from alongside.words import META_FILE, VECTORS_FILE, WordIndex
from ingest.docstore import DocStore
from ingest.pipeline import _passage_text, ingest


def _settings(tmp_path, corpus, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_paths=[corpus], **kw)


def _chunks(settings) -> dict[str, tuple[str, dict]]:
    store = Store.open_for_read(settings)
    return {cid: (text, meta) for cid, text, meta in store.iter_documents()}


def test_ingest_twice_second_run_changes_nothing(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    first = ingest(s, embedder=real_embedder, progress=False)
    assert sorted(first.added) == ["akin-refusing-treatment", "modalia-medication-refusal"]
    assert first.chunks_written == first.chunks_total > 20
    before = _chunks(s)

    second = ingest(s, embedder=real_embedder, progress=False)
    assert second.added == second.updated == second.removed == []
    assert sorted(second.unchanged) == sorted(first.added)
    assert second.chunks_written == 0
    assert _chunks(s) == before


def test_offsets_round_trip_into_clean_text(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    docs = {d["doc_id"]: d for d in DocStore(s.data_dir).all()}
    chunks = _chunks(s)
    assert chunks
    for text, meta in chunks.values():
        clean = docs[meta["doc_id"]]["text"]
        assert clean[meta["start"] : meta["end"]] == text
        for key in ("doc_id", "title", "publisher", "audience", "section", "content_hash"):
            assert meta[key] != "" or key == "publisher"
        assert isinstance(json.loads(meta["section"]), list)
    # Sections are heading trails from the document structure.
    trails = {meta["section"] for _, meta in chunks.values()}
    assert any("Build trust by listening" in t for t in trails)


def test_editing_one_document_replaces_only_its_chunks(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _chunks(s)
    path = corpus_copy / "modalia-medication-refusal.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new closing paragraph for the test.\n")

    result = ingest(s, embedder=real_embedder, progress=False)
    assert result.updated == ["modalia-medication-refusal"]
    assert result.unchanged == ["akin-refusing-treatment"]
    after = _chunks(s)
    akin_before = {k: v for k, v in before.items() if k.startswith("akin-")}
    akin_after = {k: v for k, v in after.items() if k.startswith("akin-")}
    assert akin_before == akin_after
    modalia_hashes = {m["doc_hash"] for cid, (_, m) in after.items() if cid.startswith("modalia-")}
    assert len(modalia_hashes) == 1, "old chunks of the edited document must be gone"
    assert any("A new closing paragraph" in t for t, _ in after.values())


def test_removed_document_is_pruned_only_with_prune(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    (corpus_copy / "modalia-medication-refusal.md").unlink()

    kept = ingest(s, embedder=real_embedder, progress=False)
    assert kept.removed == []
    assert any(cid.startswith("modalia-") for cid in _chunks(s))

    pruned = ingest(s, embedder=real_embedder, progress=False, prune=True)
    assert pruned.removed == ["modalia-medication-refusal"]
    assert not any(cid.startswith("modalia-") for cid in _chunks(s))
    assert DocStore(s.data_dir).get("modalia-medication-refusal") is None


def test_crash_mid_update_heals_on_the_next_run(tmp_path, corpus_copy, real_embedder, monkeypatch):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    path = corpus_copy / "akin-refusing-treatment.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Final Thoughts", "Closing Thoughts"))

    def crash(self, ids):
        raise RuntimeError("simulated crash after the new chunks were written")

    monkeypatch.setattr(Store, "delete", crash)
    with pytest.raises(RuntimeError):
        ingest(s, embedder=real_embedder, progress=False)
    monkeypatch.undo()

    healed = ingest(s, embedder=real_embedder, progress=False)
    assert "akin-refusing-treatment" in healed.updated
    chunks = _chunks(s)
    akin = [m for cid, (_, m) in chunks.items() if cid.startswith("akin-")]
    assert len({m["doc_hash"] for m in akin}) == 1
    assert len(akin) == akin[0]["doc_chunks"], "no duplicates, no leftovers"
    assert any("Closing Thoughts" in m["section"] for m in akin)
    again = ingest(s, embedder=real_embedder, progress=False)
    assert again.unchanged and not again.updated


def _words(settings) -> WordIndex:
    return WordIndex.load(settings.words_dir / settings.collection)


def _word_bytes(settings) -> dict[str, bytes]:
    index = _words(settings)
    return {cid: index.get(cid).tobytes() for cid in index.rows}


def test_word_index_is_written_at_ingest_from_the_same_pass(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    chunks = _chunks(s)
    index = _words(s)
    assert set(index.rows) == set(chunks)
    assert index.fingerprint == Store.open_for_read(s).info().fingerprint
    assert index.model == real_embedder.name and index.vectors.dtype == np.float16
    assert all(count >= 1 for _, count in index.rows.values())
    cid, (text, meta) = next(iter(chunks.items()))
    _, expected = real_embedder.embed_tokens([_passage_text(text, meta)])[0]
    np.testing.assert_allclose(index.get(cid).astype(np.float32), expected, atol=2e-3)
    assert not (s.words_dir / f"{s.collection}.pending").exists()


def test_unchanged_rerun_does_not_rewrite_the_word_index(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    folder = s.words_dir / s.collection
    before = {name: (folder / name).stat() for name in (VECTORS_FILE, META_FILE)}
    ingest(s, embedder=real_embedder, progress=False)
    for name, stat in before.items():
        after = (folder / name).stat()
        assert (after.st_ino, after.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns), name


def test_editing_one_document_replaces_only_its_word_vectors(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _word_bytes(s)
    path = corpus_copy / "modalia-medication-refusal.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new closing paragraph for the test.\n")

    ingest(s, embedder=real_embedder, progress=False)
    after = _word_bytes(s)
    assert set(after) == set(_chunks(s))
    akin = {cid for cid in before if cid.startswith("akin-")}
    assert akin and {cid for cid in after if cid.startswith("akin-")} == akin
    assert all(after[cid] == before[cid] for cid in akin), "unchanged chunks keep their exact vectors"
    old_modalia = {cid for cid in before if cid.startswith("modalia-")}
    new_modalia = {cid for cid in after if cid.startswith("modalia-")}
    assert new_modalia and not old_modalia & new_modalia, "the edited document's vectors are all new"


def test_removing_a_document_drops_its_word_vectors(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    (corpus_copy / "modalia-medication-refusal.md").unlink()
    ingest(s, embedder=real_embedder, progress=False, prune=True)
    assert set(_words(s).rows) == set(_chunks(s))
    assert not any(cid.startswith("modalia-") for cid in _words(s).rows)


def _delete_folder(folder):
    shutil.rmtree(folder)


@pytest.mark.parametrize("damage", [_delete_folder, garble_vectors, truncate_vectors, garble_meta])
def test_lost_or_damaged_word_index_is_rebuilt_by_the_next_ingest(tmp_path, corpus_copy, real_embedder,
                                                                   damage):
    from alongside.retrieval import Retriever

    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _words(s)
    vectors = {cid: before.get(cid).astype(np.float32) for cid in before.rows}
    damage(s.words_dir / s.collection)

    healed = ingest(s, embedder=real_embedder, progress=False)
    assert healed.chunks_written == 0 and len(healed.unchanged) == 2
    after = _words(s)
    assert set(after.rows) == set(vectors) and after.fingerprint == before.fingerprint
    for cid, expected in vectors.items():
        np.testing.assert_allclose(after.get(cid).astype(np.float32), expected, atol=2e-3)
    assert Retriever.load(s, embedder=real_embedder).search("how do I build trust with my son")


def test_word_index_built_before_an_edit_is_topped_up(tmp_path, corpus_copy, real_embedder):
    """An ingest with the word list off leaves the saved index behind; turning it on again keeps
    what still fits and encodes only the chunks that changed meanwhile."""
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _word_bytes(s)
    path = corpus_copy / "akin-refusing-treatment.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Final Thoughts", "Closing Thoughts"))
    ingest(s.model_copy(update={"word_weight": 0.0}), embedder=real_embedder, progress=False)
    assert _word_bytes(s) == before, "the word list off: the word index is left alone"

    ingest(s, embedder=real_embedder, progress=False)
    after = _word_bytes(s)
    assert set(after) == set(_chunks(s))
    modalia = {cid for cid in before if cid.startswith("modalia-")}
    assert all(after[cid] == before[cid] for cid in modalia)


def test_word_weight_zero_builds_no_word_index(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy, word_weight=0.0)
    ingest(s, embedder=real_embedder, progress=False)
    assert not s.words_dir.exists()


BAD_FILES = {
    "empty.md": (b"", "empty file"),
    "blank.txt": (b"   \n\n  ", "whitespace"),
    "binary.txt": (b"\x00\x01\x02\xff\xfe binary", "binary"),
    "broken.md": (b"---\ntitle: [unclosed\n---\nbody text here\n", "front matter"),
    "fake.pdf": (b"not a pdf at all", "PDF"),
}


def test_bad_files_are_skipped_with_reasons_and_nothing_is_lost(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _chunks(s)
    for name, (data, _) in BAD_FILES.items():
        (corpus_copy / name).write_bytes(data)
    (corpus_copy / "good.html").write_text(
        "<html><head><title>Family meeting notes</title></head><body><nav>Home</nav>"
        "<h1>Family meeting notes</h1><p>Agree on one calm message before talking with him.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    result = ingest(s, embedder=real_embedder, progress=False, prune=True)
    reasons = {p.split("/")[-1]: r for p, r in result.skipped}
    for name, (_, expected) in BAD_FILES.items():
        assert name in reasons, f"{name} should be skipped"
        assert expected.lower() in reasons[name].lower()
    assert result.added == ["good"]
    after = _chunks(s)
    assert set(before) <= set(after), "existing chunks must survive a run with bad files"


def test_cli_exit_status_says_something_was_skipped(tmp_path, corpus_copy, monkeypatch, capsys):
    from alongside.cli import EXIT_SKIPPED, main

    (corpus_copy / "empty.md").write_bytes(b"")
    monkeypatch.setenv("ALONGSIDE_DATA_DIR", str(tmp_path / "cli-data"))
    code = main(["ingest", str(corpus_copy), "--quiet"])
    out = capsys.readouterr()
    assert code == EXIT_SKIPPED
    assert "empty.md" in out.out and "empty file" in out.out
    assert "2 added" in out.out


def test_missing_path_is_a_clear_error_and_touches_nothing(tmp_path, corpus_copy, real_embedder):
    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    before = _chunks(s)
    with pytest.raises(IngestError, match="no such file or folder"):
        ingest(s, [tmp_path / "nowhere"], embedder=real_embedder, progress=False, prune=True)
    assert _chunks(s) == before


class _OtherModel:
    name = "some-other/model"
    dimension = 768

    def embed_documents(self, texts):
        return [[0.0] * 768 for _ in texts]


def test_model_mismatch_asks_for_a_reindex(tmp_path, corpus_copy, real_embedder):
    from alongside.retrieval import Retriever

    s = _settings(tmp_path, corpus_copy)
    ingest(s, embedder=real_embedder, progress=False)
    with pytest.raises(IndexMismatchError, match="re-index"):
        ingest(s, embedder=_OtherModel(), progress=False)
    with pytest.raises(IndexMismatchError, match="alongside ingest --rebuild"):
        Retriever.load(s, embedder=_OtherModel())
    rebuilt = ingest(s, embedder=_OtherModel(), progress=False, rebuild=True)
    assert len(rebuilt.added) == 2


def test_weights_with_the_wrong_hash_are_refused(tmp_path):
    from alongside.embeddings import load_embedder, model_spec

    packaged = model_spec(Settings(data_dir=tmp_path)).path
    copy = tmp_path / "model"
    shutil.copytree(packaged, copy)
    with (copy / "model.safetensors").open("ab") as fh:
        fh.write(b"tampered")
    s = Settings(data_dir=tmp_path, embedding_model_path=copy, embedding_model_sha256=PACKAGED_MODEL_SHA256)
    with pytest.raises(ModelError, match="do not match the expected sha256"):
        load_embedder(s)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    from alongside.embeddings import load_embedder

    with pytest.raises(ModelError, match="not found"):
        load_embedder(Settings(data_dir=tmp_path, embedding_model_path=tmp_path / "nope"))


def test_user_documents_in_every_format_ingest(tmp_path, real_embedder):
    docs = tmp_path / "mine"
    docs.mkdir()
    (docs / "notes.txt").write_text("Keep a log of what helped.\n\nWrite down what did not.\n")
    (docs / "plan.md").write_text("# Our plan\n\n## Sunday\n\nAsk how the week went, and listen.\n")
    (docs / "page.html").write_text("<h1>Support groups</h1><p>Families can join one anytime.</p>")
    s = Settings(data_dir=tmp_path / "data", corpus_paths=[docs])
    result = ingest(s, embedder=real_embedder, progress=False)
    assert sorted(result.added) == ["notes", "page", "plan"]
    metas = [m for _, m in _chunks(s).values()]
    assert {m["audience"] for m in metas} == {"general"}
    assert any(json.loads(m["section"]) == ["Sunday"] for m in metas)
