"""Shared fixtures: the built site, a localhost server for it, and Debian's headless Chromium."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from sitebuild.serve import running  # noqa: E402

SITE = ROOT / "site"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run the tests through ./dev test")
    return SITE


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    with running(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # Without the service worker: page.route() must see every request (Playwright cannot route
    # what a service worker answers).
    context = browser.new_context(locale="cs-CZ", service_workers="block")
    page = context.new_page()
    yield page
    context.close()


class RequestLog:
    """Every request the browser context makes (pages, workers, service worker)."""

    def __init__(self, context, site_url: str) -> None:
        self.site_url = site_url
        self.urls: list[str] = []
        context.on("request", lambda request: self.urls.append(request.url))

    def foreign(self) -> list[str]:
        local = (self.site_url + "/", "data:", "blob:")
        return [url for url in self.urls if not url.startswith(local)]


def _local_page(browser, site_url, service_workers: str):
    context = browser.new_context(
        locale="cs-CZ", viewport={"width": 1280, "height": 900}, service_workers=service_workers
    )
    log = RequestLog(context, site_url)
    page = context.new_page()
    page.request_log = log
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: print(f"console.{message.type}: {message.text}"))  # shown on failure
    yield page
    context.close()
    assert log.urls, "the page made no request at all"
    assert log.foreign() == [], "requests left the local site"
    assert errors == [], f"JavaScript errors on the page: {errors}"


@pytest.fixture
def local_page(browser, site_url):
    """A fresh page whose test fails if anything is requested from outside the local site."""
    yield from _local_page(browser, site_url, "allow")


@pytest.fixture
def routed_page(browser, site_url):
    """The same without the service worker, for tests that hold or fake responses with page.route()."""
    yield from _local_page(browser, site_url, "block")
