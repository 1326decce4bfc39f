"""The Zensical build (site-zensical/) has the same pages as the production build (site/)."""

from __future__ import annotations

import re

from conftest import BUILDS
from sitepages import page_urls

H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TAG = re.compile(r"<[^>]+>")


def _title(site, url: str) -> str:
    match = H1.search((site / url.strip("/") / "index.html").read_text(encoding="utf-8"))
    return " ".join(TAG.sub("", match.group(1)).replace("¶", "").split()) if match else ""


def test_both_builds_have_the_same_pages_with_the_same_titles():
    mkdocs, zensical = BUILDS["mkdocs"], BUILDS["zensical"]
    urls = page_urls(mkdocs)
    assert urls == page_urls(zensical)
    different = [(u, _title(mkdocs, u), _title(zensical, u)) for u in urls if _title(mkdocs, u) != _title(zensical, u)]
    assert not different, different
