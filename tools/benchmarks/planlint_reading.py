"""Reading plans from files: a ~30 kB Word file in CPython, and what reading adds to the browser archive.

The Word and Writer files are made from the example plan by tests/plan_files.py (python-docx and
odfpy, installed with the test extra). The archive figures come from the built site's archive.
"""

from __future__ import annotations

import sys
import time
import zipfile

from sitebuild import pyodide_assets
from sitebuild.paths import ROOT, SITE

import planlint

ROUNDS = 30
# What reading plans from files brought into the archive: the reader modules and mammoth with its dependency.
READING_PREFIXES = ("mammoth/", "cobble/", "planlint/reading/")


def _files() -> dict[str, bytes]:
    sys.path.insert(0, str(ROOT / "tests"))
    from plan_files import docx, odt, parts_of, windows_text

    plan = (ROOT / "tests/data/shared-examples/plans/dobry-plan.md").read_text(encoding="utf-8")
    parts = parts_of(plan)
    return {
        "plan.docx": docx(parts, heading_styles=True),
        "plan.odt": odt(parts),
        "plan.txt (Windows-1250)": windows_text(parts),
    }


def _time_ms(name: str, data: bytes) -> tuple[float, float]:
    """(wall-clock, CPU) milliseconds per read; CPU time stays honest on a machine shared with others."""
    planlint.read_bytes(data, name.split(" ")[0])  # imports and caches out of the measurement
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(ROUNDS):
        planlint.read_bytes(data, name.split(" ")[0])
    return (time.perf_counter() - wall) / ROUNDS * 1000, (time.process_time() - cpu) / ROUNDS * 1000


def _entry_bytes(info: zipfile.ZipInfo) -> int:
    # compressed data + local header + central directory entry
    return info.compress_size + 30 + 46 + 2 * len(info.filename.encode())


def main() -> None:
    for name, data in _files().items():
        wall, cpu = _time_ms(name, data)
        print(f"read {name} ({len(data) / 1000:.1f} kB): {wall:.1f} ms in CPython ({cpu:.1f} ms CPU)")
    archive = SITE / pyodide_assets.archive_name()
    if not archive.exists():
        print("browser archive: not built (run ./dev build)")
        return
    with zipfile.ZipFile(archive) as bundle:
        infos = bundle.infolist()
    added = [info for info in infos if info.filename.startswith(READING_PREFIXES)]
    added_bytes = sum(_entry_bytes(info) for info in added)
    print(f"browser archive: {archive.stat().st_size / 1000:.0f} kB in all")
    print(f"reading code in it: {added_bytes / 1000:.0f} kB in {len(added)} files (target <= 300 kB)")
