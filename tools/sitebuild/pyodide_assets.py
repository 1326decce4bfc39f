"""After MkDocs: put the browser checker into site/.

Only file types every static host knows (.js .zip .gz .json): a municipal server that answers
404 for unknown extensions (IIS) or sends them as application/octet-stream must still work.

- the Pyodide core from node_modules/pyodide, under a versioned folder (assets/pyodide/<version>/):
  its ES modules copied under .js names (pyodide.js, pyodide.asm.js), its WebAssembly
  gzip-compressed (pyodide.asm.wasm.gz, 3.5 MB instead of 9.6 MB on a host that compresses
  nothing; the worker decompresses it). Its lock file is not copied: the page hands Pyodide one
  that lists no packages (lock_contents()), so Pyodide never asks anyone for a package;
- the planlint archive (planlint + markdown_it + mdurl + mammoth + cobble + the exercise files, with bytecode
  compiled by Pyodide's own Python through Node, see compile_pyc.mjs) under a content-hashed
  name (assets/planlint/planlint-<hash>.zip), unpacked in the browser by pyodide.unpackArchive;
- Pyodide's standard library trimmed to what the checker imports (stdlib.py), next to it
  (assets/planlint/stdlib-<hash>.zip);
- the checker's memory snapshot (assets/planlint/planlint-<hash>.snapshot.gz, see
  make_snapshot.mjs): Pyodide's memory with planlint already imported, which the browser
  restores instead of starting Python, so a check is ready in a fraction of the time.

The exercise pages need these URLs before MkDocs runs, so the names are pure functions of the
inputs (`pyodide_dir()`, `archive_name()`, …), computed the same way both times.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from functools import cache
from pathlib import Path

from . import stdlib
from .paths import EXERCISES, NODE_MODULES, ROOT, SITE

PYODIDE_SRC = NODE_MODULES / "pyodide"
# (npm file, name in the site). The worker passes the core module and the standard library to
# loadPyodide itself, and fetches the WebAssembly through a decompressing fetch (worker.js).
# The core module also comes gzip-compressed: the service worker, when there is one, fetches
# that copy instead (1.3 MB -> 0.26 MB on a host that compresses nothing; see GZIPPED).
PYODIDE_FILES = (
    ("pyodide.mjs", "pyodide.js"),
    ("pyodide.asm.mjs", "pyodide.asm.js"),
    ("pyodide.asm.mjs", "pyodide.asm.js.gz"),
    ("pyodide.asm.wasm", "pyodide.asm.wasm.gz"),
)
GZIPPED = ("pyodide.asm.js",)
PLANLINT_SRC = ROOT / "tools" / "planlint"
# Pure-Python packages planlint imports, taken from the build's own environment.
DEPENDENCIES = ("markdown_it", "mdurl", "mammoth", "cobble", "simplemma")
# simplemma ships dictionaries of 48 languages (19 MB); the checker reads Czech only, and simplemma
# lists its languages from the files present, so the others are simply left out.
_SKIPPED_DATA = re.compile(r"^simplemma/strategies/dictionaries/data/(?!cs\.plzma$)")
ZIP_DATE = (2020, 1, 1, 0, 0, 0)
# Where the browser unpacks the archive; the snapshot was made with planlint imported from here.
LIB_DIR = "/home/pyodide/planlint-lib"


def pyodide_version() -> str:
    return json.loads((PYODIDE_SRC / "package.json").read_text(encoding="utf-8"))["version"]


def pyodide_dir() -> str:
    """Site-relative folder of the Pyodide core, ending with a slash."""
    return f"assets/pyodide/{pyodide_version()}/"


def _package_files(folder: Path, arcroot: str):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            yield f"{arcroot}/{path.relative_to(folder).as_posix()}", path


def _dependency_dir(name: str) -> Path:
    module = __import__(name)
    return Path(module.__file__).parent


def archive_members() -> list[tuple[str, Path]]:
    """(name in the archive, source file) for everything the browser checker needs."""
    members = list(_package_files(PLANLINT_SRC, "planlint"))
    # planlint.exercises.exercises_dir() looks in planlint/exercises/ first.
    members += [(f"planlint/exercises/{p.name}", p) for p in sorted(EXERCISES.glob("*.toml"))]
    for name in DEPENDENCIES:
        members += [m for m in _package_files(_dependency_dir(name), name) if not _SKIPPED_DATA.match(m[0])]
    return members


def _with_bytecode(archive: bytes) -> bytes:
    """The archive plus bytecode compiled by Pyodide's own Python (in Node), for a faster start."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder, "in.zip"), Path(folder, "out.zip")
        source.write_bytes(archive)
        subprocess.run(["node", str(Path(__file__).with_name("compile_pyc.mjs")), str(source), str(target)],
                       cwd=ROOT, check=True)
        return target.read_bytes()


@cache
def _archive(signature: tuple) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for arcname, path in archive_members():
            info = zipfile.ZipInfo(arcname, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return _with_bytecode(buffer.getvalue())


def archive_bytes() -> bytes:
    """The planlint archive, byte for byte the same for the same inputs."""
    signature = tuple((name, path.stat().st_mtime_ns, path.stat().st_size) for name, path in archive_members())
    return _archive(signature)


@cache
def _digest(archive: bytes, version: str) -> str:
    # Every exercise page asks for both names; the archive is the same cached bytes object.
    return hashlib.sha256(archive + version.encode()).hexdigest()[:12]


def archive_name() -> str:
    """Site-relative path of the archive; the name changes whenever its content does."""
    return f"assets/planlint/planlint-{_digest(archive_bytes(), pyodide_version())}.zip"


def snapshot_name() -> str:
    """Site-relative path of the memory snapshot, made from this archive and this Pyodide."""
    return f"assets/planlint/planlint-{_digest(archive_bytes(), pyodide_version())}.snapshot.gz"


def stdlib_name() -> str:
    """Site-relative path of the trimmed standard library, which depends on what planlint imports."""
    return f"assets/planlint/stdlib-{_digest(archive_bytes(), pyodide_version())}.zip"


def gzipped_scripts() -> list[str]:
    """Scripts that also exist as X.js.gz, for the service worker to fetch compressed."""
    return [pyodide_dir() + name for name in GZIPPED]


def checker_files() -> list[str]:
    """Everything the checker's worker asks for, site-relative; all of it versioned."""
    twins = {name + ".gz" for name in GZIPPED}  # fetched by the service worker in their stead
    return [pyodide_dir() + name for _, name in PYODIDE_FILES if name not in twins] + [
        archive_name(), stdlib_name(), snapshot_name(),
    ]


def copy_pyodide(site: Path = SITE) -> Path:
    target = site / pyodide_dir()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for source, name in PYODIDE_FILES:
        data = (PYODIDE_SRC / source).read_bytes()
        if name.endswith(".gz"):
            data = gzip.compress(data, compresslevel=9, mtime=0)
        (target / name).write_bytes(data)
    return target


def lock_contents() -> dict:
    """A lock file without packages: the site ships no wheels, and Pyodide must not look elsewhere."""
    lock = json.loads((PYODIDE_SRC / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {"info": lock["info"], "packages": {}}


def write_archive(site: Path = SITE) -> Path:
    target = site / archive_name()
    target.parent.mkdir(parents=True, exist_ok=True)
    for old in target.parent.glob("*"):
        old.unlink()
    target.write_bytes(archive_bytes())
    return target


def write_stdlib(site: Path = SITE) -> Path:
    target = site / stdlib_name()
    used = stdlib.used_files(site / archive_name(), LIB_DIR)
    target.write_bytes(stdlib.trimmed((PYODIDE_SRC / "python_stdlib.zip").read_bytes(), used))
    return target


def write_snapshot(site: Path = SITE) -> Path:
    """The memory snapshot, made by Pyodide in Node from the archive and stdlib already in site/."""
    target = site / snapshot_name()
    made = SITE / snapshot_name()
    if site != SITE and made.is_file():  # the other build's snapshot of the same archive
        shutil.copy2(made, target)
        return target
    subprocess.run(
        ["node", str(Path(__file__).with_name("make_snapshot.mjs")), str(site / archive_name()), LIB_DIR,
         str(site / stdlib_name()), str(target)],
        cwd=ROOT, check=True,
    )
    return target


def build_step(site: Path = SITE) -> None:
    copy_pyodide(site)
    write_archive(site)
    write_stdlib(site)
    write_snapshot(site)

