"""Loading the labelled examples shared by the checker's tests and its benchmark."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = Path(__file__).with_name("data")
# A copy of ../shared/examples, so that the project stands alone (test_shared_copy.py keeps it equal).
SHARED = HELDOUT / "shared-examples"


def expected_plans(folder: Path) -> list[tuple[Path, dict]]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return [(folder / name, spec) for name, spec in expected.items() if not name.startswith("_")]
