"""After everything else: what the service worker needs so that the site works offline.

- assets/offline/site-<hash>.json.gz: every page of the site and the text files pages load
  (styles, scripts, the search index), in one gzip-compressed file. After a visit to any page
  the service worker unpacks it into its cache, so every page opens offline. One file of about
  half a megabyte instead of 2 MB of separate pages, because a plain host compresses nothing and
  the pages repeat the same navigation.
- sw.js at the site root (its scope must cover every page), stamped with this build's lists.

The service worker's version is a hash of the build's inputs as they reach the user (pages,
scripts, and the names of the checker's files, which are themselves hashes of their inputs),
never of the memory snapshot's bytes, which differ between two builds of the same sources: an
unchanged rebuild leaves sw.js byte for byte the same, so no browser downloads anything again.
"""

from __future__ import annotations

import gzip
import hashlib
import html.parser
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import pyodide_assets
from .paths import SITE

# The service worker's source; MkDocs never sees it, the build writes the one copy pages use.
SW_SOURCE = Path(__file__).with_name("sw.js")
BUNDLE_DIR = "assets/offline/"
# The page shown for a page that is neither reachable nor cached.
OFFLINE_PAGE = "offline/"
# Pages after which the checker is worth downloading in the background: a case study is read
# before its exercise is written, and the list of exercises leads to one. (Not the exercise
# pages themselves: they download the checker at once.)
PREFETCH_SECTIONS = ("kazuistiky/",)
PREFETCH_PAGES = ("cviceni/",)
TEXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
}
# Read by scripts, not named in a page's markup: the search index and the planlint modules.
SCRIPT_LOADED = ("search/*.json", "assets/javascripts/search/*.js", "assets/javascripts/workers/*.js",
                 "assets/javascripts/planlint/*.js")


class _LocalRefs(html.parser.HTMLParser):
    """Collects the URLs a page loads (styles, scripts, icons, images)."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "modulepreload", "preload"):
            self.refs.append(attrs.get("href") or "")
        elif tag in ("script", "img") and attrs.get("src"):
            self.refs.append(attrs["src"])


def _site_path(page: str, ref: str) -> str | None:
    """A reference made on `page` (site-relative), as a site-relative path; None when not local."""
    parts = urlsplit(ref)
    if not ref or parts.scheme or parts.netloc or ref.startswith(("/", "#", "data:")):
        return None
    return urlsplit(urljoin("https://site.invalid/" + page, parts.path)).path.lstrip("/")


def pages(site: Path = SITE) -> list[str]:
    """Every page as the URL path a browser asks for ("" for the home page, "manual/", "404.html")."""
    found = []
    for path in sorted(site.rglob("index.html")):
        folder = path.parent.relative_to(site).as_posix()
        found.append("" if folder == "." else folder + "/")
    return found + (["404.html"] if (site / "404.html").is_file() else [])


def _page_file(site: Path, page: str) -> Path:
    return site / page / "index.html" if page == "" or page.endswith("/") else site / page


def offline_files(site: Path = SITE) -> tuple[list[str], list[str]]:
    """(text files for the bundle, other files to fetch one by one), site-relative."""
    wanted = set()
    for page in pages(site):
        parser = _LocalRefs()
        parser.feed(_page_file(site, page).read_text(encoding="utf-8"))
        wanted |= {p for ref in parser.refs if (p := _site_path(page, ref)) and (site / p).is_file()}
    for pattern in SCRIPT_LOADED:
        wanted |= {p.relative_to(site).as_posix() for p in site.glob(pattern)}
    text = sorted(p for p in wanted if Path(p).suffix in TEXT_TYPES)
    return text, sorted(wanted - set(text))


def bundle_bytes(site: Path, text: list[str]) -> bytes:
    files = {page: [TEXT_TYPES[".html"], _page_file(site, page).read_text(encoding="utf-8")] for page in pages(site)}
    files |= {path: [TEXT_TYPES[Path(path).suffix], (site / path).read_text(encoding="utf-8")] for path in text}
    data = json.dumps(files, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_bundle(site: Path, text: list[str]) -> str:
    data = bundle_bytes(site, text)
    name = f"{BUNDLE_DIR}site-{hashlib.sha256(data).hexdigest()[:12]}.json.gz"
    folder = site / BUNDLE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("site-*"):
        old.unlink()
    (site / name).write_bytes(data)
    return name


def build_settings(site: Path, bundle: str, others: list[str]) -> dict:
    checker = pyodide_assets.checker_files()
    # The bundle's name hashes every page and script; the rest are versioned names, small files
    # and the service worker's own code.
    version = hashlib.sha256(
        "\n".join([bundle, *checker, *others, SW_SOURCE.read_text(encoding="utf-8")]).encode()
        + b"".join((site / p).read_bytes() for p in others)
    ).hexdigest()[:12]
    return {
        "version": version,
        "bundle": bundle,
        "files": others,
        "checker": checker,
        "gzipped": pyodide_assets.gzipped_scripts(),
        "immutable": [pyodide_assets.pyodide_dir(), "assets/planlint/", BUNDLE_DIR],
        "offlinePage": OFFLINE_PAGE,
        "prefetchFrom": [p for p in pages(site) if p.startswith(PREFETCH_SECTIONS) or p in PREFETCH_PAGES],
    }


def write_service_worker(site: Path = SITE) -> Path:
    """site/sw.js: the worker's source with this build's settings in front."""
    text, others = offline_files(site)  # parses every page: once per build
    settings = build_settings(site, write_bundle(site, text), others)
    header = (
        "// Generated by tools/sitebuild/offline.py from tools/sitebuild/sw.js.\n"
        f"const BUILD = {json.dumps(settings, indent=1)};\n\n"
    )
    target = site / "sw.js"
    target.write_text(header + SW_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def build_step(site: Path = SITE) -> None:
    write_service_worker(site)
