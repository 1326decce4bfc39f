"""Before MkDocs, after exercise_pages: the trainers' answer sheets, one section per exercise.

Each exercises/lektori/<id>.toml holds what a trainer looks for in a plan for exercise <id>
(`looks_for`) and the mistakes trainees typically make (`mistakes`). They live beside the
exercises, not inside them, because the exercise format belongs to the checker. The page goes
into docs/cviceni/, which exercise_pages has just written afresh.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from .exercise_pages import PAGES, BuildError, _head, _load_exercises, case_title, czech_date, nav_titles
from .paths import EXERCISES

SHEETS = EXERCISES / "lektori"
PAGE = "listy-pro-lektory"
TITLE = "Pro lektory – listy s odpověďmi"
FIELDS = ("looks_for", "mistakes")


def load_sheet(path: Path) -> dict[str, list[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"lektori/{path.name}: soubor nejde přečíst ({exc}).") from None
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise BuildError(f"lektori/{path.name}: neznámé pole „{sorted(unknown)[0]}“.")
    for name in FIELDS:
        items = data.get(name)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise BuildError(f"lektori/{path.name}: pole „{name}“ má být neprázdný seznam textů.")
    return {name: [i.strip() for i in data[name]] for name in FIELDS}


def sheets_for(exercise_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    found = {p.stem: p for p in SHEETS.glob("*.toml")}
    missing = [i for i in exercise_ids if i not in found]
    if missing:
        raise BuildError(f"Cvičení „{missing[0]}“ nemá list pro lektory (exercises/lektori/{missing[0]}.toml).")
    extra = sorted(set(found) - set(exercise_ids))
    if extra:
        raise BuildError(f"lektori/{extra[0]}.toml patří ke cvičení, které neexistuje.")
    return {i: load_sheet(found[i]) for i in exercise_ids}


def page(exercises, sheets, titles) -> str:
    lines = [
        *_head(TITLE),
        f"# {TITLE}",
        "",
        "Ke každému cvičení jeden list: na co se v plánu dívat a jaké chyby účastníci dělají nejčastěji. "
        "Automatická kontrola hlídá části plánu a písmena SMART; to, co je tady, posoudíte okem vy. "
        "Vzorové řešení je vždy na stránce cvičení – je to jedna z mnoha dobrých podob plánu, ne jediná správná.",
        "",
    ]
    for exercise in exercises:
        sheet = sheets[exercise.id]
        lines += [
            f"## {exercise.title} {{#{exercise.id}}}",
            "",
            f"Kazuistika [{case_title(exercise.case, titles)}](../{exercise.case}), plán k {czech_date(exercise.date)}; "
            f"[zadání a vzorové řešení](./{exercise.id}.md#vzorove-reseni).",
            "",
            "**Na co se dívat**",
            "",
            *(f"- {item}" for item in sheet["looks_for"]),
            "",
            "**Typické chyby**",
            "",
            *(f"- {item}" for item in sheet["mistakes"]),
            "",
        ]
    return "\n".join(lines)


def build_step() -> None:
    try:
        exercises = _load_exercises()
        text = page(exercises, sheets_for([e.id for e in exercises]), nav_titles())
    except BuildError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(1) from None
    PAGES.mkdir(parents=True, exist_ok=True)
    (PAGES / f"{PAGE}.md").write_text(text, encoding="utf-8")
