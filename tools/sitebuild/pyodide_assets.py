"""After MkDocs: put the browser checker into site/.

- the Pyodide core from node_modules/pyodide, under a versioned folder (assets/pyodide/<version>/),
  with a lock file that lists no packages, so Pyodide never asks anyone for a package;
- the planlint archive (planlint + markdown_it + mdurl + mammoth + cobble + the exercise files, with bytecode
  compiled by Pyodide's own Python through Node, see compile_pyc.mjs) under a content-hashed
  name (assets/planlint/planlint-<hash>.zip), unpacked in the browser by pyodide.unpackArchive;
- the checker's memory snapshot next to the archive (gzip-compressed, see make_snapshot.mjs):
  Pyodide's memory with planlint already imported, which the browser restores instead of
  starting Python, so a check is ready in a fraction of the time;
- the service worker at the site root (sw.js), stamped with this build's precache list.

The exercise pages need these URLs before MkDocs runs, so the names are pure functions of the
inputs (`pyodide_dir()`, `archive_name()`, `snapshot_name()`), computed the same way both times.
"""

from __future__ import annotations

import hashlib
import html.parser
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .paths import EXERCISES, NODE_MODULES, ROOT, SITE

PYODIDE_SRC = NODE_MODULES / "pyodide"
# What loadPyodide() fetches in a browser; nothing else from the npm package is needed.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
PLANLINT_SRC = ROOT / "tools" / "planlint"
# Pure-Python packages planlint imports, taken from the build's own environment.
DEPENDENCIES = ("markdown_it", "mdurl", "mammoth", "cobble")
# JS source of the service worker; served from the site root so its scope covers every page.
SW_SOURCE = "assets/javascripts/planlint/sw.js"
# Pages (besides the exercise section) that the exercises link into and that must work offline.
OFFLINE_PAGES = ("casework/individualni-plan/", "casework/smart/")
# The site search, which exercise pages offer too, precached when the build has it.
OFFLINE_FILES = ("search/pages.json", "assets/javascripts/search/search.js", "assets/javascripts/search/worker.js")
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
        members += list(_package_files(_dependency_dir(name), name))
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
    return f"assets/planlint/planlint-{_digest(archive_bytes(), pyodide_version())}.snapshot"


def copy_pyodide(site: Path = SITE) -> Path:
    target = site / pyodide_dir()
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE_SRC / name, target / name)
    # A lock file without packages: the site ships no wheels, and Pyodide must not look elsewhere.
    lock = json.loads((PYODIDE_SRC / "pyodide-lock.json").read_text(encoding="utf-8"))
    (target / "pyodide-lock.json").write_text(json.dumps({"info": lock["info"], "packages": {}}), encoding="utf-8")
    return target


def write_archive(site: Path = SITE) -> Path:
    target = site / archive_name()
    target.parent.mkdir(parents=True, exist_ok=True)
    for old in target.parent.glob("planlint-*"):
        old.unlink()
    target.write_bytes(archive_bytes())
    return target


def write_snapshot(site: Path = SITE) -> Path:
    """The memory snapshot, made by Pyodide in Node from the archive already in site/."""
    target = site / snapshot_name()
    made = SITE / snapshot_name()
    if site != SITE and made.is_file():  # the other build's snapshot of the same archive
        shutil.copy2(made, target)
        return target
    subprocess.run(
        ["node", str(Path(__file__).with_name("make_snapshot.mjs")), str(site / archive_name()), LIB_DIR, str(target)],
        cwd=ROOT, check=True,
    )
    return target


class _LocalRefs(html.parser.HTMLParser):
    """Collects the same-site URLs a page loads (styles, scripts, icons)."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "modulepreload", "preload"):
            self.refs.append(attrs.get("href") or "")
        elif tag in ("script", "img") and attrs.get("src"):
            self.refs.append(attrs["src"])


def _site_path(page: str, ref: str) -> str | None:
    """A reference made on `page` (site-relative), as a site-relative path; None when not local."""
    parts = urlsplit(ref)
    if not ref or parts.scheme or parts.netloc or ref.startswith(("/", "#", "data:")):
        return None
    resolved = urljoin("https://site.invalid/" + page, parts.path)
    return urlsplit(resolved).path.lstrip("/")


def precache_list(site: Path = SITE) -> list[str]:
    """Everything an exercise needs offline, as site-relative URLs."""
    pages = sorted(
        p.parent.relative_to(site).as_posix() + "/" for p in (site / "cviceni").rglob("index.html")
    )
    pages += [p for p in OFFLINE_PAGES if (site / p / "index.html").is_file()]
    urls = set(pages)
    for page in pages:
        parser = _LocalRefs()
        parser.feed((site / page / "index.html").read_text(encoding="utf-8"))
        for ref in parser.refs:
            path = _site_path(page, ref)
            if path and (site / path).is_file():
                urls.add(path)
    urls |= {p.relative_to(site).as_posix() for p in (site / "assets/javascripts/planlint").glob("*.mjs")}
    urls |= {p.relative_to(site).as_posix() for p in (site / "assets/stylesheets").glob("planlint*.css")}
    urls |= {path for path in OFFLINE_FILES if (site / path).is_file()}
    urls |= {pyodide_dir() + name for name in (*PYODIDE_FILES, "pyodide-lock.json")}
    urls |= {archive_name(), snapshot_name()}
    return sorted(urls)


def write_service_worker(site: Path = SITE) -> Path:
    """site/sw.js: the worker's source with this build's version and precache list in front."""
    source = site / SW_SOURCE
    precache = precache_list(site)
    version = hashlib.sha256(
        b"".join(path.encode() + (site / path if not path.endswith("/") else site / path / "index.html").read_bytes()
                 for path in precache)
    ).hexdigest()[:12]
    build = {"version": version, "precache": precache, "immutable": [pyodide_dir(), archive_name(), snapshot_name()]}
    header = f"// Generated by tools/sitebuild/pyodide_assets.py from {SW_SOURCE}.\nconst BUILD = {json.dumps(build, indent=1)};\n\n"
    target = site / "sw.js"
    target.write_text(header + source.read_text(encoding="utf-8"), encoding="utf-8")
    source.unlink()  # only the copy at the root has the right scope
    return target


def build_step(site: Path = SITE) -> None:
    copy_pyodide(site)
    write_archive(site)
    write_snapshot(site)
    write_service_worker(site)

