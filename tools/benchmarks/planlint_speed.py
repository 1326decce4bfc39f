"""Plans checked per second in one batch, against just parsing the same files with markdown-it-py."""

from __future__ import annotations

import random
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


def _variants(count: int) -> list[str]:
    """Distinct plans: the examples with shuffled names, dates and sections, so no cache helps."""
    rng = random.Random(7)
    sources = _sources()
    plans = []
    for index in range(count):
        text = sources[index % len(sources)]
        text = text.replace("2025", str(2025 + index % 3)).replace("Malý", rng.choice(["Malá", "Novák", "Svoboda"]))
        plans.append(f"{text}\n\nPoznámka {index}: klient chce do {1 + index % 28}. {1 + index % 12}. doplnit doklad č. {index}.\n")
    return plans


def main() -> None:
    plans = _variants(PLAN_COUNT)
    parser = MarkdownIt("commonmark").enable("table")
    started = time.perf_counter()
    for text in plans:
        parser.parse(text)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    for text in plans:
        planlint.check_text(text)
    full = time.perf_counter() - started
    size = sum(len(text.encode()) for text in plans) / len(plans)
    print(f"plans: {len(plans)} (average {size / 1000:.1f} kB)")
    print(f"bare markdown-it parse: {len(plans) / bare:,.0f} plans/s")
    print(f"planlint check:         {len(plans) / full:,.0f} plans/s   (target >= 200)")
    print(f"check / parse time:     {full / bare:.2f}x   (target <= 3x)")
