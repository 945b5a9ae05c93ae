"""Render an eval report.html to a PNG in headless Chromium (for the screenshot in docs/).

    python -m evals.screenshot reports/X/report.html docs/eval-report.png [--width 1200] [--height 0]

Uses the system Chromium (`/usr/bin/chromium` unless `--chromium` says otherwise) through
Playwright; nothing is downloaded. The page is opened from disk and no network is used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def screenshot(html: Path | str, png: Path | str, width: int = 1200, height: int = 0,
               chromium: str = DEFAULT_CHROMIUM) -> Path:
    """Save a PNG of `html`: the full page, or only the top `height` pixels when height > 0."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # a dev dependency
        raise SystemExit("playwright is not installed: pip install -e '.[dev]'") from None
    html, png = Path(html).resolve(), Path(png)
    if not html.is_file():
        raise SystemExit(f"no report at {html}")
    png.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height or 900})
            page.route("http*://**", lambda route: route.abort())  # a report never needs the network
            page.goto(html.as_uri())
            page.screenshot(path=str(png), full_page=height <= 0)
        finally:
            browser.close()
    return png


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.screenshot", description=__doc__.split("\n")[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=0, help="crop to this height (0: full page)")
    parser.add_argument("--chromium", default=DEFAULT_CHROMIUM)
    args = parser.parse_args(argv)
    print(screenshot(args.html, args.png, args.width, args.height, args.chromium))
    return 0


if __name__ == "__main__":
    sys.exit(main())
