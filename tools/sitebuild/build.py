"""The whole build: generate pages, run MkDocs, then add what MkDocs does not make."""

from __future__ import annotations

import subprocess
import sys
import time

from . import (
    exercise_pages, forms, last_change, leaflet_qr, offline, portable, printable, pyodide_assets, redirects,
    search_index, typography,
)
from .paths import MKDOCS_CONFIG, ROOT

# Before MkDocs: steps that write generated Markdown into docs/ (git-ignored).
BEFORE_MKDOCS = [
    printable.write_printable_manual,  # docs/manual/tisk.md, the whole manual on one page
    exercise_pages.build_step,  # docs/cviceni/ from exercises/
    forms.build_step,  # docs/formulare/ (print pages, .docx, .odt) from forms/
]
# After MkDocs: steps that add to site/. The service worker (offline) comes last: it packs
# every page and file the others made.
AFTER_MKDOCS = [
    search_index.split_index,
    last_change.write_last_changes,  # the footer's "Poslední změna stránky" from git
    leaflet_qr.write_leaflet_qr,  # the leaflet's QR code (segno, SVG)
    typography.build_step,  # Czech no-break spaces, "5×", "13:00" in pages and search documents
    redirects.write_site_redirects,
    pyodide_assets.build_step,  # Pyodide, the planlint archive, stdlib and snapshot
    portable.build_step,  # 404.html without root-absolute links; the documented CSP still fits
    offline.build_step,  # the offline bundle and sw.js
]


def run_mkdocs() -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(MKDOCS_CONFIG)],
        cwd=ROOT,
        check=True,
    )


def build() -> int:
    started = time.perf_counter()
    for step in BEFORE_MKDOCS:
        step()
    try:
        run_mkdocs()
    except subprocess.CalledProcessError:
        print("Sestavení webu selhalo (viz chyby MkDocs výše).", file=sys.stderr)
        return 1
    for step in AFTER_MKDOCS:
        step()
    print(f"Site built in {time.perf_counter() - started:.1f} s")
    return 0
