"""Eval metrics against values worked out by hand."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from evals import metrics as m
from evals.metrics import Record, Target


def crisis(id_, expected, got, tags=(), category=None, got_cats=()):
    expect = {"crisis": expected}
    if category:
        expect["category"] = category
    return Record(id=id_, tags=tuple(tags), expect=expect, level=got, categories=tuple(got_cats))


# Positives: 3 concern + 2 emergency; negatives: 4.
CRISIS = [
    crisis("c1", "concern", "concern", ["first_person"], "ideation", ["ideation"]),
    crisis("c2", "concern", "none", ["third_person"], "ideation"),
    crisis("c3", "concern", "emergency", ["third_person"], "self_harm", ["ideation"]),
    crisis("e1", "emergency", "emergency", ["first_person"], "plan", ["plan"]),
    crisis("e2", "emergency", "concern", ["first_person"], "plan", ["plan"]),
    crisis("n1", "none", "none", ["neg:idiom"]),
    crisis("n2", "none", "concern", ["neg:idiom"]),
    crisis("n3", "none", "none", ["neg:negation"]),
    crisis("n4", "none", "none", ["neg:negation", "neg:idiom"]),
]


def test_crisis_recall_overall_and_emergency():
    # Caught (level != none): c1, c3, e1, e2 = 4 of 5 positives.
    assert m.crisis_recall(CRISIS) == pytest.approx(4 / 5)
    # Emergency level on expected emergencies: e1 only.
    assert m.emergency_recall(CRISIS) == pytest.approx(1 / 2)


def test_false_positive_rate_overall_and_per_negative_category():
    assert m.false_positive_rate(CRISIS) == pytest.approx(1 / 4)
    # idiom: n1, n2, n4 -> 1 flagged of 3; negation: n3, n4 -> 0 of 2.
    assert m.fp_rate_by_neg(CRISIS) == {"idiom": pytest.approx(1 / 3), "negation": 0.0}


def test_recall_per_category_and_tag():
    assert m.recall_by_category(CRISIS) == {"ideation": 0.5, "plan": 1.0, "self_harm": 1.0}
    # first_person: c1, e1, e2 all caught; third_person: c2 missed, c3 caught.
    assert m.recall_by_tag(CRISIS) == {"first_person": 1.0, "third_person": 0.5}


def test_level_and_category_accuracy():
    # Exact level: c1, e1, n1, n3, n4 = 5 of 9.
    assert m.level_accuracy(CRISIS) == pytest.approx(5 / 9)
    # Expected category reported: c1, e1, e2 = 3 of 5 positives with a category.
    assert m.category_accuracy(CRISIS) == pytest.approx(3 / 5)


def test_crisis_metrics_are_none_without_cases():
    assert m.crisis_recall([]) is None
    assert m.emergency_recall(CRISIS[:3]) is None
    assert m.false_positive_rate(CRISIS[:5]) is None
    assert m.fp_rate_by_neg(CRISIS[:5]) == {}


def test_hit_at_k_and_mrr():
    rels = [[0, 1, 0], [1, 0, 0], [0, 0, 0, 0, 1], [0, 0, 0]]
    assert m.hit_at_k(rels, 1) == pytest.approx(1 / 4)
    assert m.hit_at_k(rels, 3) == pytest.approx(2 / 4)
    assert m.hit_at_k(rels, 5) == pytest.approx(3 / 4)
    # (1/2 + 1 + 1/5 + 0) / 4
    assert m.mrr_at_k(rels, 10) == pytest.approx(1.7 / 4)
    assert m.mrr_at_k(rels, 3) == pytest.approx(1.5 / 4)
    assert m.hit_at_k([], 1) is None and m.mrr_at_k([]) is None


def test_ndcg_binary_relevance():
    assert m.dcg([1, 0, 1]) == pytest.approx(1 + 1 / math.log2(4))
    # One target found at rank 2: (1/log2 3) / 1.
    assert m.ndcg([0, 1, 0], 1) == pytest.approx(1 / math.log2(3))
    # Two targets at ranks 1 and 3: (1 + 0.5) / (1 + 1/log2 3).
    assert m.ndcg([1, 0, 1], 2) == pytest.approx(1.5 / (1 + 1 / math.log2(3)))
    assert m.ndcg([1, 1], 2) == pytest.approx(1.0)
    assert m.ndcg([0, 0], 1) == 0.0
    # Only the top k count.
    assert m.ndcg([0] * 10 + [1], 1, k=10) == 0.0


def test_ndcg_at_k_averages_over_cases_with_sources():
    recs = [Record("a", relevance=[1], n_targets=1), Record("b", relevance=[0, 1], n_targets=1),
            Record("c")]  # c expects no sources
    assert m.ndcg_at_k(recs) == pytest.approx((1 + 1 / math.log2(3)) / 2)


@dataclass
class P:
    doc_id: str
    start: int
    end: int
    text: str = ""


def test_span_overlap_relevance():
    target = Target("doc", "quote", 10, 20)
    assert m.is_relevant(P("doc", 0, 11), target)
    assert m.is_relevant(P("doc", 19, 40), target)
    assert m.is_relevant(P("doc", 12, 15), target)
    assert not m.is_relevant(P("doc", 0, 10), target)  # [0,10) ends where the quote starts
    assert not m.is_relevant(P("doc", 20, 30), target)
    assert not m.is_relevant(P("other", 10, 20), target)


def test_relevance_credits_each_target_once():
    target = Target("doc", "q", 100, 200)
    ranked = [P("doc", 0, 50), P("doc", 90, 150), P("doc", 150, 250), P("x", 100, 200)]
    assert m.relevance_list(ranked, [target]) == [0, 1, 0, 0]
    two = [target, Target("doc", "r", 240, 260)]
    assert m.relevance_list(ranked, two) == [0, 1, 1, 0]
    assert m.first_rank([0, 0, 1]) == 3 and m.first_rank([0]) is None


def test_relevance_without_spans_falls_back_to_text():
    target = Target("doc", "Listen  without judgment.")
    assert m.is_relevant(P("doc", 0, 0, "Trust matters. Listen without judgment. More."), target)
    assert not m.is_relevant(P("doc", 0, 0, "Trust matters."), target)


def test_locate_quote_exact_and_tolerant():
    text = "First line.\nIt\u2019s natural  to want\nyour loved one \u2014 to get better."
    assert m.locate_quote(text, "First line.") == (0, 11)
    span = m.locate_quote(text, "It's natural to want your loved one - to get better.")
    assert span is not None and text[span[0]:span[1]].startswith("It\u2019s")
    assert text[span[0]:span[1]].endswith("better.")
    assert m.locate_quote(text, "not there") is None
    assert m.locate_quote(text, "   ") is None


def test_resolve_targets_uses_document_text():
    docs = {"doc": "Alpha beta. Gamma delta."}
    targets = m.resolve_targets([{"doc_id": "doc", "quote": "Gamma delta."},
                                 {"doc_id": "missing", "quote": "x"}], docs.get)
    assert targets[0] == Target("doc", "Gamma delta.", 12, 24)
    assert targets[1].start is None


def test_percentile_nearest_rank():
    values = [100, 10, 20, 30, 40, 50, 60, 70, 80, 90]
    assert m.percentile(values, 50) == 50
    assert m.percentile(values, 95) == 100
    assert m.percentile(values, 90) == 90
    assert m.percentile([7], 95) == 7
    assert m.percentile([], 50) is None
    recs = [Record(str(i), latency_ms=v) for i, v in enumerate([5, 1, 3, 2, 4])]
    assert m.latency(recs) == {"latency_p50_ms": 3, "latency_p95_ms": 5}


def test_covered_accuracy_and_pass_rates():
    recs = [
        Record("a", tags=("scope",), expect={"covered": False}, covered=False, passed=True,
               checks={"covered": True, "regex": True}),
        Record("b", tags=("scope", "dose"), expect={"covered": False}, covered=True, passed=False,
               checks={"covered": False}),
        Record("c", tags=("dose",), expect={}, covered=True, passed=True,
               checks={"regex": False, "not_regex": True}),
    ]
    assert m.covered_accuracy(recs) == pytest.approx(1 / 2)
    assert m.pass_rate(recs) == pytest.approx(2 / 3)
    assert m.pass_rate_by_tag(recs) == {"dose": 0.5, "scope": 0.5}
    assert m.check_pass_rate(recs) == {"covered": 0.5, "not_regex": 1.0, "regex": 0.5}


def test_mi_summary_follows_miti():
    kinds = ["simple_reflection", "simple_reflection", "complex_reflection",
             "double_sided_reflection", "open_question", "open_question", "strategy"]
    mi = m.mi_summary(kinds)
    assert mi["mi_counts"]["simple_reflection"] == 2
    assert mi["reflection_to_question"] == pytest.approx(4 / 2)
    assert mi["pct_complex_reflections"] == pytest.approx(2 / 4)  # double-sided codes complex
    assert mi["reflection_share"] == pytest.approx(4 / 6)
    assert mi["question_share"] == pytest.approx(2 / 6)


def test_mi_summary_without_questions_or_reflections():
    mi = m.mi_summary(["simple_reflection"])
    assert mi["reflection_to_question"] is None and mi["question_share"] == 0.0
    assert m.mi_summary([])["pct_complex_reflections"] is None


def test_suite_metrics_includes_only_what_has_data():
    out = m.suite_metrics(CRISIS)
    assert out["cases"] == 9 and out["crisis_recall"] == pytest.approx(0.8)
    assert "hit@1" not in out and "covered_accuracy" not in out and "reflection_share" not in out
    assert out["errors"] == 0


def test_metric_lookup_flatten_and_direction():
    metrics = {"pass_rate": 0.5, "recall_by_category": {"ideation": 0.9}, "mi_counts": {"x": 2}}
    assert m.metric_value(metrics, "recall_by_category.ideation") == 0.9
    assert m.metric_value(metrics, "recall_by_category.plan") is None
    assert m.metric_value(metrics, "nope") is None
    assert m.flatten(metrics) == {"pass_rate": 0.5, "recall_by_category.ideation": 0.9,
                                  "mi_counts.x": 2.0}
    assert m.lower_is_better("fp_rate_by_neg.idiom") and m.lower_is_better("latency_p95_ms")
    assert not m.lower_is_better("crisis_recall")
