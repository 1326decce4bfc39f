"""Behaviour a trainer would write down, each value stated here by hand (never computed by the checker).

Each test pins one thing that a deliberate bug in the checker once changed without any test noticing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

import planlint
from planlint.judging import dates

DAY = dt.date


def _deadline(text: str, plan_date: str) -> DAY | None:
    found = [span.deadline for span in dates.find(text, DAY.fromisoformat(plan_date)) if span.deadline]
    return max(found) if found else None


@pytest.mark.parametrize(
    "text, plan_date, expected",
    [
        # A month without a year is the next such month on or after the plan's date.
        ("do prosince", "2025-01-15", DAY(2025, 12, 31)),
        ("do prosince", "2025-12-15", DAY(2025, 12, 31)),
        ("do ledna", "2025-03-15", DAY(2026, 1, 31)),
        ("do 20. 12.", "2025-01-15", DAY(2025, 12, 20)),
        ("do 10. 1.", "2025-01-15", DAY(2026, 1, 10)),
        ("do 15. 1.", "2025-01-15", DAY(2025, 1, 15)),
        # A school year ends on 30 June.
        ("do konce školního roku 2024/25", "2024-10-01", DAY(2025, 6, 30)),
        ("do konce školního roku 2025/2026", "2025-10-01", DAY(2026, 6, 30)),
        # "za týden", "za měsíc" count from the plan's date.
        ("za týden", "2025-03-01", DAY(2025, 3, 8)),
        ("za 14 dní", "2025-03-01", DAY(2025, 3, 15)),
        # Quarters end on the last day of March, June, September and December.
        ("do konce 1. čtvrtletí 2025", "2025-01-10", DAY(2025, 3, 31)),
        ("do konce 2. čtvrtletí 2025", "2025-01-10", DAY(2025, 6, 30)),
        ("do konce 3. čtvrtletí 2025", "2025-01-10", DAY(2025, 9, 30)),
        ("do konce 4. čtvrtletí 2025", "2025-01-10", DAY(2025, 12, 31)),
        # Both spellings of a half-year mean the same half-year.
        ("v 1. pololetí 2025", "2025-01-10", DAY(2025, 6, 30)),
        ("v prvním pololetí 2025", "2025-01-10", DAY(2025, 6, 30)),
        ("ve 2. pololetí 2025", "2025-01-10", DAY(2025, 12, 31)),
    ],
)
def test_a_deadline_is_the_day_a_trainer_reads_in_it(text, plan_date, expected):
    assert _deadline(text, plan_date) == expected


def test_a_month_without_a_year_is_a_goal_deadline_that_has_not_passed():
    result = planlint.check_goal("Paní Jana chce do prosince podat žádost o obecní byt.", date="2025-01-15")
    assert result["smart"]["R"] and result["smart"]["T"]


def test_a_percentage_is_a_measure():
    goal = "Paní Jana chce do 30. 6. 2025 dosáhnout docházky dcery do školy aspoň 90 %."
    assert planlint.check_goal(goal, date="2025-03-01")["smart"]["M"] is True


@pytest.mark.parametrize("number", ["851012/1234", "856212/1234", "855101/123", "856001/1234"])
def test_a_birth_number_of_any_month_is_flagged(number):
    plan = f"# Plán\n\n## Základní informace o klientovi\n\nPan Petr, rodné číslo {number}, bydlí sám.\n"
    assert "IP-OSOBNI-UDAJE" in {f["rule"] for f in planlint.check_text(plan)["findings"]}


def test_a_long_date_label_gives_the_plans_date():
    plan = "Datum sestavení individuálního plánu: 3. 2. 2025\n\n## Cíle\n\n- Paní Jana chce do 30. 6. 2025 podat žádost.\n"
    assert planlint.check_text(plan)["date"] == "2025-02-03"


def test_a_placeholder_is_no_responsible_person():
    plan = (
        "Datum: 3. 2. 2025\n\n## Kroky\n\n"
        "- Co: podat žádost o byt; Kdo: doplňte jméno pracovníka; Do kdy: 28. 2. 2025\n"
    )
    steps = planlint.check_text(plan)["steps"]
    assert steps and steps[0]["kdo"] is None
    assert "IP-KROK-KDO" in {f["rule"] for f in planlint.check_text(plan)["findings"]}


def test_words_sub_bullets_pasted_as_o_and_tab_stay_under_their_goal():
    plan = (
        "Datum: 3. 2. 2025\n\nCíle\n"
        "•\tPaní Jana chce do 30. 6. 2025 podat žádost o obecní byt.\n"
        "o\tnejdřív si zjistí podmínky na radnici\n"
        "•\tPaní Jana chce do 31. 5. 2025 zaregistrovat se na úřadu práce.\n"
    )
    goals = [goal["text"] for goal in planlint.check_text(plan)["goals"]]
    assert goals == [
        "Paní Jana chce do 30. 6. 2025 podat žádost o obecní byt.",
        "Paní Jana chce do 31. 5. 2025 zaregistrovat se na úřadu práce.",
    ]


def test_a_lowercase_heading_with_a_colon_opens_its_section():
    plan = "Datum: 3. 2. 2025\n\ncíle:\n\n- Paní Jana chce do 30. 6. 2025 podat žádost o obecní byt.\n"
    result = planlint.check_text(plan)
    assert result["sections"]["cile"] == "ok"
    assert len(result["goals"]) == 1


def test_start_here_names_the_goal_that_misses_most_letters():
    plan = (
        "Datum: 3. 2. 2025\n\n## Cíle\n\n"
        "- Paní Jana chce podat žádost o obecní byt.\n"
        "- Zlepšit situaci rodiny.\n"
    )
    points = [point["text"] for point in planlint.check_text(plan)["start_here"]]
    goal_points = [text for text in points if "SMART" in text]
    assert goal_points and "„Zlepšit situaci rodiny“" in goal_points[0]


def _zip(members: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(members - 1):
            archive.writestr(f"word/media/image{number}.png", b"")
    return buffer.getvalue()


def test_a_document_with_too_many_parts_is_refused_in_czech():
    with pytest.raises(planlint.InputError, match="poškozený"):
        planlint.read_bytes(_zip(2001), "plan.docx")


def test_two_addresses_close_together_on_one_line_are_flagged_once():
    plan = (
        "# Plán\n\n## Základní informace o klientovi\n\n"
        "Dříve Dlouhá 5, Praha, nyní nám. Míru 12, 120 00 Praha.\n"
    )
    flagged = [f["line"] for f in planlint.check_text(plan)["findings"] if f["rule"] == "IP-OSOBNI-UDAJE"]
    assert flagged == [5]
