"""The HTML report: one standalone file (inline CSS and SVG, no scripts, nothing fetched).

It reads only the report.json data, so an old run can be re-rendered:
`python -m evals.report reports/X/report.json [out.html]`. Every piece of text is escaped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from evals.runner import fmt, key_metrics

CSS = """
:root { --ink:#26303a; --soft:#5f6b76; --line:#dcdfe3; --bg:#f7f6f3; --card:#fff;
        --pass:#2f6f4f; --pass-bg:#e6f2eb; --fail:#a3372b; --fail-bg:#f8e8e5; --bar:#5b7fa6; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
       font:15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 20px 60px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.25rem; margin: 36px 0 12px; }
h3 { font-size: 1.05rem; margin: 0 0 8px; }
.meta { color: var(--soft); margin: 0 0 16px; }
.verdict { display:inline-block; padding: 6px 14px; border-radius: 6px; font-weight: 600; }
.pass { color: var(--pass); background: var(--pass-bg); }
.fail { color: var(--fail); background: var(--fail-bg); }
.badge { font-size: .78rem; padding: 1px 8px; border-radius: 10px; font-weight: 600; }
.cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
.card, .case { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
               padding: 14px 16px; }
.figures { display:flex; flex-wrap: wrap; gap: 14px; margin: 6px 0 10px; }
.figure .v { font-size: 1.35rem; font-weight: 600; } .figure .k { font-size: .78rem; color: var(--soft); }
ul.gates { list-style: none; padding: 0; margin: 0; font-size: .88rem; }
ul.gates li { padding: 2px 0; }
.charts { display:grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 14px; }
.chart { background: var(--card); border:1px solid var(--line); border-radius: 8px; padding: 10px; }
.chart svg { width: 100%; height: auto; display: block; }
.case { margin: 12px 0; }
.case header { display:flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.case .id { font-weight: 600; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.tags { color: var(--soft); font-size: .85rem; }
.msg { margin: 8px 0; padding: 8px 12px; border-left: 3px solid var(--line); background: #fafafa;
       white-space: pre-wrap; }
.history { font-size: .88rem; color: var(--soft); }
.text { white-space: pre-wrap; background: #fbfbfa; border: 1px solid var(--line);
        border-radius: 6px; padding: 8px 10px; margin: 6px 0; }
.crisis-card { border-color: #e3b9b2; background: #fdf6f4; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
td, th { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line); }
table.checks td:first-child { width: 1.6em; } table.checks td:nth-child(2) { width: 10em; }
details > summary { cursor: pointer; padding: 4px 0; }
details.suite { background: var(--card); border:1px solid var(--line); border-radius: 8px;
                padding: 8px 14px; margin: 10px 0; }
details.one { border-bottom: 1px solid var(--line); }
.small { font-size: .85rem; color: var(--soft); }
.ok { color: var(--pass); } .no { color: var(--fail); }
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


# ---------------------------------------------------------------- charts (inline SVG)


def bar_chart(title: str, items: Sequence[tuple[str, float | None]], max_value: float | None = None,
              unit: str = "", limit: float | None = None, limit_label: str = "") -> str:
    """A horizontal bar chart as inline SVG: one labelled bar per item, value at its end."""
    items = [(label, v) for label, v in items if v is not None]
    if not items:
        return ""
    top = max_value or max([v for _, v in items] + [limit or 0]) or 1.0
    label_w, bar_w, row_h, pad = 190, 280, 24, 34
    width, height = label_w + bar_w + 80, pad + row_h * len(items) + 12
    parts = [(f'<svg width="{width}" height="{height}" '
              f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">'),
             f"<title>{_e(title)}</title>",
             f'<text x="0" y="18" font-size="14" font-weight="600" fill="#26303a">{_e(title)}</text>']
    for i, (label, value) in enumerate(items):
        y = pad + i * row_h
        w = max(0.0, min(1.0, value / top)) * bar_w
        shown = fmt(float(value), unit) if unit else fmt(float(value))
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" font-size="12" text-anchor="end" '
                     f'fill="#26303a">{_e(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 8}" '
                     'fill="#eceef1" rx="3"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                     'fill="#5b7fa6" rx="3"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="12" '
                     f'fill="#26303a">{_e(shown)}</text>')
    if limit is not None:
        x = label_w + max(0.0, min(1.0, limit / top)) * bar_w
        parts.append(f'<line x1="{x:.1f}" y1="{pad - 4}" x2="{x:.1f}" y2="{height - 8}" '
                     'stroke="#a3372b" stroke-dasharray="4 3"/>')
        if limit_label:
            parts.append(f'<text x="{x:.1f}" y="{pad - 8}" font-size="11" text-anchor="middle" '
                         f'fill="#a3372b">{_e(limit_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _threshold(suite: dict[str, Any], metric: str, key: str) -> float | None:
    for t in suite["thresholds"]:
        if t["metric"] == metric and t.get(key) is not None:
            return t[key]
    return None


def charts(data: dict[str, Any]) -> list[str]:
    """Recall per crisis category, false alarms per negative category, ranking, latency, MI."""
    out = []
    for s in data["suites"]:
        mx = s["metrics"]
        name = s["name"]
        if s["kind"] == "crisis" and mx.get("recall_by_category"):
            lim = _threshold(s, "crisis_recall", "min")
            out.append(bar_chart(f"{name}: crisis recall per category",
                                 list(mx["recall_by_category"].items()), 1.0, limit=lim,
                                 limit_label=f"min {fmt(lim)}" if lim is not None else ""))
        if s["kind"] == "crisis" and mx.get("fp_rate_by_neg"):
            lim = _threshold(s, "false_positive_rate", "max")
            top = max(list(mx["fp_rate_by_neg"].values()) + [lim or 0, 0.1])
            out.append(bar_chart(f"{name}: false alarms per negative category",
                                 list(mx["fp_rate_by_neg"].items()), top, limit=lim,
                                 limit_label=f"max {fmt(lim)}" if lim is not None else ""))
        ranking = [(k, mx.get(k)) for k in ("hit@1", "hit@3", "mrr@10", "ndcg@10")]
        if s["kind"] == "retrieval" and any(v is not None for _, v in ranking):
            out.append(bar_chart(f"{name}: retrieval", ranking, 1.0))
        if s["kind"] in ("answer", "counselor", "redteam") and mx.get("check_pass_rate"):
            out.append(bar_chart(f"{name}: pass rate per check",
                                 list(mx["check_pass_rate"].items()), 1.0))
        if mx.get("reflection_share") is not None:
            out.append(bar_chart(f"{name}: MI coding of drafts", [
                ("reflections / (R+Q)", mx.get("reflection_share")),
                ("questions / (R+Q)", mx.get("question_share")),
                ("complex / all reflections", mx.get("pct_complex_reflections")),
            ], 1.0))
    latency = [(f"{s['name']} p50", s["metrics"].get("latency_p50_ms")) for s in data["suites"]]
    latency += [(f"{s['name']} p95", s["metrics"].get("latency_p95_ms")) for s in data["suites"]]
    latency.sort(key=lambda item: item[0])
    out.append(bar_chart("turn latency", latency, unit="_ms"))
    return [c for c in out if c]


# ---------------------------------------------------------------- cases


def _reply_html(reply: dict[str, Any] | None, ranked: list | None, relevance: list | None) -> str:
    if reply is None:
        return '<p class="small">No reply (the turn raised an error).</p>'
    crisis = reply.get("crisis", {})
    parts = [f'<p class="small">screen: <b>{_e(crisis.get("level"))}</b>'
             f'{" (" + _e(", ".join(crisis.get("categories") or [])) + ")" if crisis.get("categories") else ""}'
             f' · card {"shown" if crisis.get("card_shown") else "not shown"}'
             f' · answerer {_e(reply.get("answerer"))}'
             f' · covered {_e(fmt(reply.get("covered")))}'
             + (f' · searched for: “{_e(reply.get("query"))}”' if reply.get("query") else "")
             + "</p>"]
    if reply.get("card_text"):
        parts.append(f'<div class="text crisis-card">{_e(reply["card_text"])}</div>')
    if reply.get("answer"):
        parts.append(f'<div class="text">{_e(reply["answer"])}</div>')
    if reply.get("drafts"):
        rows = "".join(
            f"<tr><td>{_e(d.get('kind'))}</td><td>{_e(d.get('text'))}</td>"
            f"<td>{_e(' '.join(f'[{c}]' for c in d.get('citations') or []))}</td></tr>"
            for d in reply["drafts"])
        parts.append(f"<table><tr><th>draft</th><th>text</th><th>cites</th></tr>{rows}</table>")
    for notice in reply.get("notices") or []:
        parts.append(f'<p class="small">notice: {_e(notice)}</p>')
    if reply.get("sources"):
        rows = "".join(
            f"<tr><td>[{_e(s.get('n'))}]</td><td>{_e(s.get('title'))}<br>"
            f"<span class='small'>{_e(s.get('section'))} · {_e(s.get('doc_id'))}"
            f"[{_e(s.get('start'))}:{_e(s.get('end'))}]</span></td>"
            f"<td>{_e(_clip(s.get('text'), 300))}</td></tr>" for s in reply["sources"])
        parts.append(f"<details><summary>sources shown ({len(reply['sources'])})</summary>"
                     f"<table>{rows}</table></details>")
    if ranked is not None:
        rel = relevance or []
        rows = "".join(
            f"<tr><td>{i}</td><td>{'<span class=ok>relevant</span>' if i <= len(rel) and rel[i - 1] else ''}</td>"
            f"<td>{_e(p.get('doc_id'))}[{_e(p.get('start'))}:{_e(p.get('end'))}]</td>"
            f"<td>{_e(_clip(p.get('text'), 200))}</td></tr>" for i, p in enumerate(ranked, start=1))
        parts.append(f"<details><summary>ranked passages ({len(ranked)})</summary>"
                     f"<table>{rows}</table></details>")
    return "".join(parts)


def _clip(text: Any, n: int) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def case_html(suite_name: str, case: dict[str, Any]) -> str:
    """One case: id and verdict, the message (and history), its checks, and the full reply."""
    badge = ('<span class="badge pass">pass</span>' if case["passed"]
             else '<span class="badge fail">FAIL</span>')
    tags = ", ".join(case.get("tags") or [])
    latency = fmt(case.get("latency_ms"), "latency")
    history = ""
    if case.get("history"):
        turns = "".join(f"<div><b>{_e(t.get('role'))}:</b> {_e(t.get('content'))}</div>"
                        for t in case["history"])
        history = f'<div class="history">earlier in the conversation:{turns}</div>'
    checks = sorted(case.get("checks") or [], key=lambda c: c["passed"])
    rows = "".join(
        f"<tr><td class='{'ok' if c['passed'] else 'no'}'>{'✓' if c['passed'] else '✗'}</td>"
        f"<td>{_e(c['name'])}</td><td>{_e(c.get('detail'))}</td></tr>" for c in checks)
    note = f'<p class="small">{_e(case["note"])}</p>' if case.get("note") else ""
    error = f'<p class="no">error: {_e(case["error"])}</p>' if case.get("error") else ""
    return (
        f'<article class="case" id="{_e(suite_name)}--{_e(case["id"])}"><header>{badge}'
        f'<span class="id">{_e(case["id"])}</span><span class="tags">{_e(suite_name)} · '
        f'{_e(case.get("audience"))} · {_e(tags)} · {_e(latency)}</span></header>{note}{history}'
        f'<div class="msg">{_e(case.get("message"))}</div>{error}'
        f'<table class="checks">{rows}</table>'
        f"{_reply_html(case.get('reply'), case.get('ranked'), case.get('relevance'))}</article>"
    )


# ---------------------------------------------------------------- page


def _suite_card(s: dict[str, Any]) -> str:
    verdict = '<span class="badge pass">PASS</span>' if s["passed"] else '<span class="badge fail">FAIL</span>'
    figures = "".join(
        f'<div class="figure"><div class="v">{_e(fmt(v, n))}</div><div class="k">{_e(n)}</div></div>'
        for n, v in [("passed", f"{s['passed_cases']}/{s['cases']}"), *key_metrics(s)])
    gates = "".join(
        f"<li class='{'ok' if t['passed'] else 'no'}'>{'✓' if t['passed'] else '✗'} "
        f"{_e(_gate_text(t))}</li>" for t in s["thresholds"])
    return (f'<div class="card"><h3>{_e(s["name"])} {verdict}</h3>'
            f'<div class="small">{_e(s["kind"])} · v{_e(s["version"])}</div>'
            f'<div class="figures">{figures}</div><ul class="gates">{gates}</ul></div>')


def _gate_text(t: dict[str, Any]) -> str:
    bounds = " and ".join(b for b in (f">= {fmt(t['min'])}" if t.get("min") is not None else "",
                                      f"<= {fmt(t['max'])}" if t.get("max") is not None else "") if b)
    value = fmt(t.get("value"), t["metric"])
    return f"{t['metric']} {bounds}: {value}" + (f" ({t['note']})" if t.get("note") else "")


def _comparison_html(comp: dict[str, Any]) -> str:
    def rows(key: str) -> str:
        return "".join(f"<tr><td>{_e(r['suite'])}</td><td>{_e(r['metric'])}</td>"
                       f"<td>{_e(fmt(r['old'], r['metric']))} → {_e(fmt(r['new'], r['metric']))}</td></tr>"
                       for r in comp.get(key, []))

    def flips(key: str) -> str:
        return ", ".join(f"{r['suite']} {r['id']}" for r in comp.get(key, [])) or "none"

    return (f"<h2>Compared with the earlier run</h2><p class='small'>{_e(comp.get('old_report'))} "
            f"{_e(comp.get('old_started') or '')}</p>"
            f"<h3 class='no'>Regressed</h3><table>{rows('worse') or '<tr><td>none</td></tr>'}</table>"
            f"<p><b>Now failing:</b> {_e(flips('broken'))}</p>"
            f"<h3 class='ok'>Better</h3><table>{rows('better') or '<tr><td>none</td></tr>'}</table>"
            f"<p><b>Now passing:</b> {_e(flips('fixed'))}</p>"
            f"<p class='small'>cases added: {len(comp.get('added', []))}, "
            f"removed: {len(comp.get('removed', []))}</p>")


def render_html(data: dict[str, Any]) -> str:
    """The whole report page from report.json data."""
    suites = data["suites"]
    total = sum(s["cases"] for s in suites)
    passed = sum(s["passed_cases"] for s in suites)
    verdict = ('<span class="verdict pass">PASS: every gating threshold met</span>' if data["passed"]
               else '<span class="verdict fail">FAIL: a gating threshold was missed</span>')
    meta = (f"started {_e(data.get('started'))} · {_e(fmt(data.get('duration_s')))} s · "
            f"answerer {_e(data.get('answerer') or 'default')} · Alongside {_e(data.get('alongside_version'))}"
            f" · {passed}/{total} cases passed")
    if data.get("tags"):
        meta += f" · only cases tagged {_e(', '.join(data['tags']))}"

    failing = [(s["name"], c) for s in suites for c in s["results"] if not c["passed"]]
    failing_html = "".join(case_html(n, c) for n, c in failing) or "<p>No failing cases.</p>"
    all_html = []
    for s in suites:
        items = sorted(s["results"], key=lambda c: c["passed"])
        inner = "".join(
            f'<details class="one"><summary>{"✓" if c["passed"] else "✗"} '
            f'<span class="id">{_e(c["id"])}</span> <span class="small">{_e(_clip(c.get("message"), 90))}'
            f"</span></summary>{case_html(s['name'], c)}</details>" for c in items)
        about = s.get("description") or ""
        all_html.append(f'<details class="suite"><summary><b>{_e(s["name"])}</b> '
                        f'<span class="small">{s["passed_cases"]}/{s["cases"]} passed · '
                        f'{_e(_clip(about.split(". ")[0], 140))}</span></summary>'
                        f'<p class="small">{_e(about)}</p>{inner}</details>')
    chart_html = "".join(f'<div class="chart">{c}</div>' for c in charts(data))
    comparison = _comparison_html(data["comparison"]) if data.get("comparison") else ""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Alongside eval report</title><style>{CSS}</style></head><body><main>"
        f"<h1>Alongside eval report</h1><p class=\"meta\">{meta}</p>{verdict}"
        f'<h2>Suites</h2><div class="cards">{"".join(_suite_card(s) for s in suites)}</div>'
        f'<h2>Charts</h2><div class="charts">{chart_html}</div>'
        f"{comparison}"
        f'<h2 id="failing">Failing cases ({len(failing)})</h2>{failing_html}'
        f'<h2 id="all">All cases</h2>{"".join(all_html)}'
        "</main></body></html>\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Re-render report.html from a report.json."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m evals.report REPORT.json [OUT.html]", file=sys.stderr)
        return 2
    src = Path(args[0])
    dest = Path(args[1]) if len(args) > 1 else src.with_suffix(".html")
    dest.write_text(render_html(json.loads(src.read_text(encoding="utf-8"))), encoding="utf-8")
    print(dest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
