"""`alongside ask`: one question, or a JSONL batch, answered by the same turn the app uses."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from alongside.errors import AlongsideError


def register(sub) -> None:
    p = sub.add_parser("ask", help="answer a question (or a JSONL batch) from the guidance")
    p.add_argument("question", nargs="?", help="the question or client statement")
    p.add_argument("--audience", choices=["family", "counselor"], default="family")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--batch", type=Path, metavar="FILE.jsonl",
                   help='one {"id", "message", "audience"} per line; prints one JSON object per line')
    p.add_argument("--answerer", choices=["extractive", "llm"], help="override the configured answerer")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    if bool(args.question) == bool(args.batch):
        raise AlongsideError("give a QUESTION or --batch FILE.jsonl (not both)")
    cases = _read_batch(args.batch) if args.batch else None

    from alongside.turn import Assistant

    assistant = Assistant.load(settings)  # the model loads once for the whole batch
    if cases is None:
        reply = assistant.turn(args.question, audience=args.audience, answerer=args.answerer)
        if args.json:
            print(json.dumps(reply.to_json(), ensure_ascii=False))
        else:
            print(render_reply(reply))
        return 0
    for case_id, message, audience in cases:
        reply = assistant.turn(message, audience=audience, answerer=args.answerer)
        print(json.dumps(reply.to_json(case_id), ensure_ascii=False), flush=True)
    return 0


def _read_batch(path: Path) -> list[tuple[object, str, str]]:
    """Validate the whole file before answering anything, naming the line of any problem."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AlongsideError(f"cannot read {path}: {exc}") from None
    cases = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise AlongsideError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("message"), str):
            raise AlongsideError(f'{path}:{number}: each line needs a "message" string')
        audience = item.get("audience", "family")
        if audience not in ("family", "counselor"):
            raise AlongsideError(f'{path}:{number}: "audience" must be family or counselor')
        cases.append((item.get("id", number), item["message"], audience))
    return cases


def render_reply(reply) -> str:
    """The reply for a terminal: card first, then the answer, drafts and numbered sources."""
    parts = []
    if reply.card is not None:
        parts.append(reply.card.to_text())
    if reply.answer:
        parts.append(reply.answer)
    parts.extend(f"note: {n}" for n in reply.notices)
    if reply.query:
        parts.append(f"searched for: {reply.query}")
    for s in reply.sources:
        parts.append(f"[{s.n}] {s.title} ({s.publisher}) - {s.section_label}")
    parts.append(f"answered by: {reply.answerer}")
    return "\n\n".join(parts)


