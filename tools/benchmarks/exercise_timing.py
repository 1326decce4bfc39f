"""Exercise pages in headless Chromium (Debian's /usr/bin/chromium) against the built site/:

- bare `loadPyodide()` vs. page load → first finished check when the trainee clicks at once
  (target ≤ 1.2×), with the build's memory snapshot and, for comparison, without it (the
  fallback when a snapshot cannot be used);
- click → feedback on a page that has been open for 5 s (target ≤ 150 ms);
- a second visit, served by the service worker: page load → checker ready;
- bytes transferred by a content page (no Pyodide there) and by an exercise page.

Every run uses a fresh browser context (cold HTTP cache, no service worker) unless it says so.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
RUNS = 3
EXERCISE = "rodina-aleny"
CONTENT_PAGE = "casework/individualni-plan/"

# Records when the first check result arrives (capture phase: the widget's event does not bubble).
FIRST_RESULT = """
window.__plFirstResult = null;
document.addEventListener("planlint:result", () => {
  if (window.__plFirstResult === null) window.__plFirstResult = performance.now();
}, true);
"""

BARE_LOAD = """async () => {
  const started = performance.now();
  const { loadPyodide } = await import("./pyodide.mjs");
  await loadPyodide({ indexURL: new URL("./", location.href).href, packages: [] });
  return performance.now() - started;
}"""

CLICK_TO_FEEDBACK = """async () => {
  const root = document.querySelector(".pl-exercise");
  const done = new Promise((resolve) => root.addEventListener("planlint:result", resolve, { once: true }));
  const started = performance.now();
  root.querySelector('[data-action="check"]').click();
  await done;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));  // until it is painted
  return performance.now() - started;
}"""


def served_site():
    sys.path.insert(0, str(ROOT / "tools"))
    from sitebuild.serve import running

    return running(SITE)


def _model_answer() -> str:
    from planlint.exercises import load

    return load(EXERCISE, ROOT / "exercises").model_answer


def bare_load_ms(browser) -> float:
    """loadPyodide() of the npm package as it is, served by the same server as the site."""
    from sitebuild.pyodide_assets import PYODIDE_SRC
    from sitebuild.serve import running

    with running(PYODIDE_SRC) as url:
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        page.goto(f"{url}/package.json")
        elapsed = page.evaluate(BARE_LOAD)
        context.close()
    return elapsed


def first_check_ms(browser, url: str, plan: str, snapshot: bool = True, service_workers: str = "block") -> float:
    """Navigation start → first result, clicking as soon as the widget answers clicks."""
    context = browser.new_context(service_workers=service_workers)
    if not snapshot:
        context.route(re.compile(r"planlint-[0-9a-f]+\.snapshot\.gz$"), lambda route: route.fulfill(status=404))
    page = context.new_page()
    page.add_init_script(FIRST_RESULT)
    page.goto(f"{url}/cviceni/{EXERCISE}/", wait_until="commit")
    page.wait_for_selector('.pl-exercise[data-ready="true"]', state="attached", timeout=300_000)
    page.locator("#pl-plan").fill(plan)
    page.locator('[data-action="check"]').click()
    page.wait_for_function("() => window.__plFirstResult !== null", timeout=300_000)
    elapsed = page.evaluate("() => window.__plFirstResult")
    context.close()
    return elapsed


def warm_clicks_ms(browser, url: str, plan: str, clicks: int = 7) -> list[float]:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(f"{url}/cviceni/{EXERCISE}/")
    page.locator("#pl-plan").fill(plan)
    page.wait_for_timeout(5000)
    times = [page.evaluate(CLICK_TO_FEEDBACK) for _ in range(clicks)]
    context.close()
    return times


def second_visit_ready_ms(browser, url: str) -> tuple[float, float]:
    """(first visit, second visit) page load → checker ready; the second one through the service worker."""
    context = browser.new_context()
    page = context.new_page()
    results = []
    for _ in range(2):
        page.goto(f"{url}/cviceni/{EXERCISE}/")
        page.wait_for_selector('.pl-engine[data-state="ready"]', timeout=120_000)
        results.append(page.evaluate("() => performance.now()"))
        page.wait_for_function(
            "() => navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'",
            timeout=120_000,
        )
    context.close()
    return results[0], results[1]


def transferred_bytes(browser, url: str, path: str, settle_ms: int) -> tuple[int, int]:
    """(bytes over the wire, requests) for one page visit, the checker's worker included."""
    context = browser.new_context(service_workers="block")
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(f"{url}/{path}", wait_until="networkidle")
    page.wait_for_timeout(settle_ms)
    total = 0
    for request in finished:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"] + sizes["requestHeadersSize"]
    context.close()
    return total, len(finished)


def main() -> None:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tools"))

    if not (SITE / "cviceni" / EXERCISE / "index.html").exists():
        print("site/ is not built: run ./dev bench (it builds first)")
        return
    plan = _model_answer()
    with served_site() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        bare = statistics.median(bare_load_ms(browser) for _ in range(RUNS))
        first = statistics.median(first_check_ms(browser, url, plan) for _ in range(RUNS))
        fallback = statistics.median(first_check_ms(browser, url, plan, snapshot=False) for _ in range(RUNS))
        clicks = warm_clicks_ms(browser, url, plan)
        cold_ready, warm_ready = second_visit_ready_ms(browser, url)
        content_bytes, content_requests = transferred_bytes(browser, url, CONTENT_PAGE, 1000)
        exercise_bytes, exercise_requests = transferred_bytes(browser, url, f"cviceni/{EXERCISE}/", 8000)
        browser.close()

    print(f"bare loadPyodide():                          {bare:7.0f} ms (median of {RUNS}, cold cache)")
    print(f"page load -> first check (click at once):    {first:7.0f} ms = {first / bare:.2f}x bare   (target <= 1.2x)")
    print(f"  the same without the memory snapshot:      {fallback:7.0f} ms = {fallback / bare:.2f}x bare")
    print(
        f"click -> feedback, page open 5 s:            {statistics.median(clicks):7.0f} ms median, "
        f"{max(clicks):.0f} ms max of {len(clicks)}   (target <= 150 ms)"
    )
    print(f"page load -> checker ready, first visit:     {cold_ready:7.0f} ms")
    print(f"page load -> checker ready, second visit:    {warm_ready:7.0f} ms (service worker cache)")
    print(f"content page {CONTENT_PAGE}: {content_bytes / 1024:9.0f} KiB in {content_requests} requests (no Pyodide)")
    print(f"exercise page cviceni/{EXERCISE}/:      {exercise_bytes / 1024:9.0f} KiB in {exercise_requests} requests (Pyodide + checker)")
