"""How one goal is judged on S, M, A and T: the generalising rules behind the labelled corpus."""

from __future__ import annotations

import pytest

import planlint
from test_planlint_rules import CANONICAL, check, plan_with, rules


def letters(goal: str, date: str = "2025-02-01") -> dict[str, bool]:
    return planlint.check_goal(goal, date=date)["smart"]


def messages(goal: str, date: str = "2025-02-01") -> str:
    return " ".join(finding["message"] for finding in planlint.check_goal(goal, date=date)["findings"])


# One lexicon entry ("podat") covers the verb, first person, verbal noun and imperative.
@pytest.mark.parametrize(
    "goal",
    [
        "Klientka do 31. 3. 2025 podá žádost o příspěvek na bydlení.",
        "Podám do 31. 3. 2025 žádost o příspěvek na bydlení.",
        "Podání žádosti o příspěvek na bydlení do 31. 3. 2025.",
        "Podejte do 31. 3. 2025 žádost o příspěvek na bydlení.",
        "Splacení dluhu na nájmu do 31. 3. 2025.",
        "Zaregistrujte se do 15. 2. 2025 na úřadu práce.",
    ],
)
def test_every_form_of_a_concrete_verb_is_specific_and_measurable(goal):
    got = letters(goal)
    assert got["S"] and got["M"] and got["T"]


@pytest.mark.parametrize(
    "goal",
    [
        "Udržení bydlení.",
        "Zajištění bydlení pro rodinu do konce roku 2025.",
        "Stabilní příjem domácnosti.",
        "Syn má klidné prostředí pro učení.",
        "Zlepšete hospodaření domácnosti.",
        "Paní Alena chce vyřešit dluhy do 30. 4. 2025.",
        "Chci být samostatnější.",
        "Naučím se vařit.",
        "Klient chce získat přehled o exekucích.",
        "Pan Josef chce vylepšit vztah s dcerou.",
        "Klientka si přeje, aby jí někdo pomáhal s úřady.",
        "Zdokonalit se v první pomoci.",
        "Klient už nikdy nepřijde o bydlení.",
    ],
)
def test_a_goal_without_a_concrete_action_or_result_fails_s_and_m(goal):
    got = letters(goal)
    assert not got["S"] and not got["M"]


@pytest.mark.parametrize(
    "goal",
    [
        "Syn má vlastní postel a psací stůl.",
        "Uživatel bude mít do 31. 3. 2025 podepsanou nájemní smlouvu.",
        "Zajistit synovi do konce března 2025 brýle na čtení.",
        "Paní Nová si přeje do 14 dnů nachystat všechny doklady do desek.",
    ],
)
def test_a_concrete_thing_makes_a_state_or_an_unlisted_verb_specific(goal):
    got = letters(goal)
    assert got["S"] and got["M"]


def test_a_direction_is_specific_and_measurable_only_with_a_number_and_unit():
    assert letters("Snížit výdaje na 8 000 Kč měsíčně.")["S"]
    assert letters("Snížit výdaje na 8 000 Kč měsíčně.")["M"]
    assert letters("Pan Fiala chce zhubnout na 95 kg.")["M"]
    assert not letters("Klient chce snížit výdaje.")["S"]
    assert not letters("Klient chce méně pít.")["M"]


def test_an_ordinal_is_no_quantity_but_a_concrete_event_with_one_is_fine():
    assert not letters("Zdokonalit se v první pomoci do 30. 6. 2025.")["M"]
    assert letters("Pan Toman chce do 15. 4. 2025 absolvovat kurz první pomoci.")["M"]


def test_a_repeated_activity_needs_a_frequency_to_be_measurable():
    without = "Klientka bude chodit na kontroly k diabetologovi."
    assert letters(without)["S"] and not letters(without)["M"]
    assert "jak často" in messages(without)
    assert letters("Klientka bude jednou za měsíc chodit na kontroly k diabetologovi.")["M"]


def test_verbless_goal_gets_advice_to_name_the_action():
    assert "co se udělá" in messages("Stabilní příjem domácnosti.")


@pytest.mark.parametrize(
    "goal, accepted",
    [
        ("Podám do 15. 3. 2025 žádost o příspěvek na bydlení.", True),
        ("Sepíšu do 14 dnů seznam všech věřitelů.", True),
        ("Budu dvakrát týdně chodit na procházku.", True),
        ("Sociální pracovnice chce do konce února 2025 zajistit klientovi ubytování.", False),
        ("Kurátorka chce, aby syn do 31. 3. 2025 nastoupil do výchovného kurzu.", False),
        ("Podejte do konce února 2025 žádost o mimořádnou okamžitou pomoc.", False),
        ("Klient do 14 dnů od nástupu doloží úřadu práce pracovní smlouvu.", False),
    ],
)
def test_first_person_is_the_clients_will_a_professional_or_an_order_is_not(goal, accepted):
    assert letters(goal)["A"] is accepted


def test_an_imperative_goal_is_told_to_be_written_as_the_clients_wish():
    assert "pokyn" in messages("Podejte do 31. 3. 2025 žádost o dávku.")


@pytest.mark.parametrize(
    "goal, date",
    [
        ("Ve druhém pololetí 2025 se paní Vaňková zapíše do kurzu češtiny.", "2025-09-15"),
        ("V prvním čtvrtletí si klientka vyřídí nový občanský průkaz.", "2025-02-01"),
        ("Do dvou měsíců od propuštění si pan Bílek najde ubytování.", "2025-02-01"),
        ("Do týdne od návratu z nemocnice si klient domluví pečovatelskou službu.", "2025-02-01"),
        ("Během prvních 3 měsíců po přestěhování chci navštívit sousedské centrum.", "2025-02-01"),
    ],
)
def test_half_years_quarters_and_durations_from_an_event_are_time_frames(goal, date):
    got = letters(goal, date)
    assert got["T"] and got["R"]


def test_a_duration_from_an_event_sets_no_deadline_to_compare_with_the_plan_date():
    # Counted from the plan date, "do 14 dnů" would end before a later plan date's deadlines; from an
    # event its end is unknown, so it is never "in the past".
    goal = "Do 14 dnů od nástupu do práce doloží klient úřadu práce pracovní smlouvu."
    assert planlint.check_goal(goal, date="2025-02-01")["smart"]["R"]
    assert not any(f["rule"] == "IP-CIL-R" for f in planlint.check_goal(goal, date="2025-02-01")["findings"])


def test_a_frequency_per_period_is_not_a_deadline():
    assert not letters("Chci, aby mě syn navštěvoval alespoň jednou za 14 dní.")["T"]


def test_the_second_half_year_with_a_year_runs_to_the_end_of_that_year():
    assert letters("Ve druhém pololetí 2025 bude syn chodit na kroužek robotiky jednou týdně.", "2025-09-15")["R"]


@pytest.mark.parametrize("way", ["na schůzce", "na schůzkách", "na společné schůzce"])
def test_an_evaluation_at_a_meeting_names_its_way_in_any_case(way):
    result = check(plan_with(CANONICAL, {"vyhodnoceni": f"Plán vyhodnotíme 30. 4. 2025 {way} s Klárou."}))
    assert "IP-VYHODNOCENI" not in rules(result)


def test_an_evaluation_without_a_way_is_still_flagged():
    result = check(plan_with(CANONICAL, {"vyhodnoceni": "Plán vyhodnotíme 30. 4. 2025."}))
    assert "IP-VYHODNOCENI" in rules(result)
