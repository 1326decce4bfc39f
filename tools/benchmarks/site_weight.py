"""Site weight and search: bytes a first visit transfers per page type, the build time, and
what the Czech search finds for the sample queries (and how fast).

Targets: a content page at most 300 KB transferred, a full build at most 30 s.
Needs a built site/ (./dev bench builds it) and Debian's Chromium.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import unicodedata

from sitebuild.paths import ROOT, SITE
from sitebuild.serve import running

CHROMIUM = "/usr/bin/chromium"
PAGE_TYPES = [
    ("home", "/"),
    ("content page", "/manual/role/"),
    ("guide", "/casework/individualni-plan/"),
    ("printable manual", "/manual/tisk/"),
]
CONTENT_BUDGET = 300 * 1024
BUILD_BUDGET = 30.0
QUERIES = ROOT / "tests" / "data" / "shared-examples" / "search-queries.tsv"
WORKER = ROOT / "docs" / "assets" / "javascripts" / "search" / "worker.js"


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def build_time() -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sitebuild", "build"], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def transferred(context, url: str, script: str | None = None) -> int:
    """Bytes transferred (compressed, with headers) for a first visit to url, plus script's fetches."""
    page = context.new_page()
    client = context.new_cdp_session(page)
    client.send("Network.enable")
    client.send("Network.setCacheDisabled", {"cacheDisabled": True})
    sizes: dict[str, int] = {}
    client.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if script:
        sizes.clear()
        page.evaluate(script)
        page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)
    page.close()
    return sum(sizes.values())


def search_figures(context, base: str) -> list[str]:
    page = context.new_page()
    page.goto(base + "/")
    page.add_script_tag(path=str(WORKER))
    docs = json.loads((SITE / "search" / "pages.json").read_text(encoding="utf-8"))["docs"]
    rows = [
        line.split("\t")[:2]
        for line in QUERIES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    result = page.evaluate(
        """([docs, queries]) => {
            let t = performance.now();
            const index = new sitSearch.Index(docs);
            const build = performance.now() - t;
            const out = [];
            t = performance.now();
            for (const q of queries) {
                const items = index.search(q).items;
                out.push(items.slice(0, 3).map(g => (g.find(i => !i.location.includes('#')) || g[0]).title
                    .replace(/<[^>]+>/g, '')));
            }
            return {build, perQuery: (performance.now() - t) / queries.length, top: out};
        }""",
        [docs, [q for q, _ in rows]],
    )
    page.close()
    lines = [
        f"search documents: {len(docs)} (pages and sections)",
        f"search index build in the browser: {result['build']:.0f} ms",
        f"search time per query: {result['perQuery']:.1f} ms",
    ]
    hits = 0
    for (query, pattern), top in zip(rows, result["top"]):
        ok = any(re.search(pattern.strip(), fold(t)) for t in top)
        hits += ok
        lines.append(f"  {'hit ' if ok else 'MISS'} {query!r}: {' | '.join(top)}")
    lines.insert(3, f"sample queries with the right page in the top 3: {hits}/{len(rows)}")
    return lines


def main() -> None:
    from playwright.sync_api import sync_playwright

    seconds = build_time()
    print(f"full build: {seconds:.1f} s (target ≤ {BUILD_BUDGET:.0f} s){'' if seconds <= BUILD_BUDGET else '  OVER'}")

    with running(SITE) as base:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            context = browser.new_context(locale="cs-CZ")
            for name, path in PAGE_TYPES:
                size = transferred(context, base + path)
                note = ""
                if name in ("content page", "guide"):
                    note = f" (target ≤ {CONTENT_BUDGET // 1024} KB){'' if size <= CONTENT_BUDGET else '  OVER'}"
                print(f"{name:17} {path:32} {size / 1024:7.1f} KB transferred{note}")
            index_size = transferred(context, base + "/", "fetch('search/pages.json').then(r => r.text())")
            raw = (SITE / "search" / "pages.json").stat().st_size
            print(f"{'search index':17} {'/search/pages.json':32} {index_size / 1024:7.1f} KB transferred"
                  f" ({raw / 1024:.0f} KB raw; fetched on the first search only)")
            for line in search_figures(context, base):
                print(line)
            browser.close()
