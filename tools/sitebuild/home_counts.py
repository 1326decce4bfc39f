"""After the generator: the home page's counts of case studies and exercises, taken from the sources.

docs/index.md has an empty <span data-sp-count="cases|exercises"></span> where a number goes; a
number written by hand went stale when cases were added ("five cases" beside eight).
"""

from __future__ import annotations

from pathlib import Path

from .paths import DOCS, EXERCISES, SITE

PAGE = "index.html"


def czech_count(count: int, forms: tuple[str, str, str]) -> str:
    one, few, many = forms
    return f"{count}\u00a0{one if count == 1 else few if 2 <= count <= 4 else many}"


def case_count() -> int:
    return sum(1 for p in (DOCS / "kazuistiky").glob("*.md") if p.name != "index.md")


def exercise_count() -> int:
    from planlint.exercises import all_exercises

    return len(all_exercises(EXERCISES))


def phrases() -> dict[str, str]:
    return {
        "cases": czech_count(case_count(), ("smyšlený příběh", "smyšlené příběhy", "smyšlených příběhů")),
        "exercises": czech_count(exercise_count(), ("cvičení", "cvičení", "cvičení")) + " na individuální plán",
    }


def build_step(site: Path = SITE) -> None:
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    for key, phrase in phrases().items():
        slot = f'<span data-sp-count="{key}"></span>'
        if slot not in text:
            raise SystemExit(f"{page}: na úvodní stránce chybí místo pro počet ({slot}).")
        text = text.replace(slot, phrase)
    page.write_text(text, encoding="utf-8")
