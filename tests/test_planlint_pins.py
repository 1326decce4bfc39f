"""Pins on the rules themselves: each rule's severity, the bounds of its checks and each of
its sub-checks, so that a deliberate bug in tools/planlint makes a test fail."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import tomllib
from pathlib import Path

import pytest

import planlint
from planlint.judging import dates, lexicon, smart
from planlint.reading import Block
from planlint.judging.steps import known_person, named_someone, people_stems, responsible_people
from planlint.text import stem, stems
from planlint.feedback.catalogue import RULES

# Written out here, not read from rules.py: a severity changed there must fail this test.
SEVERITIES = {
    "IP-SEKCE-CHYBI": "error", "IP-SEKCE-PRAZDNA": "error", "IP-DALSI-PK": "info", "IP-DATUM": "info",
    "IP-CIL-S": "error", "IP-CIL-M": "error", "IP-CIL-A": "error", "IP-CIL-R": "error", "IP-CIL-T": "error",
    "IP-CILE-ZADNE": "error", "IP-CILE-BEZ-KROKU": "warning", "IP-KROK-PO-CILI": "warning", "IP-KROK-CO": "error", "IP-KROK-KDO": "error", "IP-KROK-KDY": "error",
    "IP-KROK-OSOBA": "warning", "IP-KROK-TERMIN": "warning", "IP-KROKY-ZADNE": "error",
    "IP-KROK-VICE-OSOB": "warning", "IP-RIZIKO-PLANB": "warning", "IP-RIZIKO-KDO-KDY": "warning",
    "IP-ZPETNA-VAZBA": "warning", "IP-VYHODNOCENI": "warning", "IP-OSOBNI-UDAJE": "warning",
    "CV-ROLE": "error", "CV-TEMA": "error",
}


def test_the_rule_table_has_the_pinned_severities():
    assert {code: rule.severity for code, rule in RULES.items()} == SEVERITIES


# One plan per rule that raises it; together they raise every rule of the table.
RAISERS = {
    "IP-SEKCE-CHYBI": "# Plán\n\n## Cíle\n\n- Klára chce do 31. 3. 2025 podat žádost o byt.\n",
    "IP-SEKCE-PRAZDNA": "# Plán\n\n## Situace\n\nDoplňte.\n",
    "IP-DALSI-PK": "# Plán\n",
    "IP-DATUM": "# Plán\n",
    "IP-CIL-S": "## Cíle\n\n- Zlepšit situaci.\n",
    "IP-CIL-M": "## Cíle\n\n- Zlepšit situaci.\n",
    "IP-CIL-A": "## Cíle\n\n- Do 31. 3. 2025 podat žádost o byt.\n",
    "IP-CIL-R": "## Cíle\n\n- Klára chce do 1. 2. 2025 podat žádost o byt.\n",
    "IP-CIL-T": "## Cíle\n\n- Klára chce podat žádost o byt.\n",
    "IP-CILE-ZADNE": "## Cíle\n\n| Oblast | Poznámka |\n|---|---|\n| bydlení | hledáme byt |\n",
    "IP-KROK-CO": "## Kroky\n\n| Co | Kdo | Do kdy |\n|---|---|---|\n|  | Eva Dobrá | 20. 3. 2025 |\n",
    "IP-KROK-KDO": "## Kroky\n\n- Co: podat žádost; Do kdy: 20. 3. 2025\n",
    "IP-KROK-KDY": "## Kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá\n",
    "IP-KROK-OSOBA": "## Osoby\n\n- Eva Dobrá – pracovnice\n\n## Kroky\n\n- Co: podat žádost; Kdo: Petr Veselý; Do kdy: 20. 3. 2025\n",
    "IP-KROK-TERMIN": "## Kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá; Do kdy: 20. 2. 2025\n",
    "IP-KROKY-ZADNE": "## Kroky\n\nKroky domluvíme příště na schůzce.\n",
    "IP-CILE-BEZ-KROKU": "## Cíle\n\n- Klára chce do 31. 3. 2025 podat žádost o byt.\n\n"
    "## Kroky\n\n- Co: zavolat lékaři; Kdo: Eva Dobrá; Do kdy: 20. 3. 2025\n",
    "IP-KROK-PO-CILI": "## Cíle\n\n- Klára chce do 31. 3. 2025 podat žádost o obecní byt.\n\n"
    "## Kroky\n\n- Co: vyplnit žádost o obecní byt; Kdo: Eva Dobrá; Do kdy: 20. 4. 2025\n",
    "IP-KROK-VICE-OSOB": "## Kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá, Jan Malý; Do kdy: 20. 3. 2025\n",
    "IP-RIZIKO-PLANB": "## Rizika\n\n- Byt nebude volný.\n",
    "IP-RIZIKO-KDO-KDY": "## Rizika\n\n- Riziko: byt nebude volný. Alternativa: zkusíme jiný.\n",
    "IP-ZPETNA-VAZBA": "## Zpětná vazba\n\nBudeme se informovat o všem.\n",
    "IP-VYHODNOCENI": "## Vyhodnocení\n\nPlán spolu vyhodnotíme.\n",
    "IP-OSOBNI-UDAJE": "Rodné číslo: 855612/1234\n",
    "CV-ROLE": "# Plán\n",
    "CV-TEMA": "## Cíle\n\n- Klára chce do 31. 3. 2025 najít práci.\n",
}
EXERCISE = {
    "id": "zkouska", "title": "Zkouška", "case": "kazuistiky/index.md", "task": "Napište plán.",
    "date": "2025-03-01", "template": "# Plán", "model_answer": "# Plán",
    "checks": {"roles": [{"name": "OSPOD", "match": ["OSPOD"]}], "topics": [{"name": "bydlení", "match": ["byt"]}]},
}


@pytest.mark.parametrize("code", sorted(SEVERITIES))
def test_each_rule_is_raised_with_its_pinned_severity(code):
    result = planlint.check_text(RAISERS[code], date="2025-03-01", exercise=EXERCISE)
    raised = [f for f in result["findings"] if f["rule"] == code]
    assert raised, [f["rule"] for f in result["findings"]]
    assert {f["severity"] for f in raised} == {SEVERITIES[code]}
    counted = {"error": "errors", "warning": "warnings", "info": "infos"}
    for severity, key in counted.items():
        assert result["summary"][key] == sum(f["severity"] == severity for f in result["findings"])


def test_every_rule_code_is_raised_by_some_plan():
    assert set(RAISERS) == set(RULES)


# --- bounds --------------------------------------------------------------------------------

SHORT_DAYS = tomllib.loads((lexicon.DATA / "smart.toml").read_text(encoding="utf-8"))["realistic"]["short_days"]


@pytest.mark.parametrize("days, realistic", [(SHORT_DAYS - 1, False), (SHORT_DAYS, False), (SHORT_DAYS + 1, True), (60, True)])
def test_too_short_deadline_is_bounded_at_short_days(days, realistic):
    today = dt.date(2025, 3, 1)
    deadline = today + dt.timedelta(days=days)
    goal = f"Pan Novák chce do {deadline.day}. {deadline.month}. {deadline.year} splatit všechny dluhy ve výši 4 000 Kč."
    result = planlint.check_goal(goal, date=today.isoformat())
    assert result["smart"]["R"] is realistic
    assert result["smart"]["T"] is True


@pytest.mark.parametrize("days, late", [(-1, True), (0, False), (1, False)])
def test_a_deadline_before_the_plan_date_is_unrealistic_from_the_day_before(days, late):
    today = dt.date(2025, 3, 10)
    deadline = today + dt.timedelta(days=days)
    goal = f"Pan Novák chce do {deadline.day}. {deadline.month}. {deadline.year} podat žádost o příspěvek na bydlení."
    assert planlint.check_goal(goal, date=today.isoformat())["smart"]["R"] is not late


@pytest.mark.parametrize("days, outside", [(-1, True), (0, False), (60, False), (61, True)])
def test_step_deadline_must_lie_between_plan_date_and_evaluation(days, outside):
    day = dt.date(2025, 3, 1) + dt.timedelta(days=days)
    plan = (
        "## Vyhodnocení\n\nNa schůzce 30. 4. 2025.\n\n"
        f"## Kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá; Do kdy: {day.day}. {day.month}. {day.year}\n"
    )
    rules = [f["rule"] for f in planlint.check_text(plan, date="2025-03-01")["findings"]]
    assert ("IP-KROK-TERMIN" in rules) is outside


# --- sub-checks ----------------------------------------------------------------------------

GOAL_PLAN = "# Plán\n\nDatum sestavení plánu: 1. 3. 2025\n{consent}\n\n## Cíle\n\n- Do 31. 3. 2025 podat žádost o sociální byt.\n"


@pytest.mark.parametrize(
    "consent, accepted",
    [
        ("Souhlas klienta: Klára s plánem souhlasí.", True),
        ("Souhlas klienta: ano, podepsala.", True),
        ("Souhlas klienta: Klára s plánem nesouhlasí.", False),
        ("Souhlas klienta: odmítla plán podepsat.", False),
        # A refusal next to a word of will ("chce") is still a refusal.
        ("Souhlas klienta: nesouhlasí, chce si plán ještě promyslet.", False),
        ("Souhlas klienta: ne – plán odmítla, chce ho probrat s dcerou.", False),
        ("Souhlas klienta: doplňte.", False),
        ("", False),
    ],
)
def test_a_consent_line_counts_only_when_it_records_agreement(consent, accepted):
    result = planlint.check_text(GOAL_PLAN.format(consent=consent))
    assert result["goals"][0]["smart"]["A"] is accepted


@pytest.mark.parametrize(
    "text, today, expected",
    [
        # The rulebook (section 2): the next such day on or after the plan's date.
        ("do 20. 12.", dt.date(2025, 1, 10), dt.date(2025, 12, 20)),
        ("do 20. 1.", dt.date(2025, 12, 20), dt.date(2026, 1, 20)),
        ("do 15. 3.", dt.date(2025, 3, 1), dt.date(2025, 3, 15)),
        ("do 1. 3.", dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
    ],
)
def test_year_less_dates_are_the_next_such_day(text, today, expected):
    assert dates.first_date(text, today) == expected


def test_a_year_less_date_late_in_the_plans_year_is_no_late_goal():
    result = planlint.check_goal("Pan Novák chce do 20. 12. podat žádost o příspěvek na bydlení.", date="2025-01-10")
    assert result["smart"]["R"] is True and result["smart"]["T"] is True


FEEDBACK_PLAN = "## Osoby\n\n- Klára Nová – klientka\n- Eva Dobrá – pracovnice\n\n## Zpětná vazba\n\n{text}\n"


@pytest.mark.parametrize(
    "text, missing",
    [
        ("Klára informuje Evu Dobrou, co se podařilo.", "kdy nebo jak často"),
        ("Každý pátek se něco řekne o tom, co se podařilo.", "kdo komu"),
        ("Klára každý pátek informuje Evu Dobrou.", None),
    ],
)
def test_feedback_section_needs_who_and_when(text, missing):
    result = planlint.check_text(FEEDBACK_PLAN.format(text=text), date="2025-03-01")
    found = [f["message"] for f in result["findings"] if f["rule"] == "IP-ZPETNA-VAZBA"]
    if missing is None:
        assert found == []
    else:
        assert len(found) == 1 and missing in found[0]


@pytest.mark.parametrize(
    "text, missing",
    [("Plán vyhodnotíme na schůzce.", "termín"), ("Plán vyhodnotíme 30. 4. 2025.", "způsob"), ("Plán vyhodnotíme na schůzce 30. 4. 2025.", None)],
)
def test_evaluation_needs_a_date_and_a_way(text, missing):
    result = planlint.check_text(f"## Vyhodnocení\n\n{text}\n", date="2025-03-01")
    found = [f["message"] for f in result["findings"] if f["rule"] == "IP-VYHODNOCENI"]
    assert (found == []) if missing is None else (len(found) == 1 and missing in found[0])


@pytest.mark.parametrize(
    "goal, accepted",
    [
        ("Sociální pracovnice chce, aby pan Novák do 31. 3. 2025 podal žádost o byt.", False),
        ("Case managerka chce do 31. 3. 2025 s panem Novákem podat žádost o byt.", False),
        ("Pan Novák chce do 31. 3. 2025 podat žádost o byt.", True),
    ],
)
def test_a_professionals_will_is_not_the_clients(goal, accepted):
    assert planlint.check_goal(goal, date="2025-03-01")["smart"]["A"] is accepted


def _heading_for(pattern: str) -> str:
    """A heading a trainee could write for a lexicon pattern: 'zainteresovan* osob*' -> 'zainteresovane osoby'."""
    words = [w for w in pattern.split() if w != "..."]
    return " ".join(w[:-1] + "e" if w.endswith("*") else w.lstrip("*") for w in words)


SYNONYMS = [
    (section, pattern)
    for section, patterns in tomllib.loads((lexicon.DATA / "sections.toml").read_text(encoding="utf-8"))["patterns"].items()
    for pattern in patterns
]


@pytest.mark.parametrize("section, pattern", SYNONYMS, ids=[f"{s}:{p}" for s, p in SYNONYMS])
def test_each_heading_synonym_maps_to_its_section(section, pattern):
    heading = _heading_for(pattern)
    result = planlint.check_text(f"# Plán\n\n## {heading}\n\nPaní Klára a Eva Dobrá, 20. 3. 2025.\n", date="2025-03-01")
    assert result["sections"][section] == "ok", (heading, {k: v for k, v in result["sections"].items() if v != "missing"})


def test_the_too_short_setting_is_a_real_number_of_days():
    assert isinstance(SHORT_DAYS, int) and 1 <= SHORT_DAYS <= 31
    assert re.search(r"short_days\s*=", (lexicon.DATA / "smart.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("when, today", [("do konce března", "2025-03-31"), ("do prázdnin", "2025-06-30")])
def test_a_named_period_ending_on_the_plan_date_is_this_years(when, today):
    evaluation = dt.date.fromisoformat(today) + dt.timedelta(days=30)
    plan = (
        f"## Vyhodnocení\n\nNa schůzce {evaluation.day}. {evaluation.month}. {evaluation.year}.\n\n"
        f"## Kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá; Do kdy: {when}\n"
    )
    result = planlint.check_text(plan, date=today)
    assert "IP-KROK-TERMIN" not in [f["rule"] for f in result["findings"]]


def test_an_imposed_goal_fails_acceptance_even_with_the_plans_consent_line():
    plan = GOAL_PLAN.format(consent="Souhlas klienta: Klára s plánem souhlasí.").replace(
        "- Do 31. 3. 2025 podat", "- Klára musí do 31. 3. 2025 podat"
    )
    result = planlint.check_text(plan)
    assert result["goals"][0]["smart"]["A"] is False
    assert "zní jako příkaz" in next(f["message"] for f in result["findings"] if f["rule"] == "IP-CIL-A")


def test_a_risk_table_header_is_no_risk():
    table = "| Riziko | Alternativa |\n|---|---|\n| Byt nebude volný | Eva Dobrá do 15. 4. 2025 domluví azylový dům |"
    plan = f"## Osoby\n\n- Eva Dobrá – pracovnice\n\n## Rizika\n\n{table}\n"
    rules = [f["rule"] for f in planlint.check_text(plan, date="2025-03-01")["findings"]]
    assert "IP-RIZIKO-KDO-KDY" not in rules and "IP-RIZIKO-PLANB" not in rules


# --- bugs that survived a mutation run (tools/benchmarks/mutation.py) ---------------------------

GOOD_PLAN = (Path(__file__).with_name("data") / "shared-examples" / "plans" / "dobry-plan.md").read_text(encoding="utf-8")


def test_an_unrelated_heading_ends_the_goals_section():
    plan = GOOD_PLAN.replace("## 5. Kroky", "## Poznámka pracovnice\n\n1. Pan Malý byl na schůzce unavený.\n\n## 5. Kroky")
    result = planlint.check_text(plan)
    assert [goal["text"] for goal in result["goals"]] == [goal["text"] for goal in planlint.check_text(GOOD_PLAN)["goals"]]
    assert not any("unavený" in goal["text"] for goal in result["goals"])


def test_a_named_period_with_a_capital_is_a_deadline():
    """Names are blanked before the object is judged ("paní Nováková"), but "do Vánoc" stays a time."""
    verdict = smart.judge("Klient chce do Vánoc podat žádost o příspěvek na bydlení.", dt.date(2025, 3, 1))
    assert verdict.smart["T"] and verdict.deadline == dt.date(2025, 12, 24)


@pytest.mark.parametrize("one, other", [("otec", "otce"), ("Marek", "Marka"), ("konference", "konferenci")])
def test_the_stemmer_joins_the_forms_of_a_name_or_role(one, other):
    # "Marek" / "Marka": the "e" that Czech drops in other cases is dropped from the stem too.
    assert stems(one) == stems(other)


def test_people_are_compared_by_words_of_three_letters_or_more():
    # Initials and short words say nothing about who is meant: "JB" is not an unknown person.
    assert known_person("JB", {"novak"})
    assert not known_person("Jan Brož", {"novak"})
    assert people_stems([Block("paragraph", 1, "Mgr. Jana Nová z OSPOD, 45 let")]) == set(stems("Jana Nová OSPOD let"))


def _without(plan: str, heading: str) -> str:
    return re.sub(rf"## {re.escape(heading)}\n\n.*?\n\n", "", plan, flags=re.S)


def test_one_missing_section_is_named_alone_where_to_start():
    result = planlint.check_text(_without(GOOD_PLAN, "7. Zpětná vazba"))
    assert result["start_here"][0]["text"] == "Doplňte části plánu, které chybějí nebo jsou prázdné: „Zpětná vazba o plnění plánu“."


def test_only_a_goal_without_any_will_asks_for_the_clients_consent():
    unconsented = "\n".join(line for line in GOOD_PLAN.splitlines() if not line.startswith("Souhlas klienta"))
    imposed = unconsented.replace("Pan Malý chce do 28. 2. 2025 uzavřít", "Pan Malý musí do 28. 2. 2025 uzavřít")
    assert "consent" not in [item["kind"] for item in planlint.check_text(imposed)["feedback"]]
    no_will = unconsented.replace("Pan Malý chce do 28. 2. 2025 uzavřít", "Do 28. 2. 2025 uzavřít")
    assert "consent" in [item["kind"] for item in planlint.check_text(no_will)["feedback"]]


def test_a_role_after_a_comma_belongs_to_the_person_before_it():
    assert responsible_people("Jakub Hron, koordinátor") == ["Jakub Hron"]


def test_a_sentence_with_a_known_role_names_who_acts():
    assert named_someone("koordinátorka zavolá bytovému odboru", set())
    assert not named_someone("zavolá se bytovému odboru", set())


def test_a_direction_by_a_concrete_thing_is_specific():
    # "zvýšit příjem o přídavek": the thing added is the result, no number needed.
    verdict = smart.judge("Paní Nováková chce do 30. 6. 2025 zvýšit příjem rodiny o přídavek na dítě.", dt.date(2025, 3, 1))
    assert verdict.smart["S"] and verdict.smart["M"]


@pytest.mark.parametrize("word, expected", [("konference", "konferenk"), ("pracovnice", "pracovnik"), ("nemocnici", "nemocnik")])
def test_the_stemmer_cuts_only_the_case_ending(word, expected):
    assert stem(word) == expected


def test_a_steps_column_with_an_unknown_name_is_what_to_do():
    # A municipality's form may call it anything ("Záměr"); kdo and kdy are recognised, so it is "co".
    plan = GOOD_PLAN.replace("| Co | Kdo | Do kdy |", "| Záměr | Kdo | Do kdy |")
    result = planlint.check_text(plan)
    assert [step["co"] for step in result["steps"]] == [step["co"] for step in planlint.check_text(GOOD_PLAN)["steps"]]
    assert result["summary"]["errors"] == 0


def test_an_extra_column_beside_what_to_do_is_not_read_as_it():
    plan = GOOD_PLAN.replace("| Co | Kdo | Do kdy |\n|---|---|---|", "| Co | Kdo | Do kdy | Poznámka |\n|---|---|---|---|")
    plan = plan.replace("| Josef Malý | 10. 2. 2025 |", "| Josef Malý | 10. 2. 2025 | s pomocí dcery |")
    assert planlint.check_text(plan)["steps"] == planlint.check_text(GOOD_PLAN)["steps"]


STEPS_TABLE = re.search(r"\| Co \| Kdo \| Do kdy \|\n.*?\n\n", GOOD_PLAN, re.S)[0]


def test_steps_written_as_paragraphs_with_dashes_are_steps():
    rows = [line.strip("| ").split(" | ") for line in STEPS_TABLE.splitlines()[2:] if line.strip()]
    plan = GOOD_PLAN.replace(STEPS_TABLE, "\n\n".join(" – ".join(row) for row in rows) + "\n\n")
    result = planlint.check_text(plan)
    assert [(s["co"], s["kdo"], s["kdy"]) for s in result["steps"]] == [tuple(row) for row in rows]
    assert result["summary"]["errors"] == 0


def _feedback(plan: str, kind: str) -> str:
    [item] = [item for item in planlint.check_text(plan)["feedback"] if item["kind"] == kind]
    return item["message"]


@pytest.mark.parametrize("count, start", [(1, "U kroku „"), (2, "U kroků „")])
def test_a_steps_message_agrees_in_number(count, start):
    plan = GOOD_PLAN.replace("| Josef Malý | 10. 2. 2025 |", "| | 10. 2. 2025 |")
    if count == 2:
        plan = plan.replace("| Petra Nová | 14. 2. 2025 |", "| | 14. 2. 2025 |")
    assert _feedback(plan, "steps").startswith(start)


@pytest.mark.parametrize(
    "count, lead, verb", [(1, "Alternativa k riziku „", " neříká,"), (2, "Alternativy k rizikům „", " neříkají,")]
)
def test_a_risk_message_agrees_in_number(count, lead, verb):
    plan = GOOD_PLAN.replace("Alternativa: Petra Nová do 7. 3. 2025 svolá", "Alternativa: svolá se")
    if count == 2:
        plan = plan.replace("Alternativa: Jana Černá z dluhové poradny do 14 dnů navrhne", "Alternativa: navrhne se")
    message = _feedback(plan, "risks")
    assert message.startswith(lead) and f"{verb} kdo je udělá ani do kdy." in message


def test_a_step_that_starts_on_a_date_has_no_deadline_to_check():
    # "od 1. 1. 2025" is when a habit starts, not a deadline before the plan date.
    plan = GOOD_PLAN.replace("| Josef Malý | 10. 2. 2025 |", "| Josef Malý | od 1. 1. 2025 každý týden |")
    assert planlint.check_text(plan)["findings"] == []


def test_only_step_errors_make_the_steps_point_where_to_start():
    plan = GOOD_PLAN.replace("| Petra Nová | 14. 2. 2025 |", "| Petra Nová a Josef Malý | 14. 2. 2025 |")
    result = planlint.check_text(plan)
    assert [f["rule"] for f in result["findings"]] == ["IP-KROK-VICE-OSOB"]
    assert [point["text"] for point in result["start_here"]] == ["Ke každému kroku uveďte jen jednoho odpovědného člověka."]


def test_one_letter_words_are_no_content():
    feedback = "Pan Malý každý pátek telefonicky informuje Petru Novou, co se mu podařilo."
    assert feedback in GOOD_PLAN
    plan = re.sub(r"(## 7\. Zpětná vazba\n\n).*?\n\n", r"\1x y\n\n", GOOD_PLAN, flags=re.S)
    assert [f["rule"] for f in planlint.check_text(plan)["findings"]] == ["IP-SEKCE-PRAZDNA"]


def test_a_vague_noun_is_no_concrete_object_but_a_participle_is():
    today = dt.date(2025, 3, 1)
    assert not smart.judge("Pan Malý chce do 30. 6. 2025 získat zlepšení bydlení.", today).smart["S"]
    assert smart.judge("Pan Malý chce do 30. 6. 2025 získat zkrácený úvazek.", today).smart["S"]


def _labelled_steps(co: str, when_label: str = "Do kdy") -> str:
    return GOOD_PLAN.replace(STEPS_TABLE, f"- Co: {co}; Kdo: Josef Malý; {when_label}: 10. 2. 2025\n\n")


def test_a_dash_inside_a_labelled_step_keeps_the_rest_of_its_text():
    result = planlint.check_text(_labelled_steps("Sepsat přehled – příjmy a výdaje"))
    assert [step["co"] for step in result["steps"]] == ["Sepsat přehled příjmy a výdaje"]


def test_a_label_of_three_words_is_still_a_label():
    result = planlint.check_text(_labelled_steps("Sepsat přehled příjmů", when_label="Do kdy nejpozději"))
    assert [step["kdy"] for step in result["steps"]] == ["10. 2. 2025"]


def test_two_words_are_enough_content_for_a_section():
    plan = re.sub(r"(## 7\. Zpětná vazba\n\n).*?\n\n", r"\1Každý pátek.\n\n", GOOD_PLAN, flags=re.S)
    assert "IP-SEKCE-PRAZDNA" not in [f["rule"] for f in planlint.check_text(plan)["findings"]]
