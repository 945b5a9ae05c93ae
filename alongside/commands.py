"""Registry of the subcommands that live outside cli.py (ask, serve, eval, bench).

Each entry is a `register(subparsers)` function; modules are imported only when the CLI starts,
and each command's heavy imports wait until the command runs.
"""

from __future__ import annotations

import evals.cli
from alongside import ask, bench, web

REGISTRY: list = [ask.register, web.register, evals.cli.add_parser, bench.register]
