"""After MkDocs: keep the site working on any host, under any address and subpath.

- Without `site_url`, MkDocs writes 404.html with root-absolute links ("/assets/…"), which
  break when the site lives under a subpath (https://obec.cz/sit-podpory/). They become
  relative to the site root, like every other page's. A municipality that sets `site_url`
  gets MkDocs' own absolute links with its path, which work at any depth.
- The Content-Security-Policy documented for hosts (docs/pro-obce/hosting.md) must allow every
  inline script the theme writes; inline_script_hashes() lists their hashes so that the build
  can say when the documented header no longer fits (e.g. after a theme upgrade).
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys

import yaml

from .paths import DOCS, MKDOCS_CONFIG, SITE

HOSTING_PAGE = DOCS / "pro-obce" / "hosting.md"
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
_ROOT_ABSOLUTE = re.compile(r'(?P<attr>\b(?:href|src|action)=")/(?!/)(?P<rest>[^"]*)"')


def _site_url_set() -> bool:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load(MKDOCS_CONFIG.read_text(encoding="utf-8"), Loader=Loader) or {}
    return bool(config.get("site_url"))


def relative_404(html: str) -> str:
    html = _ROOT_ABSOLUTE.sub(lambda m: f'{m["attr"]}./{"" if m["rest"] == "." else m["rest"]}"', html)
    return html.replace('new URL("/",location)', 'new URL(".",location)')


def write_relative_404(site=SITE) -> None:
    page = site / "404.html"
    if page.is_file() and not _site_url_set():
        page.write_text(relative_404(page.read_text(encoding="utf-8")), encoding="utf-8")


def inline_script_hashes(site=SITE) -> set[str]:
    """CSP source expressions ('sha256-…') for every inline script that runs on some page."""
    hashes = set()
    for page in site.rglob("*.html"):
        for match in _INLINE_SCRIPT.finditer(page.read_text(encoding="utf-8")):
            attrs = match["attrs"]
            if "src=" in attrs or re.search(r'type="application/(?:ld\+)?json"', attrs):
                continue
            digest = base64.b64encode(hashlib.sha256(match["body"].encode()).digest()).decode()
            hashes.add(f"'sha256-{digest}'")
    return hashes


def documented_csp() -> str:
    """The Content-Security-Policy header line of the hosting page."""
    match = re.search(r"^Content-Security-Policy: (.+)$", HOSTING_PAGE.read_text(encoding="utf-8"), re.M)
    return match[1].strip() if match else ""


def warn_if_csp_outdated(site=SITE) -> None:
    missing = inline_script_hashes(site) - set(re.findall(r"'[^']+'", documented_csp()))
    if missing:
        print(
            f"Warning: the Content-Security-Policy in {HOSTING_PAGE.relative_to(DOCS.parent)} does not allow "
            f"these inline scripts of the built site; add them to its script-src: {' '.join(sorted(missing))}",
            file=sys.stderr,
        )


def build_step(site=SITE) -> None:
    write_relative_404(site)
    warn_if_csp_outdated(site)
