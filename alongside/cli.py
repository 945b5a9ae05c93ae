"""The `alongside` command: ingest, ask, serve, eval, bench. Errors become one clear line here."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from alongside.errors import AlongsideError

EXIT_SKIPPED = 2  # ingest finished, but some files were skipped


def _setup_logging(verbose: bool) -> None:
    # Only Alongside's own warnings by default; message text is never logged at any level.
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="alongside: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("chromadb", "httpx", "sentence_transformers", "transformers", "urllib3", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def cmd_ingest(args: argparse.Namespace, settings) -> int:
    from ingest.pipeline import ingest

    summary = ingest(
        settings,
        [Path(p) for p in args.paths] or None,
        prune=args.prune,
        rebuild=args.rebuild,
        progress=not args.quiet and sys.stderr.isatty() or args.progress,
    )
    if args.json:
        print(json.dumps(summary.to_json(), indent=2))
    else:
        print(summary.render())
    return EXIT_SKIPPED if summary.skipped else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alongside",
        description="A grounded assistant for families and counselors when someone refuses treatment.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging (never message text)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="index documents (default: the bundled corpus)")
    p.add_argument("paths", nargs="*", help="files or folders (Markdown, text, HTML, PDF)")
    p.add_argument("--prune", action="store_true", help="remove documents no longer under PATHS")
    p.add_argument("--rebuild", action="store_true", help="drop the index and build it again")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--progress", action="store_true", help="progress bar even when not a terminal")
    p.set_defaults(func=cmd_ingest)

    for register in _optional_commands():
        register(sub)
    return parser


def _optional_commands():
    """Commands living in their own modules register their parsers here."""
    from alongside import commands

    return commands.REGISTRY


def main(argv: list[str] | None = None) -> int:
    from alongside.settings import load_settings

    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    try:
        settings = load_settings()
        return int(args.func(args, settings) or 0)
    except AlongsideError as exc:
        print(f"alongside: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("alongside: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
