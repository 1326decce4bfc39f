"""The whole build: generate pages, run MkDocs, then add what MkDocs does not make."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from . import exercise_pages, printable, pyodide_assets, redirects, search_index
from .paths import MKDOCS_CONFIG, ROOT

# Before MkDocs: steps that write generated Markdown into docs/ (git-ignored).
BEFORE_MKDOCS = [
    printable.write_printable_manual,  # docs/manual/tisk.md, the whole manual on one page
    exercise_pages.build_step,  # docs/cviceni/ from exercises/
]
# After MkDocs: steps that add to site/. The service worker's file list (pyodide_assets) is
# written last, so it sees the split search index.
AFTER_MKDOCS = [
    search_index.write_index,  # search/pages.json, read from the built pages
    redirects.write_site_redirects,
    pyodide_assets.build_step,  # Pyodide, the planlint archive, sw.js
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
