"""Helpers shared by the site tests: the built pages, axe-core, folding, waiting for search."""

from __future__ import annotations

import html
import re
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Sample queries (tab-separated: query, regex over a result page's folded title), each of which
# must find a matching page in the top 3: the shared list (a copy) and the project's own.
SEARCH_QUERY_FILES = [
    ROOT / "tests" / "data" / "shared-examples" / "search-queries.tsv",
    ROOT / "tests" / "data" / "search-queries-own.tsv",
]

GUIDES = [
    "casework/pripadova-konference/",
    "casework/rodinna-konference/",
    "casework/individualni-plan/",
    "casework/smart/",
]


def page_urls(site: Path) -> list[str]:
    """URL paths ("/", "/manual/role/") of every built page: site/**/index.html."""
    urls = []
    for path in site.rglob("index.html"):
        rel = path.parent.relative_to(site).as_posix()
        urls.append("/" if rel == "." else f"/{rel}/")
    return sorted(urls)


def manual_urls(site: Path) -> list[str]:
    return [u for u in page_urls(site) if u.startswith("/manual/") and u != "/manual/tisk/"]


def page_text(site: Path, url: str) -> str:
    """The words of a built page as a reader sees them: no tags, scripts or styles, entities
    decoded, every run of white space (the build's no-break spaces included) one plain space."""
    source = (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", source)).split())


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def run_axe(page, context: str = "document") -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
    # Motion off, as a visitor who asks for reduced motion has it (the site's CSS then ends every
    # fade at once), and whatever still runs finished: half-faded text would be measured at a
    # contrast nobody ever sees for more than a moment.
    page.emulate_media(reduced_motion="reduce")
    page.evaluate(
        "() => Promise.race([Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),"
        " new Promise(r => setTimeout(r, 2000))])"
    )
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "([context, tags]) => axe.run(context === 'document' ? document : document.querySelector(context),"
        " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [context, AXE_TAGS],
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        for node in v["nodes"][:5]:
            lines.append(f"  {v['id']} ({v['impact']}): {node['target']} – {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


def settle(page) -> None:
    """Wait until the page has rendered its last change and every finite animation or transition
    (a fading skip link, a sliding drawer) has finished: a state, not a fixed time."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.evaluate(
        "() => Promise.all(document.getAnimations()"
        ".filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)"
        ".map((a) => a.finished.catch(() => null)))"
    )


def wait_until(page, condition, timeout: float = 90.0, what: str = "the page") -> None:
    """Wait for a state kept on the Python side (a held route, a counted response); every
    round trip to the page lets Playwright deliver the events that change it."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not reach the expected state")
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")


def search(page, query: str, timeout: float = 10.0) -> list[str]:
    """Type a query into the site's search box like a person and return the result pages' titles.

    Waits until the result list answers this query (the list names the query it answers).
    """
    box = page.locator("#sp-search-input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=15)
    page.wait_for_function(
        "q => { const r = document.getElementById('sp-search-results'); return !r.hidden && r.dataset.query === q }",
        arg=query,
        timeout=timeout * 1000,
    )
    return page.eval_on_selector_all("#sp-search-results .sp-search__page", "els => els.map(e => e.textContent.trim())")


def search_queries() -> list[tuple[str, str]]:
    rows = []
    for path in SEARCH_QUERY_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                query, pattern = line.split("\t")[:2]
                if (query.strip(), pattern.strip()) not in rows:
                    rows.append((query.strip(), pattern.strip()))
    return rows
