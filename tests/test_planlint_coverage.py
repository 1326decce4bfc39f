"""Every goal has a step that leads to it, and no step is due after its goal (the rulebook, section 3)."""

from __future__ import annotations

import planlint

PLAN = """Datum sestavení plánu: 3. 2. 2025

## Cíle

1. Paní Jana chce do 31. 3. 2025 podat žádost o obecní byt.
2. Paní Jana chce do 30. 4. 2025 zaregistrovat se na úřadu práce.

## Kroky

| Co | Kdo | Do kdy |
|---|---|---|
| Vyplnit žádost o obecní byt na bytovém odboru | Jana Malá | {first} |
{second}
"""


def _rules(plan: str) -> list[tuple[str, int | None]]:
    return [(f["rule"], f["line"]) for f in planlint.check_text(plan)["findings"] if f["rule"] in RULES]


RULES = {"IP-CILE-BEZ-KROKU", "IP-KROK-PO-CILI"}


def test_a_goal_with_a_step_towards_it_and_a_step_in_time_gives_neither_warning():
    plan = PLAN.format(first="14. 3. 2025", second="| Domluvit registraci na úřadu práce | Jana Malá | 15. 4. 2025 |")
    assert _rules(plan) == []


def test_a_goal_no_step_leads_to_is_named_at_its_line():
    plan = PLAN.format(first="14. 3. 2025", second="")
    assert _rules(plan) == [("IP-CILE-BEZ-KROKU", 6)]
    message = next(f["message"] for f in planlint.check_text(plan)["findings"] if f["rule"] == "IP-CILE-BEZ-KROKU")
    assert message.startswith("K cíli „Paní Jana chce do 30. 4. 2025 zaregistrovat se na úřadu")
    assert "zatím nevede žádný krok" in message


def test_a_step_due_after_the_goal_it_leads_to_is_a_warning_at_the_steps_line():
    plan = PLAN.format(first="15. 4. 2025", second="| Domluvit registraci na úřadu práce | Jana Malá | 15. 4. 2025 |")
    assert _rules(plan) == [("IP-KROK-PO-CILI", 12)]
    finding = next(f for f in planlint.check_text(plan)["findings"] if f["rule"] == "IP-KROK-PO-CILI")
    assert finding["severity"] == "warning"
    assert "má být splněný už 31. 3. 2025" in finding["message"]


def test_a_plan_typed_without_diacritics_still_ties_steps_to_goals():
    plan = PLAN.format(first="14. 3. 2025", second="| Domluvit registraci na uradu prace | Jana Mala | 15. 4. 2025 |")
    plan = plan.replace("zaregistrovat se na úřadu práce", "zaregistrovat se na uradu prace")
    assert _rules(plan) == []


def test_a_lasting_state_from_a_date_may_have_steps_after_that_date():
    plan = PLAN.format(first="14. 3. 2025", second="| Domluvit registraci na úřadu práce | Jana Malá | 15. 4. 2025 |")
    plan = plan.replace("do 30. 4. 2025 zaregistrovat se na úřadu práce", "od 1. 4. 2025 chodit jednou týdně na úřad práce")
    assert _rules(plan) == []


def test_the_late_step_is_named_in_the_message_and_found_after_an_unrelated_step():
    unrelated = "| Zavolat lékaři kvůli receptu | Jana Malá | 14. 2. 2025 |"
    plan = PLAN.format(first="15. 4. 2025", second="| Domluvit registraci na úřadu práce | Jana Malá | 15. 4. 2025 |")
    plan = plan.replace("|---|---|---|\n", "|---|---|---|\n" + unrelated + "\n")
    findings = [f for f in planlint.check_text(plan)["findings"] if f["rule"] == "IP-KROK-PO-CILI"]
    assert [f["line"] for f in findings] == [13]
    assert findings[0]["message"].startswith("Krok „Vyplnit žádost o obecní byt na bytovém odboru“ má termín „15. 4. 2025“")
