"""The SMART page's good and weak example goals get the verdict the page promises from the checker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import planlint

SMART_PAGE = Path(__file__).resolve().parents[1] / "docs" / "casework" / "smart.md"
PLAN_DATE = "2025-01-15"  # the examples' deadlines lie in 2025


def examples(kind: str) -> list[tuple[str, str]]:
    """(goal, plan date) for the quoted goals under the page's '!!! example' (good) or
    '!!! warning' (weak) boxes; "v plánu sestaveném 3. 3. 2025" after a goal sets its plan date."""
    found = []
    for block in re.findall(rf'^!!! {kind} "[^"]*"\n((?:    .*\n|\n)+)', SMART_PAGE.read_text(encoding="utf-8"), re.M):
        for goal, rest in re.findall(r"^    - „([^“]+)“(.*)$", block, re.M):
            date = re.search(r"sestaveném (\d+)\. (\d+)\. (\d{4})", rest)
            found.append((goal, f"{date[3]}-{int(date[2]):02}-{int(date[1]):02}" if date else PLAN_DATE))
    return found


GOOD, WEAK = examples("example"), examples("warning")


def test_the_page_has_examples_of_both_kinds():
    assert len(GOOD) >= 5 and len(WEAK) >= 5


@pytest.mark.parametrize("goal, date", GOOD)
def test_good_example_meets_all_five_letters(goal, date):
    assert all(planlint.check_goal(goal, date=date)["smart"].values())


@pytest.mark.parametrize("goal, date", WEAK)
def test_weak_example_fails_a_letter(goal, date):
    assert not all(planlint.check_goal(goal, date=date)["smart"].values())


PLAN_PAGE = SMART_PAGE.with_name("individualni-plan.md")


def markdown_block_after(anchor: str) -> str:
    """The first ```markdown block after the heading with this id, without its indentation."""
    text = PLAN_PAGE.read_text(encoding="utf-8")
    after = text[text.index(f"{{#{anchor}}}"):]
    match = re.search(r"^( *)```markdown\n(.*?)^\1```", after, re.M | re.S)
    indent = len(match[1])
    return "\n".join(line[indent:] for line in match[2].splitlines())


def test_the_model_plan_in_the_guide_has_no_errors():
    result = planlint.check_text(markdown_block_after("vzorovy-plan"))
    assert set(result["sections"].values()) == {"ok"}
    assert result["summary"]["errors"] == 0, result["findings"]


def test_the_blank_template_in_the_guide_is_reported_empty():
    result = planlint.check_text(markdown_block_after("sablona"), date=PLAN_DATE)
    assert result["summary"]["errors"] > 0
    assert "ok" not in [result["sections"][s] for s in ("klient", "cile", "kroky")]
