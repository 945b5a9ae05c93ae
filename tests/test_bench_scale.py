"""The scale bench end to end on tiny corpora: real model, real embedded Chroma, real BM25 and word index."""

from __future__ import annotations

import json

import pytest

from alongside import bench_scale


@pytest.mark.slow
def test_small_scale_run_writes_json_and_plot(tmp_path):
    out = tmp_path / "bench"
    result = bench_scale.run(sizes=(200, 500), server=False, queries=5, out_dir=out)

    saved = json.loads((out / "scale.json").read_text(encoding="utf-8"))
    assert saved == result
    for key in ("date", "machine", "model", "corpus", "embedding_throughput", "queries", "repeats",
                "points", "latency_ratio", "bench_seconds"):
        assert key in saved, key
    assert saved["embedding_throughput"]["chunks_per_second"] > 0

    assert [(p["size"], p["store"]) for p in saved["points"]] == [(200, "embedded"), (500, "embedded")]
    for point in saved["points"]:
        assert point["write"]["chunks"] == point["size"]
        assert point["write"]["upsert_s"] > 0 and point["write"]["keyword_index_s"] > 0
        assert point["write"]["word_index_s"] > 0
        assert point["latency_ms"]["words"]["p50"] > 0, "the word list is on by default"
        assert point["embed_extrapolated_s"] > 0
        assert point["runs"] == 5 * saved["repeats"]
        for stage in bench_scale.STAGES:
            cell = point["latency_ms"][stage]
            assert 0 <= cell["p50"] <= cell["p95"], stage
        assert point["latency_ms"]["total"]["p50"] >= point["latency_ms"]["embed"]["p50"]

    ratio = saved["latency_ratio"]
    assert (ratio["from"], ratio["to"], ratio["limit"]) == (200, 500, 3.0)
    assert "embedded" in ratio and "server" not in ratio

    png = out / "scale.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "chunks" in bench_scale.table(result)
