"""The whole build: generate pages, run the site generator, then add what it does not make.

The production site is built by MkDocs + Material into site/; `build("zensical")` builds the
same pages with Zensical into site-zensical/ (see the README). Every step before and after the
generator is ordinary Python that works on either output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import (
    exercise_pages, forms, last_change, leaflet_qr, offline, portable, printable, pyodide_assets, redirects,
    search_index, typography, vendor_scripts,
)
from .paths import MKDOCS_CONFIG, ROOT, SITE, SITE_ZENSICAL, ZENSICAL_CONFIG

# Before the generator: steps that write generated Markdown into docs/ (git-ignored).
BEFORE_GENERATOR = [
    printable.write_printable_manual,  # docs/manual/tisk.md, the whole manual on one page
    exercise_pages.build_step,  # docs/cviceni/ from exercises/
    forms.build_step,  # docs/formulare/ (print pages, .docx, .odt) from forms/
]
# After the generator: steps that add to the built site. The search index is read from the
# pages once they are typeset; the service worker (offline) comes last: it packs every page and
# file the others made.
AFTER_GENERATOR = [
    last_change.write_last_changes,  # the footer's "Poslední změna stránky" from git
    leaflet_qr.write_leaflet_qr,  # the leaflet's QR code (segno, SVG)
    typography.build_step,  # Czech no-break spaces, "5×", "13:00" in the pages
    search_index.write_index,  # search/pages.json, read from the built pages
    redirects.write_site_redirects,
    vendor_scripts.build_step,  # fflate for the tools' .docx and .odt downloads
    pyodide_assets.build_step,  # Pyodide, the planlint archive, stdlib and snapshot
    portable.build_step,  # 404.html without root-absolute links; the documented CSP still fits
    offline.build_step,  # the offline bundle and sw.js
]


def run_mkdocs() -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(MKDOCS_CONFIG)],
        cwd=ROOT,
        check=True,
        # MkDocs 1.6 prints a notice about MkDocs 2 and Material's end of life on every build;
        # the README says what the project does about it (the Zensical build).
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def run_zensical() -> None:
    shutil.rmtree(SITE_ZENSICAL, ignore_errors=True)  # Zensical keeps files of earlier builds
    subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict", "--config-file", str(ZENSICAL_CONFIG)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,  # its progress lines; problems go to stderr
    )


BUILDERS = {"mkdocs": (run_mkdocs, SITE), "zensical": (run_zensical, SITE_ZENSICAL)}


def build(builder: str = "mkdocs") -> int:
    started = time.perf_counter()
    run, site = BUILDERS[builder]
    for step in BEFORE_GENERATOR:
        step()
    try:
        run()
    except subprocess.CalledProcessError:
        print(f"Sestavení webu selhalo (viz chyby {builder} výše).", file=sys.stderr)
        return 1
    for step in AFTER_GENERATOR:
        step(site)
    print(f"Site built with {builder} into {Path(site).name}/ in {time.perf_counter() - started:.1f} s")
    return 0
