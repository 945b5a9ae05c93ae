"""Registry of the subcommands that live outside cli.py (ask, serve, eval, bench)."""

from __future__ import annotations

REGISTRY: list = []
