"""`alongside eval SUITE [SUITE ...]`: run eval suites through the assistant and write a report.

Exit status: 0 when every gating threshold is met, 1 when one is missed (or a suite is malformed:
that error reaches the CLI edge as a `SuiteError` before anything runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from alongside.errors import AlongsideError, ConfigError
from evals.suite import Suite, load_suites


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `eval` command to an argparse subparsers object and return its parser."""
    parser = subparsers.add_parser(
        "eval",
        help="run eval suites and write a report",
        description="Run scripted eval suites through the same turn the UI uses, print a summary, "
        "and write report.json and report.html. Exits 1 when a gating threshold is missed.",
    )
    add_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("suites", nargs="+", metavar="SUITE",
                        help="a suite name (crisis.dev.v1, found in evals/) or a path to a suite YAML")
    parser.add_argument("--report", metavar="DIR", type=Path, default=None,
                        help="folder for report.json and report.html (default: reports/<timestamp>)")
    parser.add_argument("--tag", metavar="T", action="append", default=[],
                        help="run only cases with this tag; repeat for several")
    parser.add_argument("--answerer", choices=("extractive", "llm"), default=None,
                        help="which answerer to evaluate (default: the configured one)")
    parser.add_argument("--compare", metavar="OLD.json", type=Path, default=None,
                        help="an earlier report.json: list what got better and what regressed")
    parser.add_argument("--no-progress", action="store_true",
                        help="hide the progress bar (it only shows on a terminal anyway)")


def default_report_dir(now: dt.datetime | None = None) -> Path:
    """reports/<timestamp> under the current folder."""
    now = now or dt.datetime.now()
    return Path("reports") / now.strftime("%Y%m%d-%H%M%S")


def corpus_lookup(paths: Iterable[Path]) -> Callable[[str], str | None]:
    """Document id -> clean text for the corpus files, to locate expected quotes as spans."""
    from ingest.loaders import SkipFile, discover, load_document

    texts: dict[str, str] = {}
    for path in discover(list(paths)):
        try:
            doc = load_document(path)
        except SkipFile:
            continue  # ingest reports unusable files; a quote in one shows up as not found
        texts[doc.doc_id] = doc.text
    return texts.get


def run(args: argparse.Namespace, settings: Any) -> int:
    """Run the `eval` command; returns the exit status.

    Raises:
        SuiteError: a suite is malformed or expects a passage the corpus does not have.
        ConfigError: `--answerer llm` without a configured chat model.
    """
    suites: list[Suite] = load_suites(args.suites)  # before the model loads: fail fast
    if args.compare is not None and not Path(args.compare).is_file():
        raise ConfigError(f"no report to compare with at {args.compare}")
    if args.answerer == "llm" and not settings.llm_enabled:
        raise ConfigError("--answerer llm needs a chat model: set ALONGSIDE_MODEL "
                          "(and OPENAI_BASE_URL / OPENAI_API_KEY for the endpoint)")

    doc_text = None
    if any("sources" in c.expect for s in suites for c in s.cases):
        doc_text = corpus_lookup(settings.corpus_paths)

    from alongside.turn import Assistant

    assistant = Assistant.load(settings)
    from evals.runner import run_suites

    report = run_suites(
        suites,
        assistant,
        args.report or default_report_dir(),
        tags=args.tag,
        answerer=args.answerer,
        progress=not args.no_progress and sys.stderr.isatty(),
        doc_text=doc_text,
        compare=args.compare,
    )
    return report.exit_code


def main(argv: list[str] | None = None) -> int:
    """`python -m evals.cli SUITE ...`: the same command without the rest of the CLI."""
    parser = argparse.ArgumentParser(prog="python -m evals.cli")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        from alongside.settings import load_settings

        return run(args, load_settings())
    except AlongsideError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
