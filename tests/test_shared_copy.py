"""The examples the tests read are a copy of ../shared/examples and must not drift from it."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COPY = ROOT / "tests" / "data" / "shared-examples"
ORIGINAL = ROOT.parent / "shared" / "examples"


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_copy_of_the_shared_examples_is_current():
    if not ORIGINAL.is_dir():
        pytest.skip(f"{ORIGINAL} is not beside this clone; the copy in {COPY.relative_to(ROOT)} stands in for it")
    assert _files(COPY) == _files(ORIGINAL), "copy them again: cp -a ../shared/examples/. tests/data/shared-examples/"
    changed = [name for name in _files(ORIGINAL) if not filecmp.cmp(COPY / name, ORIGINAL / name, shallow=False)]
    assert not changed, f"changed in ../shared/examples: {changed}"
