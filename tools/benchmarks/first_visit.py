"""First visit of an exercise page from a host that compresses nothing, in headless Chromium:

- bytes the host sent until the checker is ready and every page is cached for offline use, in a
  private window (a fresh Playwright context: memory-only HTTP cache) and a normal one (a
  persistent profile with a disk cache), against a bare `loadPyodide()` of the unmodified npm
  package from the same kind of host (target: <= 14 MB, nothing downloaded twice);
- page load -> first finished check (clicking at once) against bare `loadPyodide()`, on
  localhost and on a shared 20 Mbit/s link with 40 ms latency (target <= 1.2x).

The link is simulated by the server (tools/sitebuild/hosts.py), not by DevTools' network
emulation: DevTools throttles a page's requests but not those of its workers, where Pyodide's
downloads happen, so the emulation would flatter the checker.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .exercise_timing import BARE_LOAD, EXERCISE, first_check_ms

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
RUNS = 3
LINK = {"mbit_per_s": 20, "latency_ms": 40}

EVERY_PAGE_CACHED = """async (count) => {
  for (const name of await caches.keys()) {
    const keys = await (await caches.open(name)).keys();
    if (keys.filter((r) => r.url.endsWith("/") || r.url.endsWith(".html")).length >= count) return true;
  }
  return false;
}"""

def _visit_exercise(context, url: str, pages: int) -> None:
    page = context.new_page()
    page.goto(f"{url}/cviceni/{EXERCISE}/")
    page.wait_for_selector('.pl-engine[data-state="ready"]', timeout=300_000)
    page.wait_for_function(EVERY_PAGE_CACHED, arg=pages, timeout=300_000, polling=500)
    page.wait_for_load_state("networkidle")


def first_visit_bytes(playwright, browser, private: bool) -> tuple[int, int, int]:
    """(bytes, requests, URLs requested more than once) for one first visit."""
    from sitebuild.hosts import host
    from sitebuild.offline import pages

    with host(SITE, "plain") as served:
        if private:
            context = browser.new_context()
            _visit_exercise(context, served.url, len(pages()))
            context.close()
        else:
            with tempfile.TemporaryDirectory() as profile:
                context = playwright.chromium.launch_persistent_context(
                    profile, executable_path=CHROMIUM, headless=True, args=ARGS
                )
                _visit_exercise(context, served.url, len(pages()))
                context.close()
        # A page or script the service worker only revalidates (304, no body) is not downloaded twice.
        repeated = sum(1 for path, n in Counter(served.downloads).items() if n > 1 and path != "/sw.js")
        return served.bytes_sent, len(served.paths), repeated


def bare_pyodide(browser, link: dict) -> tuple[float, int]:
    """(ms, bytes) for loadPyodide() of the npm package as it is, served the same way."""
    from sitebuild.hosts import host
    from sitebuild.pyodide_assets import PYODIDE_SRC

    with host(PYODIDE_SRC, "plain", **link) as served:
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        page.goto(f"{served.url}/package.json")
        elapsed = page.evaluate(BARE_LOAD)
        context.close()
        return elapsed, served.bytes_sent


def first_check(browser, plan: str, link: dict) -> float:
    """Navigation start -> first result on a first visit (service worker allowed, as for a trainee)."""
    from sitebuild.hosts import host

    with host(SITE, "plain", **link) as served:
        return first_check_ms(browser, served.url, plan, service_workers="allow")


def main() -> None:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tools"))
    from planlint.exercises import load

    if not (SITE / "cviceni" / EXERCISE / "index.html").exists():
        print("site/ is not built: run ./dev bench (it builds first)")
        return
    plan = load(EXERCISE, ROOT / "exercises").model_answer
    mb = 1_000_000
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        private = first_visit_bytes(playwright, browser, private=True)
        normal = first_visit_bytes(playwright, browser, private=False)
        _, bare_bytes = bare_pyodide(browser, {})
        print(f"first visit of cviceni/{EXERCISE}/ from a host that compresses nothing (checker ready, every page cached):")
        for name, (sent, requests, repeated) in (("private window", private), ("normal window", normal)):
            print(
                f"  {name + ':':16} {sent / mb:6.2f} MB ({sent} bytes) in {requests} requests, "
                f"{repeated} URLs fetched twice   (target <= 14 MB, none twice)"
            )
        print(f"  bare loadPyodide(): {bare_bytes / mb:6.2f} MB ({bare_bytes} bytes; the npm package as it is)")
        for label, link in (("localhost", {}), ("20 Mbit/s, 40 ms", LINK)):
            bare = statistics.median(bare_pyodide(browser, link)[0] for _ in range(RUNS))
            ours = statistics.median(first_check(browser, plan, link) for _ in range(RUNS))
            print(
                f"cold, {label + ':':18} bare loadPyodide() {bare:6.0f} ms, page load -> first check {ours:6.0f} ms"
                f" = {ours / bare:.2f}x   (median of {RUNS}; target <= 1.2x)"
            )
        browser.close()
