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
    answer_sheets, exercise_pages, forms, home_counts, inputs, last_change, leaflet_qr, offline, operator_info,
    portable, printable, pyodide_assets, redirects, search_index, settings, site_zip, typography, vendor_scripts,
)
from .paths import MKDOCS_CONFIG, ROOT, SITE, SITE_ZENSICAL, ZENSICAL_CONFIG

# Each step with the words the build prints before it: a first build takes minutes, and the
# person waiting for `./dev serve` should see it move.
# Before the generator: steps that write generated Markdown into docs/ (git-ignored).
BEFORE_GENERATOR = [
    ("příručka na jednu stránku", printable.write_printable_manual),  # docs/manual/tisk.md
    ("stránky cvičení", exercise_pages.build_step),  # docs/cviceni/ from exercises/
    ("listy s odpověďmi pro lektory", answer_sheets.build_step),  # docs/cviceni/listy-pro-lektory.md
    ("formuláře", forms.build_step),  # docs/formulare/ (print pages, .docx, .odt) from forms/
]
# After the generator: steps that add to the built site. The search index is read from the
# pages once they are typeset; the service worker (offline) packs every page and file the
# others made; the downloadable copy of the site comes last, so it holds all of it.
AFTER_GENERATOR = [
    ("datum poslední změny stránek", last_change.write_last_changes),  # from git
    ("údaje o provozovateli", operator_info.build_step),  # footer and accessibility statement, settings.toml
    ("QR kód na letáku", leaflet_qr.write_leaflet_qr),  # segno, SVG
    ("počty kazuistik a cvičení na úvodní stránce", home_counts.build_step),
    ("česká typografie", typography.build_step),  # no-break spaces, "5×", "13:00"
    ("vyhledávání", search_index.write_index),  # search/pages.json, read from the built pages
    ("přesměrování starých adres", redirects.write_site_redirects),
    ("knihovna pro stahování dokumentů z nástrojů", vendor_scripts.build_step),  # fflate: .docx and .odt
    ("kontrola plánů (Python v prohlížeči, může trvat minutu)", pyodide_assets.build_step),
    ("přenositelnost", portable.build_step),  # 404.html without root-absolute links; the CSP still fits
    ("práce bez připojení", offline.build_step),  # the offline bundle and sw.js
    ("kopie webu ke stažení (zip)", site_zip.build_step),
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


def _progress(number: int, total: int, label: str, started: float) -> None:
    print(f"[{number}/{total}] {label}… ({time.perf_counter() - started:.0f} s)", flush=True)


def build(builder: str = "mkdocs") -> int:
    started = time.perf_counter()
    run, site = BUILDERS[builder]
    try:
        warnings = settings.warn_empty(settings.load())
    except settings.SettingsError as exc:
        print(exc, file=sys.stderr)
        return 1
    inputs.stamp_file(site).unlink(missing_ok=True)  # a build that stops half-way is no current site
    total = len(BEFORE_GENERATOR) + 1 + len(AFTER_GENERATOR)
    for number, (label, step) in enumerate(BEFORE_GENERATOR, start=1):
        _progress(number, total, label, started)
        step()
    _progress(len(BEFORE_GENERATOR) + 1, total, f"stránky webu ({builder})", started)
    try:
        run()
    except subprocess.CalledProcessError:
        print(f"Sestavení webu selhalo (viz chyby {builder} výše).", file=sys.stderr)
        return 1
    for number, (label, step) in enumerate(AFTER_GENERATOR, start=len(BEFORE_GENERATOR) + 2):
        _progress(number, total, label, started)
        step(site)
    inputs.remember(site)
    for line in warnings:
        print(line)
    print(f"Site built with {builder} into {Path(site).name}/ in {time.perf_counter() - started:.1f} s")
    return 0


def build_if_changed() -> int:
    """Build the production site unless it was built from exactly these inputs already."""
    if inputs.is_current(SITE):
        print("Web se od posledního sestavení nezměnil: spouštím poslední sestavení (site/).", flush=True)
        return 0
    print("Sestavuji web (poprvé to trvá několik minut)…", flush=True)
    return build()
