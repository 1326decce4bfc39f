"""Privacy and offline use: pages ask no other host for anything and set no cookies."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sitepages import GUIDES, page_urls, search, wait_until

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
CONTENT_PAGE_BUDGET = 300 * 1024  # bytes transferred for a content page


def test_no_page_requests_another_host(browser, site_url, site_dir):
    context = browser.new_context(locale="cs-CZ")
    foreign: list[str] = []

    def route(route, request):
        if urlsplit(request.url).scheme in ("http", "https", "ws", "wss") and urlsplit(request.url).hostname not in LOCAL_HOSTS:
            foreign.append(f"{request.url} (from {request.frame.url if request.frame else '?'})")
            return route.abort()
        return route.continue_()

    context.route("**/*", route)
    page = context.new_page()
    try:
        for url in page_urls(site_dir):
            page.goto(site_url + url)
            page.wait_for_load_state("networkidle")
        # Search, print preview and the exercise engine load things lazily: exercise them too.
        page.goto(site_url + "/")
        search(page, "konference")
        page.emulate_media(media="print")
        page.goto(site_url + "/" + GUIDES[0])
        page.wait_for_load_state("networkidle")
        assert not context.cookies(), context.cookies()
    finally:
        context.close()
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign)


def test_no_cookies_after_visiting_pages(browser, site_url, site_dir):
    context = browser.new_context(locale="cs-CZ")
    page = context.new_page()
    try:
        for url in page_urls(site_dir)[:15] + ["/pro-obce/letak/"]:
            page.goto(site_url + url)
        page.fill("#sp-leaflet-office", "Městský úřad Příkladov")
        assert context.cookies() == []
        assert page.evaluate("document.cookie") == ""
    finally:
        context.close()


def test_built_html_names_no_foreign_resources(site_dir):
    """Static check: no <script src>, <link href>, <img src> etc. points at another host."""
    resource = re.compile(
        r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=[\"']?((?:https?:)?//[^\"' >]+)"
        r"|<link\b[^>]*\brel=[\"']?(?:stylesheet|preload|modulepreload|icon|manifest|prefetch)[^>]*\bhref=[\"']?((?:https?:)?//[^\"' >]+)",
        re.IGNORECASE,
    )
    found = []
    for path in site_dir.rglob("*.html"):
        for match in resource.finditer(path.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            if urlsplit(url if "//" in url else "http:" + url).hostname not in LOCAL_HOSTS:
                found.append(f"{path.relative_to(site_dir)}: {url}")
    assert not found, found


def test_no_analytics(site_dir):
    pattern = re.compile(r"google-analytics|googletagmanager|gtag\(|matomo|plausible|_paq\.push", re.I)
    hits = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))]
    assert not hits, hits


def test_content_page_weight_is_within_budget(browser, site_url):
    """A first visit to a guide transfers at most 300 KB (the local server compresses text)."""
    context = browser.new_context(locale="cs-CZ")
    page = context.new_page()
    try:
        client = context.new_cdp_session(page)
        client.send("Network.enable")
        sizes: dict[str, int] = {}
        started: set[str] = set()
        client.on("Network.requestWillBeSent", lambda e: started.add(e["requestId"]))
        client.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        client.on("Network.loadingFailed", lambda e: sizes.__setitem__(e["requestId"], 0))
        page.goto(site_url + "/" + GUIDES[0])
        page.wait_for_load_state("networkidle")
        wait_until(page, lambda: started <= set(sizes), timeout=10, what="every request finishing")
        total = sum(sizes.values())
    finally:
        context.close()
    assert 0 < total <= CONTENT_PAGE_BUDGET, f"{total} bytes"
