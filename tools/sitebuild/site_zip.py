"""Last step: the whole built site as one zip, offered for download on the page for municipalities.

A municipality without developer tools unpacks it and copies the folder to its web server
(docs/pro-obce/kopie-webu.md). It comes after the offline step, so it holds sw.js and the
offline bundle; it is not in that bundle itself, and it never holds an older zip. Files that
are compressed already (.gz, .zip, .png) are stored as they are: deflating them again only
costs time. The page's download link gets the file's size, filled in here.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .paths import SITE

ZIP_NAME = "sit-podpory-web.zip"
FOLDER = "sit-podpory"  # the one folder inside the zip, so unpacking never scatters files
STORED = {".gz", ".zip", ".png", ".jpg", ".jpeg", ".webp", ".woff2", ".docx", ".odt"}
PAGE = "pro-obce/kopie-webu/index.html"
SIZE_SLOT = re.compile(r'<span data-sp-zip-size></span>')


def czech_megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f}\u00a0MB" if size >= 10_000_000 else f"{size / 1_000_000:.1f}\u00a0MB".replace(".", ",")


def write_zip(site: Path, target: Path) -> None:
    files = sorted(p for p in site.rglob("*") if p.is_file() and p != target)
    with zipfile.ZipFile(target, "w") as archive:
        for path in files:
            # A fixed date: the same site gives the same zip.
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(site).as_posix()}", date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if path.suffix.lower() in STORED else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=6)


def build_step(site: Path = SITE) -> None:
    target = site / ZIP_NAME
    target.unlink(missing_ok=True)
    page = site / PAGE
    if not page.is_file():
        raise SystemExit(f"{page}: chybí stránka s kopií webu ke stažení.")
    write_zip(site, target)
    text = page.read_text(encoding="utf-8")
    page.write_text(SIZE_SLOT.sub(", " + czech_megabytes(target.stat().st_size), text), encoding="utf-8")
