"""Service worker: after one visit, the exercises start from the cache and work with the network off."""

from __future__ import annotations

import pytest

from planlint_browser import BY_ID, READY_MS, check_plan, exercise_url, wait_ready, wait_until_offline_ready
from sitebuild.exercise_pages import DRILL_PAGE


def wait_for_service_worker(page):
    """Wait until the service worker controls the page."""
    page.wait_for_function(
        "() => navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'",
        timeout=READY_MS,
        polling=250,
    )


@pytest.mark.both_builds
def test_exercise_works_offline_on_a_second_visit(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-karel"))
    wait_ready(page)
    wait_for_service_worker(page)
    scope = page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).scope")
    assert scope == site_url + "/", "the service worker covers the whole site"
    wait_until_offline_ready(page, checker=True)

    page.context.set_offline(True)
    page.goto(exercise_url(site_url, "pan-josef"))  # another exercise, never visited
    rules = check_plan(page, BY_ID["pan-josef"].template)
    assert "IP-SEKCE-PRAZDNA" in rules
    link = page.locator('.pl-result [data-rule="IP-SEKCE-PRAZDNA"] a').first
    link.click()
    assert page.locator("h1").first.inner_text().startswith("Individuální plán")

    page.goto(f"{site_url}/cviceni/{DRILL_PAGE}/")
    wait_ready(page)
    item = page.locator(".pl-drill-item").first
    item.get_by_role("textbox").fill("Zlepšit bydlení.")
    item.locator('.pl-drill-result li[data-letter="S"]').wait_for(timeout=READY_MS)
    page.context.set_offline(False)


def test_second_visit_loads_the_checker_from_the_cache(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    wait_ready(page)
    wait_for_service_worker(page)
    served = []
    page.on("response", lambda response: served.append((response.url, response.from_service_worker)))
    page.reload()
    wait_ready(page)
    heavy = [(url, sw) for url, sw in served if "/assets/pyodide/" in url or "/assets/planlint/" in url]
    assert heavy and all(sw for _, sw in heavy), heavy
