"""Plans checked per second in one batch, against just parsing the same files with markdown-it-py."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from markdown_it import MarkdownIt

import planlint
from planlint.exercises import all_exercises

ROOT = Path(__file__).resolve().parents[2]
PLAN_COUNT = 600


def _sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests/data/shared-examples/plans").glob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "tests/data").glob("plans-*/*.md")]
    for exercise in all_exercises():
        texts += [exercise.model_answer, exercise.template]
    return texts


def _variants(count: int, first: int = 0) -> list[str]:
    """Distinct plans: the examples with shuffled names, dates and sections, so no cache helps."""
    rng = random.Random(7 + first)
    sources = _sources()
    plans = []
    for index in range(first, first + count):
        text = sources[index % len(sources)]
        text = text.replace("2025", str(2025 + index % 3)).replace("Malý", rng.choice(["Malá", "Novák", "Svoboda"]))
        plans.append(f"{text}\n\nPoznámka {index}: klient chce do {1 + index % 28}. {1 + index % 12}. doplnit doklad č. {index}.\n")
    return plans


ROUNDS = 3


def _seconds(work, plans: list[str]) -> float:
    started = time.perf_counter()
    for text in plans:
        work(text)
    return time.perf_counter() - started


def main() -> None:
    parser = MarkdownIt("commonmark").enable("table")
    # Rounds alternate between the two, and each figure is the median round: a busy moment of a
    # shared machine then moves neither figure alone. Each round checks plans not seen before.
    bare, full = [], []
    for round_ in range(ROUNDS):
        plans = _variants(PLAN_COUNT, first=round_ * PLAN_COUNT)
        bare.append(_seconds(parser.parse, plans))
        full.append(_seconds(planlint.check_text, plans))
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    size = sum(len(text.encode()) for text in plans) / len(plans)
    print(f"plans: {len(plans)} (average {size / 1000:.1f} kB), median of {ROUNDS} rounds")
    print(f"bare markdown-it parse: {len(plans) / bare_s:,.0f} plans/s")
    print(f"planlint check:         {len(plans) / full_s:,.0f} plans/s   (target >= 200)")
    print(f"check / parse time:     {full_s / bare_s:.2f}x   (target <= 3x)")
