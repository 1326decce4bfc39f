"""The whole build: generate pages, run MkDocs, then add what MkDocs does not make."""

from __future__ import annotations

import subprocess
import sys
import time

from . import printable, redirects, search_index
from .paths import MKDOCS_CONFIG, ROOT

# Steps run before MkDocs (they may write generated Markdown into docs/) and after it
# (they may add files to site/). Each is a callable taking no arguments.
BEFORE_MKDOCS: list = []
AFTER_MKDOCS: list = []

BEFORE_MKDOCS.append(printable.write_printable_manual)
AFTER_MKDOCS += [search_index.split_index, redirects.write_site_redirects]

from . import exercise_pages, pyodide_assets  # noqa: E402

BEFORE_MKDOCS.append(exercise_pages.build_step)  # docs/cviceni/ from exercises/
AFTER_MKDOCS.append(pyodide_assets.build_step)  # Pyodide, planlint archive, sw.js


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
