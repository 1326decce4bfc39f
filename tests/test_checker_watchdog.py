"""A check that never ends, or that breaks Pyodide, is stopped in headless Chromium: a Czech
message in the feedback area, the plan untouched, and the next check works without a reload.

The misbehaving checks come from a test double of the worker: the test serves the real
worker.js with a few lines in front (page.route), so nothing of it ships to users."""

from __future__ import annotations

import re

import pytest
from planlint_browser import BY_ID, ROOT, check_plan, exercise_url, wait_ready
from sitepages import describe, run_axe

EXERCISE = "pan-karel"
WORKER = re.compile(r"/planlint/worker\.js$")
CHECK_LIMIT_MS = int(
    re.search(
        r"CHECK_LIMIT_MS = (\d+);", (ROOT / "docs/assets/javascripts/planlint/checker.js").read_text(encoding="utf-8")
    ).group(1)
)
MARKER = "PLÁN, KTERÝ KONTROLU ZASTAVÍ"

# Listeners added before the worker's own run first: each double acts on a check of MARKER only.
DOUBLES = {
    # Busy for good, as a check in quadratic time over a large plan would be.
    "endless": """self.addEventListener("message", (event) => {
        if (event.data.type === "check" && event.data.text.includes(MARKER)) for (;;) {}
    });""",
    # Pyodide fails fatally inside the worker's call into Python (the error planlint's deep nesting gave).
    "fatal": """const realParse = JSON.parse;
    let breakNext = false;
    self.addEventListener("message", (event) => {
        breakNext = event.data.type === "check" && event.data.text.includes(MARKER);
    });
    JSON.parse = (...args) => {
        if (breakNext) {
            breakNext = false;
            throw new RangeError("Maximum call stack size exceeded");
        }
        return realParse(...args);
    };""",
    # An error nothing in the worker catches.
    "uncaught": """self.addEventListener("message", (event) => {
        if (event.data.type !== "check" || !event.data.text.includes(MARKER)) return;
        event.stopImmediatePropagation();
        throw new RangeError("Maximum call stack size exceeded");
    });""",
}


def serve_worker_double(page, double: str) -> None:
    prefix = f"const MARKER = {MARKER!r};\n{DOUBLES[double]}\n"

    def handle(route):
        response = route.fetch()
        route.fulfill(response=response, body=prefix + response.text())

    page.route(WORKER, handle)


def start_a_check_that_misbehaves(page, site_url: str, double: str) -> str:
    serve_worker_double(page, double)
    page.clock.install()
    page.goto(exercise_url(site_url, EXERCISE))
    wait_ready(page)
    plan = BY_ID[EXERCISE].model_answer + f"\n\n{MARKER}\n"
    page.get_by_label("Individuální plán").fill(plan)
    # The click starts the check, and the checker's timer for it, before it returns.
    page.get_by_role("button", name="Zkontrolovat plán").click()
    return plan


@pytest.mark.parametrize("double", ["endless", "fatal", "uncaught"])
def test_a_check_that_stalls_or_breaks_is_stopped_and_the_next_one_works(routed_page, site_url, double):
    page = routed_page
    plan = start_a_check_that_misbehaves(page, site_url, double)
    if double == "endless":
        page.clock.fast_forward(CHECK_LIMIT_MS + 1000)
    page.wait_for_selector('.pl-exercise[data-state="stopped"]')
    message = page.locator(".pl-result").inner_text()
    expected = "trvala příliš dlouho" if double == "endless" else "nečekaně zastavila"
    assert expected in message and "Váš text zůstal" in message
    assert "Maximum" not in message and "JSON" not in message
    assert page.get_by_label("Individuální plán").input_value() == plan
    page.emulate_media(reduced_motion="reduce")
    violations = run_axe(page, ".pl-exercise")
    assert not violations, describe(violations)

    # A new worker, from the same snapshot, without a reload.
    wait_ready(page)
    assert page.locator(".pl-engine").get_attribute("data-boot") == "snapshot"
    check_plan(page, BY_ID[EXERCISE].model_answer)
    assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()
