"""Screenshot a page written by ``kg.network.html`` with headless Chromium (for the README).

    python scripts/screenshot_html.py out/network.html docs/images/network-html.png
    python scripts/screenshot_html.py out/network.html docs/images/network-html-tooltip.png --tooltip Turkey

``--tooltip NAME`` finds the entity NAME with the page's search box and opens the evidence of one of its edges
(``--edge N``, counted from 1 in the panel's list). Needs Playwright for Python (``pip install playwright``) and
a Chromium (Debian: ``apt-get install chromium``; ``scripts/install_browser.sh`` does it); the browser is given
by ``--browser`` or found on the PATH. Every request that is not ``file:`` or ``data:`` is blocked and reported.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    """The first Chromium-like browser on the PATH."""
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def screenshot(page_path: Path, output: Path, *, width: int = 1400, height: int = 900, tooltip: str | None = None,
               edge: int = 1, browser: str | None = None, scale: float = 1.0) -> list[str]:
    """Write the screenshot; returns the problems seen (console errors, page errors, outside requests)."""
    from playwright.sync_api import sync_playwright

    executable = browser or find_browser()
    if executable is None:
        raise SystemExit("no Chromium found: install one (scripts/install_browser.sh) or pass --browser")
    problems: list[str] = []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            page = chromium.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale)
            page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))

            def guard(route):
                if route.request.url.startswith(("file:", "data:")):
                    route.continue_()
                else:
                    problems.append(f"request: {route.request.url}")
                    route.abort()

            page.route("**/*", guard)
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector("html[data-kg-drawn]")
            if tooltip:
                page.fill("#kg-search", tooltip)
                page.wait_for_selector("#kg-details:not([hidden]) li button")
                page.wait_for_timeout(500)  # the view glides to the entity
                page.locator("#kg-details li button").nth(edge - 1).click()
                page.wait_for_selector("#kg-tooltip:not([hidden])")
                page.locator("#kg-search").blur()
            page.wait_for_timeout(300)
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output))
        finally:
            chromium.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path, help="the HTML page (written by kg.network.html.write_html)")
    parser.add_argument("output", type=Path, help="the PNG to write")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 for a sharper picture)")
    parser.add_argument("--tooltip", metavar="NAME", help="open the evidence of an edge of this entity")
    parser.add_argument("--edge", type=int, default=1, help="which of the entity's edges (from 1)")
    parser.add_argument("--browser", help="the Chromium executable (default: found on the PATH)")
    args = parser.parse_args(argv)
    problems = screenshot(args.page, args.output, width=args.width, height=args.height, tooltip=args.tooltip,
                          edge=args.edge, browser=args.browser, scale=args.scale)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(args.output)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
