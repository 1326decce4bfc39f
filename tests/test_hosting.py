"""The site on the hosts municipalities really have: IIS-like (unknown types 404), one that sends
unusual types as application/octet-stream, one with the documented Content-Security-Policy,
one that compresses nothing, under a subpath, and on a network that stops answering."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from sitebuild.hosts import host
from planlint_browser import BY_ID, READY_MS, check_plan, exercise_url, wait_ready, wait_until_offline_ready
from sitepages import describe, run_axe

from sitebuild import offline, portable

EXERCISE = "pan-karel"


def _context(browser, **options):
    return browser.new_context(locale="cs-CZ", viewport={"width": 1280, "height": 900}, **options)


def _checks_a_plan(page, url):
    page.goto(exercise_url(url, EXERCISE))
    wait_ready(page)
    assert "IP-SEKCE-PRAZDNA" in check_plan(page, BY_ID[EXERCISE].template)
    check_plan(page, BY_ID[EXERCISE].model_answer)
    assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()


@pytest.mark.parametrize("variant", ["iis", "octet", "csp", "plain"])
def test_exercise_works_on_the_host(browser, site_dir, variant):
    with host(site_dir, variant) as served:
        url = served.url
        context = _context(browser)
        page = context.new_page()
        violations = []
        page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
        _checks_a_plan(page, url)
        assert page.locator(".pl-engine").get_attribute("data-boot") == "snapshot"
        context.close()
    assert violations == [], "the documented CSP allows everything the site does"
    if variant == "iis":
        missing = [path for path in served.paths if path.endswith((".mjs", ".wasm", ".snapshot"))]
        assert missing == [], "nothing is asked for under a type IIS does not know"


def test_a_host_that_sends_scripts_as_octet_stream_keeps_the_draft_and_says_so(browser, site_dir):
    """Chromium refuses module scripts without a JavaScript type: the classic draft script still
    saves from the first keystroke, and the widget says in Czech that the checker did not start."""
    with host(site_dir, "octet-all") as served:
        url = served.url
        context = _context(browser, service_workers="block")
        page = context.new_page()
        page.goto(exercise_url(url, EXERCISE))
        engine = page.locator(".pl-engine")
        page.wait_for_selector('.pl-engine[data-state="failed"]')
        assert "nespustila" in engine.inner_text()
        page.get_by_label("Individuální plán").press_sequentially("Paní")
        stored = page.evaluate(f"() => localStorage.getItem('sit-podpory:plan:{EXERCISE}')")
        assert '"text":"Paní"' in stored
        retry = page.get_by_role("button", name="Zkusit znovu")
        page.get_by_label("Individuální plán").focus()
        for _ in range(20):  # the retry button is reachable by keyboard
            page.keyboard.press("Shift+Tab")
            if page.evaluate("() => document.activeElement.classList.contains('pl-retry')"):
                break
        assert page.evaluate("() => document.activeElement.textContent") == "Zkusit znovu"
        assert retry.is_visible()
        # The widget's failure state is what this test is about; the theme's own markup is not
        # styled at all on a host that sends its stylesheets as octet-stream (its hidden search
        # toggle then shows as an unlabelled checkbox).
        violations = run_axe(page, ".pl-exercise")
        assert not violations, describe(violations)
        context.close()


def test_a_csp_that_forbids_webassembly_fails_clearly_instead_of_hanging(browser, site_dir):
    """A CSP without 'wasm-unsafe-eval' forbids WebAssembly: a clear failure at once, not a hang."""
    with host(site_dir, "csp-no-wasm") as served:
        url = served.url
        context = _context(browser, service_workers="block")
        page = context.new_page()
        page.goto(exercise_url(url, EXERCISE))
        page.get_by_label("Individuální plán").fill("Můj plán")
        page.wait_for_selector('.pl-engine[data-state="failed"]', timeout=READY_MS)
        assert "nepodařilo připravit" in page.locator(".pl-engine-text").inner_text()
        assert page.get_by_role("button", name="Zkusit znovu").is_visible()
        context.close()


def test_a_stalled_download_ends_in_the_failure_state(routed_page, site_url):
    page = routed_page
    held = []
    page.clock.install()
    page.route(re.compile(r"pyodide\.asm\.wasm\.gz$"), lambda route: held.append(route))  # never answered
    page.goto(exercise_url(site_url, EXERCISE))
    page.get_by_label("Individuální plán").focus()  # starts the checker at once
    page.wait_for_selector('.pl-engine[data-state="loading"]')
    for _ in range(300):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the checker never asked for Pyodide"
    # Files still arriving re-arm the stall watchdog with each chunk: move time on until only the
    # held download is left and 30 s pass without a byte.
    failed = page.locator('.pl-engine[data-state="failed"]')
    for _ in range(20):
        page.clock.fast_forward(31_000)
        try:
            failed.wait_for(timeout=2000)
            break
        except PlaywrightTimeoutError:
            continue
    assert failed.count() == 1
    assert page.get_by_role("button", name="Zkusit znovu").is_visible()


@contextlib.contextmanager
def _after_one_visit(browser, site_dir, path: str):
    """A plain host and a page of it, once the service worker has cached every page."""
    with host(site_dir, "plain") as served:
        context = _context(browser)
        page = context.new_page()
        page.goto(served.url + path)
        wait_until_offline_ready(page)
        yield served, page
        context.close()


def test_every_page_opens_offline_after_one_visit_to_any_page(browser, site_dir):
    with _after_one_visit(browser, site_dir, "/slovnik/") as (served, page):
        url = served.url
        page.context.set_offline(True)
        failed = []
        for path in offline.pages(site_dir):
            page.goto(f"{url}/{path}")
            if not page.locator("h1").first.inner_text():
                failed.append(path)
        assert failed == []
        assert page.evaluate("() => getComputedStyle(document.body).fontFamily") != ""
        page.goto(url + "/neni-tu/")
        assert "není dostupná bez připojení" in page.locator("h1").inner_text()
        assert page.get_by_role("link", name="úvodní stránku").get_attribute("href")


def test_a_stalled_network_falls_back_to_the_cached_page_in_about_3_s(browser, site_dir):
    with _after_one_visit(browser, site_dir, "/") as (served, page):
        served.stalled.set()  # connections are accepted and never answered
        # A network that never answers would hold the page for ever; the cached copy wins after 3 s
        # (sw.js NETWORK_TIMEOUT_MS), well inside the navigation's own limit.
        page.goto(served.url + "/casework/smart/", timeout=30_000)
        assert page.locator("h1").first.inner_text().startswith("Cíle SMART")


def test_a_private_window_downloads_nothing_twice(browser, site_dir):
    """A fresh Playwright context is a private window: the HTTP cache lives in memory only."""
    with host(site_dir, "plain") as served:
        url = served.url
        context = _context(browser)
        page = context.new_page()
        page.goto(exercise_url(url, EXERCISE))
        wait_ready(page)
        wait_until_offline_ready(page, checker=True)  # filled by the page's own requests
        page.goto(url + "/kazuistiky/pan-karel/")  # a prefetching page, after everything is cached
        page.wait_for_load_state("load")
        # The idle-time prefetch has run (nothing may be fetched again): the page is marked when it is done.
        page.wait_for_selector("html[data-offline-prefetch-done]", state="attached", timeout=60_000)
        context.close()
    # sw.js is asked for again on a later navigation: that is how a new version reaches users.
    # Pages and scripts are asked for again too, but only whether they changed (304, no body).
    paths = [p for p in served.downloads if p != "/sw.js"]
    twice = {path: paths.count(path) for path in set(paths) if paths.count(path) > 1}
    assert twice == {}, twice
    heavy = [p for p in paths if p.endswith(".gz") or "/planlint/" in p]
    assert len(heavy) >= 4


def test_the_exercise_works_under_a_subpath_and_404_keeps_its_styles(browser, site_dir):
    with host(site_dir, "plain", prefix="/obec/sit-podpory") as served:
        url = served.url
        context = _context(browser)
        page = context.new_page()
        _checks_a_plan(page, url)
        scope = page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).scope")
        assert scope == url + "/"
        response = page.goto(url + "/tahle-stranka-neni/")
        assert response.status == 404
        assert page.evaluate("() => [...document.styleSheets].filter((s) => s.cssRules.length).length") >= 2
        context.close()


def test_no_page_links_to_localhost_and_404_has_no_root_absolute_links(site_dir):
    local = re.compile(r'(?:href|src|content|action)="https?://(?:127\.0\.0\.1|localhost)|href="https?://(?:127|localhost)')
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not local.search(html) and "127.0.0.1:8000" not in html, page
        assert '<link rel="canonical"' not in html or "redirect" in html or 'http-equiv="refresh"' in html, page
    assert not re.search(r'(?:href|src)="/(?!/)', (site_dir / "404.html").read_text(encoding="utf-8"))


def test_documented_csp_allows_every_inline_script(site_dir):
    policy = portable.documented_csp()
    assert "'wasm-unsafe-eval'" in policy and "script-src 'self'" in policy
    assert portable.inline_script_hashes(site_dir) <= set(re.findall(r"'[^']+'", policy))


def test_an_unchanged_rebuild_leaves_the_service_worker_as_it_was(site_dir, tmp_path):
    """The snapshot's bytes differ between builds of the same sources; sw.js must not."""
    import shutil

    from sitebuild import pyodide_assets

    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    first = offline.write_service_worker(copy).read_text(encoding="utf-8")
    snapshot = copy / pyodide_assets.snapshot_name()
    snapshot.write_bytes(snapshot.read_bytes()[::-1])
    assert offline.write_service_worker(copy).read_text(encoding="utf-8") == first
    page = copy / "slovnik/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " (nové)</h1>", 1), encoding="utf-8")
    assert offline.write_service_worker(copy).read_text(encoding="utf-8") != first, "a changed page is a new version"


def test_a_new_deploy_reaches_a_returning_visitor_on_the_first_visit(browser, site_dir, tmp_path):
    """A host that sends no Cache-Control leaves freshness to the browser's guess; the service
    worker must not serve yesterday's page or script from the HTTP cache after a deploy."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)  # keeps the files' dates: the browser guesses them fresh
    with host(copy, "plain") as served:
        context = _context(browser)
        page = context.new_page()
        page.goto(served.url + "/slovnik/")
        wait_until_offline_ready(page)
        old_sw = (copy / "sw.js").read_text(encoding="utf-8")

        deployed = time.time() + 60
        glossary = copy / "slovnik/index.html"
        glossary.write_text(glossary.read_text(encoding="utf-8").replace("</h1>", " (nové vydání)</h1>", 1), encoding="utf-8")
        script = copy / "assets/javascripts/offline.js"
        script.write_text(script.read_text(encoding="utf-8") + '\ndocument.documentElement.dataset.deploy = "nové";\n', encoding="utf-8")
        for path in (glossary, script):
            os.utime(path, (deployed, deployed))
        assert offline.write_service_worker(copy).read_text(encoding="utf-8") != old_sw

        page.goto(served.url + "/slovnik/")
        assert page.locator("h1").first.inner_text().endswith("(nové vydání)")
        page.wait_for_function("() => document.documentElement.dataset.deploy === 'nové'")
        context.close()


def test_pages_from_the_offline_cache_carry_the_hosts_csp(browser, site_dir):
    with host(site_dir, "csp") as served:
        context = _context(browser)
        page = context.new_page()
        page.goto(served.url + "/slovnik/")
        wait_until_offline_ready(page)
        context.set_offline(True)
        inline_runs = """() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineRan = true";
            document.head.append(script);
            return window.inlineRan === true;
        }"""
        # The visited page (stored as the host sent it), one from the bundle, the offline page.
        for path in ("/slovnik/", "/casework/smart/", "/neni-tu/"):
            response = page.goto(served.url + path)
            assert response.header_value("content-security-policy") == portable.documented_csp(), path
            assert page.evaluate(inline_runs) is False, f"{path}: an inline script without its hash ran"
        context.close()
