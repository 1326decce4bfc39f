"""A fingerprint of everything the build reads, so that a start of the server can skip an unchanged build.

The fingerprint hashes the contents (not the times) of the build's inputs; the pages the build
generates into docs/ are left out, since every build writes them again. After a successful
build it is kept next to the site; a build is due when the two differ or the site is gone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .paths import ROOT

INPUTS = (
    "docs", "exercises", "forms", "includes", "overrides", "tools/sitebuild", "tools/planlint",
    "mkdocs.yml", "mkdocs-zensical.yml", "settings.toml", "redirects.toml", "pyproject.toml", "package-lock.json",
)
GENERATED = ("docs/cviceni", "docs/formulare", "docs/manual/tisk.md")
SKIPPED_PARTS = {"__pycache__", ".pytest_cache"}


def _files() -> list[Path]:
    found = []
    for name in INPUTS:
        path = ROOT / name
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in candidates:
            relative = file.relative_to(ROOT).as_posix()
            if not file.is_file() or SKIPPED_PARTS.intersection(file.parts) or file.suffix == ".pyc":
                continue
            if any(relative == g or relative.startswith(g + "/") for g in GENERATED):
                continue
            found.append(file)
    return found


def fingerprint() -> str:
    digest = hashlib.sha256()
    for file in _files():
        digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def stamp_file(site: Path) -> Path:
    # Beside the site, not in it: the site folder is what gets copied to a server or zipped.
    return site.with_name(f".{site.name}-inputs.sha256")


def is_current(site: Path) -> bool:
    stamp = stamp_file(site)
    return (site / "index.html").is_file() and stamp.is_file() and stamp.read_text().strip() == fingerprint()


def remember(site: Path) -> None:
    stamp_file(site).write_text(fingerprint() + "\n")
