"""Per-letter agreement of the SMART judgement with hand-labelled goals.

Prints one line per labelled file; the held-out corpus is only ever summarised, never listed goal
by goal, so nobody tunes the rules on it by accident (`--misses` lists misses of the others).
"""

from __future__ import annotations

import sys
from pathlib import Path

import planlint

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
# The project's copy of ../shared/examples (tests/test_shared_copy.py keeps it equal).
SHARED_GOALS = DATA / "shared-examples" / "goals.tsv"
HELDOUT = DATA / "goals-corpus-heldout.tsv"
FILES = [
    ("shared examples", SHARED_GOALS),
    ("own corpus, train", DATA / "goals-corpus-train.tsv"),
    ("own corpus, held out", HELDOUT),
    ("own corpus, written late", DATA / "goals-corpus-late.tsv"),
    ("old tuning set a", DATA / "goals-tuning-a.tsv"),
    ("old tuning set b", DATA / "goals-tuning-b.tsv"),
    ("real goals, tune half", DATA / "real-goals-tune.tsv"),
]


def labelled_goals(path: Path) -> list[tuple[str, dict[str, bool | None], str]]:
    """(plan date, expected letters, goal text) for every row of a goals.tsv-style file; a label "?"
    (the rulebook leaves the letter open) is None; a column after the goal (its source) is ignored."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        date, s, m, a, r, t, text, *_source = line.split("\t")
        labels = {letter: None if v == "?" else v == "1" for letter, v in zip("SMART", (s, m, a, r, t))}
        rows.append((date, labels, text))
    return rows


def agreement(path: Path) -> tuple[dict[str, float], list[tuple[str, str]]]:
    """Share of labelled goals per letter on which the checker agrees with the label (open letters
    skipped), and the misses."""
    rows = labelled_goals(path)
    hits = dict.fromkeys("SMART", 0)
    counted = dict.fromkeys("SMART", 0)
    misses = []
    for date, expected, text in rows:
        got = planlint.check_goal(text, date=date)["smart"]
        for letter in "SMART":
            if expected[letter] is None:
                continue
            counted[letter] += 1
            if got[letter] == expected[letter]:
                hits[letter] += 1
            else:
                misses.append((letter, text))
    return {letter: hits[letter] / max(counted[letter], 1) for letter in "SMART"}, misses


def main(argv: list[str] | None = None) -> None:
    argv = argv if argv is not None else sys.argv[1:]
    show_misses = "--misses" in argv
    # Any other argument is one more labelled file, summarised only (a corpus kept aside to measure once).
    extra = [("given: " + Path(arg).name, Path(arg)) for arg in argv if not arg.startswith("--")]
    for name, path in FILES + extra:
        if not path.exists():
            print(f"{name:26} (missing: {path.name})")
            continue
        rates, misses = agreement(path)
        count = len(labelled_goals(path))
        figures = "  ".join(f"{letter} {rate:6.1%}" for letter, rate in rates.items())
        print(f"{name:26} {count:4} goals  {figures}")
        if show_misses and path != HELDOUT and (name, path) not in extra:
            for letter, text in misses:
                print(f"    {letter}  {text}")


if __name__ == "__main__":
    main()
