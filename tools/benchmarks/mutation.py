"""Mutation score of the checker's tests, by mutmut (configured in pyproject.toml, [tool.mutmut]).

`PYTHONPATH=tools .venv/bin/python -m benchmarks.mutation [MUTANT_GLOB ...]` runs mutmut over every
module of tools/planlint (reading included) with the checker's tests, bad-file, reading and
robustness tests among them, then prints the score and every surviving mutant. A timeout is not
counted as a kill. Mutants judged equivalent (no test can tell them from the original) are listed
with the reason in mutation-equivalent.tsv beside this file and left out of the score.
It takes long on two cores (hours for the whole package); a glob such as "planlint.judging.dates*" runs part;
`--results` prints the score of the last run again without running anything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitebuild.paths import ROOT

EQUIVALENT = Path(__file__).with_name("mutation-equivalent.tsv")
MUTMUT = [sys.executable, "-m", "mutmut"]


def _equivalent() -> dict[str, str]:
    if not EQUIVALENT.exists():
        return {}
    rows = (line.split("\t", 1) for line in EQUIVALENT.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


def _statuses() -> dict[str, str]:
    output = subprocess.run(MUTMUT + ["results", "--all", "true"], cwd=ROOT, capture_output=True, text=True).stdout
    statuses = {}
    for line in output.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            statuses[name] = status
    return statuses


def _run(globs: list[str], only_results: bool) -> dict[str, str]:
    """Run mutmut (unless only the last run's results are asked for) and read every mutant's status."""
    link = ROOT / "src"  # see [tool.mutmut] in pyproject.toml
    made = not link.exists()
    if made:
        link.symlink_to("tools", target_is_directory=True)
    try:
        if not only_results:
            subprocess.run(MUTMUT + ["run", "--max-children", "2", *globs], cwd=ROOT, check=False)
        return _statuses()
    finally:
        if made:
            link.unlink()


def main(globs: list[str] | None = None) -> None:
    globs = globs or []
    only_results = "--results" in globs
    globs = [g for g in globs if g != "--results"]
    statuses = _run(globs, only_results)
    equivalent = _equivalent()
    if globs:
        from fnmatch import fnmatch

        statuses = {name: s for name, s in statuses.items() if any(fnmatch(name, g) for g in globs)}
    counted = {name: s for name, s in statuses.items() if name not in equivalent and s not in ("skipped", "not checked")}
    killed = sum(1 for s in counted.values() if s == "killed")
    survivors = sorted(name for name, s in counted.items() if s != "killed")
    by_status: dict[str, int] = {}
    for status in counted.values():
        by_status[status] = by_status.get(status, 0) + 1
    print(f"mutants: {len(statuses)}, equivalent (left out): {len(equivalent)}, counted: {len(counted)}")
    print("by status: " + json.dumps(by_status, sort_keys=True))
    if counted:
        print(f"mutation score: {killed}/{len(counted)} = {100 * killed / len(counted):.1f} % killed")
    for name in survivors:
        print(f"  survived ({counted[name]}): {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
