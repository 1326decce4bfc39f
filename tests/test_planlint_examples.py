"""The checker agrees with the trainers' labelled goals and example plans."""

from __future__ import annotations

import pytest

import planlint
from benchmarks.goal_agreement import agreement
from planlint_cases import HELDOUT, SHARED, expected_plans

PLAN_FOLDERS = [SHARED / "plans"] + sorted(p for p in HELDOUT.glob("plans-*") if (p / "expected.json").exists())

# Lowest agreement per letter: the trainers' own examples exactly; the training part of the project's
# corpus and the old files tuned on as regression tests; the held-out fifth and the goals written after
# tuning with a bound that leaves room for a reading a trainer could argue either way.
GOAL_BOUNDS = {
    SHARED / "goals.tsv": 1.0,
    HELDOUT / "goals-corpus-train.tsv": 0.95,
    HELDOUT / "goals-corpus-heldout.tsv": 0.90,
    HELDOUT / "goals-corpus-late.tsv": 0.85,
    HELDOUT / "goals-tuning-a.tsv": 0.95,
    HELDOUT / "goals-tuning-b.tsv": 0.95,
}


@pytest.mark.parametrize("path, bound", GOAL_BOUNDS.items(), ids=lambda v: getattr(v, "name", str(v)))
def test_each_smart_letter_agrees_with_labels(path, bound):
    rates, misses = agreement(path)
    low = {letter: f"{rate:.1%}" for letter, rate in rates.items() if rate < bound}
    shown = [] if path.name == "goals-corpus-heldout.tsv" else misses  # never list held-out goals to tune on
    assert not low, f"letters below {bound:.0%}: {low}; misses: {shown}"


def _plan_cases():
    for folder in PLAN_FOLDERS:
        for path, spec in expected_plans(folder):
            yield pytest.param(path, spec, id=f"{folder.name}/{path.name}")


@pytest.mark.parametrize("path, spec", list(_plan_cases()))
def test_example_plan_meets_every_expectation(path, spec):
    result = planlint.check_text(planlint.read_bytes(path.read_bytes(), path.name), date=spec.get("date"), file=path.name)
    assert result["date"] == spec["date"]
    assert result["sections"] == spec["sections"]
    letters = [[int(goal["smart"][letter]) for letter in "SMART"] for goal in result["goals"]]
    assert letters == spec["goals"]
    present = [[part for part in ("co", "kdo", "kdy") if step[part]] for step in result["steps"]]
    assert present == spec["steps"]
    errors = result["summary"]["errors"]
    if "errors" in spec:
        assert errors == spec["errors"], result["findings"]
    if "errors_at_least" in spec:
        assert errors >= spec["errors_at_least"], result["findings"]
    rules = {finding["rule"] for finding in result["findings"]}
    for rule in spec.get("warnings_rules", []):
        assert rule in rules, result["findings"]
