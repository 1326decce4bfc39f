"""The checker agrees with the trainers' labelled goals and example plans."""

from __future__ import annotations

import pytest

import planlint
from benchmarks.goal_agreement import agreement
from planlint_cases import HELDOUT, SHARED, expected_plans

PLAN_FOLDERS = [SHARED / "plans"] + sorted(p for p in HELDOUT.glob("plans-*") if (p / "expected.json").exists())

# Every labelled corpus one tunes on is a ratchet: each miss is listed in goal-known-misses.tsv, any
# new one fails, and the list may only shrink. The project's own held-out fifth is only held to a
# bound (its goals are never listed, so nobody tunes on them); the real held-out goals are measured
# once, at the end, by the benchmark.
RATCHETED = [
    SHARED / "goals.tsv",
    HELDOUT / "goals-corpus-train.tsv",
    HELDOUT / "goals-corpus-late.tsv",
    HELDOUT / "goals-tuning-a.tsv",
    HELDOUT / "goals-tuning-b.tsv",
    HELDOUT / "real-goals-tune.tsv",
]
KNOWN_MISSES = HELDOUT / "goal-known-misses.tsv"


def _known_misses(path) -> set[tuple[str, str]]:
    name = path.relative_to(HELDOUT).as_posix()
    rows = (line.split("\t") for line in KNOWN_MISSES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {(letter, goal) for file, letter, goal in rows if file == name}


@pytest.mark.parametrize("path", RATCHETED, ids=lambda p: p.name)
def test_no_goal_is_judged_worse_than_before_and_the_known_misses_only_shrink(path):
    _, misses = agreement(path)
    known = _known_misses(path)
    new = sorted(set(misses) - known)
    fixed = sorted(known - set(misses))
    assert not new, f"new misses (letter, goal): {new}"
    assert not fixed, f"judged right now, delete these rows from {KNOWN_MISSES.name}: {fixed}"


def test_the_held_out_fifth_agrees_on_every_letter():
    rates, _ = agreement(HELDOUT / "goals-corpus-heldout.tsv")
    low = {letter: f"{rate:.1%}" for letter, rate in rates.items() if rate < 0.90}
    assert not low, f"letters below 90 %: {low}"  # its goals are never listed, to keep it untuned


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
