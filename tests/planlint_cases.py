"""Loading the labelled examples shared by the checker's tests and its benchmark."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = Path(__file__).with_name("data")
# A copy of ../shared/examples, so that the project stands alone (test_shared_copy.py keeps it equal).
SHARED = HELDOUT / "shared-examples"


def labelled_goals(path: Path) -> list[tuple[str, dict[str, bool], str]]:
    """(plan date, expected letters, goal text) for every row of a goals.tsv-style file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        date, s, m, a, r, t, text = line.split("\t")
        rows.append((date, dict(zip("SMART", (v == "1" for v in (s, m, a, r, t)))), text))
    return rows


def expected_plans(folder: Path) -> list[tuple[Path, dict]]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return [(folder / name, spec) for name, spec in expected.items() if not name.startswith("_")]
