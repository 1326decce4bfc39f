"""Shared fixtures: the built site, a localhost server for it, and Debian's headless Chromium.

The site is the production build (MkDocs + Material, site/). Tests marked `both_builds` run a
second time against the Zensical build (site-zensical/, ./dev build-zensical); a known
difference there is marked at the test: @pytest.mark.both_builds(zensical_xfail="why").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from sitebuild.serve import running  # noqa: E402

BUILDS = {"mkdocs": ROOT / "site", "zensical": ROOT / "site-zensical"}
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


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_builds(zensical_xfail=None): run against the Zensical build too (site-zensical/)"
    )


def pytest_generate_tests(metafunc):
    marker = metafunc.definition.get_closest_marker("both_builds")
    if marker is None or "build" not in metafunc.fixturenames:
        return
    reason = marker.kwargs.get("zensical_xfail")
    zensical = pytest.param("zensical", marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else "zensical"
    metafunc.parametrize("build", ["mkdocs", zensical], indirect=True, scope="session")


@pytest.fixture(scope="session")
def build(request) -> str:
    """Which build the test looks at: "mkdocs" (production) unless parametrised by both_builds."""
    return getattr(request, "param", "mkdocs")


@pytest.fixture(scope="session")
def site_dir(build) -> Path:
    site = BUILDS[build]
    if not (site / "index.html").exists():
        pytest.fail(f"{site.name}/ is not built: run the tests through ./dev test")
    return site


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
