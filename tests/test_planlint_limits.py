"""A plan's text is bounded in bytes and in lines; past a bound the trainee gets one Czech sentence."""

from __future__ import annotations

import pytest

import planlint


def test_a_plan_of_thousands_of_lines_is_refused_in_czech():
    plan = "## Cíle\n\n" + "- a\n" * 3000
    with pytest.raises(planlint.InputError, match="má přes 3 000 řádků"):
        planlint.check_text(plan)


def test_a_file_of_thousands_of_lines_is_refused_when_read():
    with pytest.raises(planlint.InputError, match="„plan.txt“ má přes 3 000 řádků"):
        planlint.read_bytes(("řádek\n" * 3000).encode(), "plan.txt")


def test_a_long_plan_below_the_line_bound_is_checked():
    plan = "Datum: 3. 2. 2025\n\n## Cíle\n\n" + "- Paní Jana chce do 30. 6. 2025 podat žádost o byt.\n" * 2990
    assert len(planlint.check_text(plan)["goals"]) == 2990
