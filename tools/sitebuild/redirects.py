"""After MkDocs: pages at moved pages' old addresses that send readers on (redirects.toml).

A redirect page is a plain HTML page with <meta http-equiv="refresh"> and a visible link, so it
works on any static hosting, without a server rule and without JavaScript.
"""

from __future__ import annotations

import html
import posixpath
import tomllib
from pathlib import Path

from .paths import ROOT, SITE

REDIRECTS = ROOT / "redirects.toml"

TEMPLATE = """<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>Stránka se přestěhovala – Síť podpory</title>
<link rel="canonical" href="{href}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<main>
<h1>Stránka se přestěhovala</h1>
<p>Pokud se nová stránka neotevře sama, <a href="{href}">pokračujte na ni tímto odkazem</a>.</p>
</main>
</body>
</html>
"""


class RedirectError(ValueError):
    pass


def load(path: Path = REDIRECTS) -> dict[str, str]:
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {str(old): str(new) for old, new in (data.get("redirects") or {}).items()}


def _page_file(site: Path, address: str) -> Path:
    address = address.strip("/")
    target = site / address
    return target if address and "." in posixpath.basename(address) else target / "index.html"


def write_redirects(redirects: dict[str, str], site: Path = SITE) -> list[Path]:
    """Write one redirect page per entry; the new address must exist, the old one must not."""
    written = []
    for old, new in redirects.items():
        if not _page_file(site, new).exists():
            raise RedirectError(f"redirects.toml: nová adresa {new!r} (pro {old!r}) na webu není")
        page = _page_file(site, old)
        if page.exists():
            raise RedirectError(f"redirects.toml: na staré adrese {old!r} je pořád stránka")
        # Relative, so the site works under any base path.
        href = posixpath.relpath("/" + new.lstrip("/"), "/" + posixpath.dirname(str(page.relative_to(site))))
        if new.endswith("/") and not href.endswith("/"):
            href += "/"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(TEMPLATE.format(href=html.escape(href, quote=True)), encoding="utf-8")
        written.append(page)
    return written


def write_site_redirects(site: Path = SITE) -> None:
    write_redirects(load(), site)
