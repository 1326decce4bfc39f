"""What a trainee sees for typical ways of writing a plan (sections, goals, steps, risks, data)."""

from __future__ import annotations

import textwrap

import pytest

import planlint


def check(text: str, **options) -> dict:
    return planlint.check_text(textwrap.dedent(text), date=options.pop("date", "2025-03-01"), **options)


def rules(result: dict) -> list[str]:
    return [finding["rule"] for finding in result["findings"]]


GOOD_BODY = {
    "klient": "Klára Nová, 22 let, dvě děti, bydlí na ubytovně (smyšlené údaje).",
    "osoby": "- Klára Nová – klientka\n- Mgr. Eva Dobrá – sociální pracovnice ORP\n- OSPOD – Bc. Jan Malý",
    "situace": "Klára musí do konce dubna opustit ubytovnu a hledá bydlení.",
    "cile": "- Klára chce do 31. 3. 2025 podat žádost o sociální byt.",
    "kroky": "| Co | Kdo | Do kdy |\n|---|---|---|\n| Vyplnit žádost o byt | Klára Nová | 20. 3. 2025 |",
    "rizika": "- Riziko: byt nebude volný. Alternativa: Eva Dobrá do 15. 4. 2025 domluví azylový dům.",
    "zpetna_vazba": "Klára každý pátek telefonicky informuje Evu Dobrou, co se podařilo.",
    "vyhodnoceni": "Plán vyhodnotíme na osobní schůzce 30. 4. 2025.",
    "informovani": "Eva Dobrá pošle zápis OSPOD do 7. 3. 2025.",
    "dalsi_pk": "Další případová konference bude 5. 5. 2025.",
}


def plan_with(headings: dict[str, str], bodies: dict[str, str] | None = None, prefix: str = "") -> str:
    bodies = {**GOOD_BODY, **(bodies or {})}
    parts = [prefix + "# Individuální plán – Klára\n\nDatum sestavení plánu: 1. 3. 2025\n"]
    for section, heading in headings.items():
        parts.append(f"{heading}\n\n{bodies[section]}\n")
    return "\n".join(parts)


CANONICAL = {
    "klient": "## 1. Základní informace o klientce",
    "osoby": "## 2. Zainteresované osoby",
    "situace": "## 3. Popis situace",
    "cile": "## 4. Cíle",
    "kroky": "## 5. Kroky",
    "rizika": "## 6. Rizika a alternativní kroky",
    "zpetna_vazba": "## 7. Zpětná vazba",
    "vyhodnoceni": "## 8. Vyhodnocení",
    "informovani": "## 9. Informování nepřítomných",
    "dalsi_pk": "## 10. Další případová konference",
}


def test_a_complete_plan_has_no_findings():
    result = check(plan_with(CANONICAL))
    assert set(result["sections"].values()) == {"ok"}
    assert result["findings"] == []


@pytest.mark.parametrize(
    "headings",
    [
        {k: v.replace("## ", "### ").replace(". ", ") ", 1) for k, v in CANONICAL.items()},
        {k: "## " + v.split(". ", 1)[1].upper() for k, v in CANONICAL.items()},
        {
            "klient": "## Zakladni informace a kontakty na klienta",
            "osoby": "## Sit podpory",
            "situace": "## Strucny popis situace",
            "cile": "## Stanoveni cilu",
            "kroky": "## Akcni plan",
            "rizika": "## Plan B",
            "zpetna_vazba": "## Zpusob informovani a predavani zpetne vazby",
            "vyhodnoceni": "## Termin a zpusob vyhodnoceni planu",
            "informovani": "## Kdo informuje nepritomne",
            "dalsi_pk": "## Termin dalsi pripadove konference",
        },
        {k: v.split(". ", 1)[1] + "\n" + "=" * 10 for k, v in CANONICAL.items()},
    ],
    ids=["numbered-level3", "upper-case", "no-diacritics-synonyms", "setext"],
)
def test_headings_are_recognised_tolerantly(headings):
    result = check(plan_with(headings))
    assert result["sections"] == {section: "ok" for section in CANONICAL}


def test_missing_section_is_an_error_pointing_to_its_explanation():
    headings = {k: v for k, v in CANONICAL.items() if k != "rizika"}
    result = check(plan_with(headings))
    assert result["sections"]["rizika"] == "missing"
    finding = next(f for f in result["findings"] if f["rule"] == "IP-SEKCE-CHYBI")
    assert finding["severity"] == "error"
    assert finding["help"] == "casework/individualni-plan/#rizika"
    assert "Rizika" in finding["message"] and "např." in finding["message"]


@pytest.mark.parametrize("body", ["", "Doplňte popis situace klienta.", "*(doplňte)*", "- …\n- …"])
def test_heading_with_only_placeholder_is_empty(body):
    result = check(plan_with(CANONICAL, {"situace": body}))
    assert result["sections"]["situace"] == "empty"
    assert "IP-SEKCE-PRAZDNA" in rules(result)


def test_missing_next_conference_is_only_a_note():
    headings = {k: v for k, v in CANONICAL.items() if k != "dalsi_pk"}
    result = check(plan_with(headings))
    assert result["summary"]["errors"] == 0
    assert [f["severity"] for f in result["findings"]] == ["info"]


def test_step_list_items_in_both_shapes():
    body = (
        "- Co: vyplnit žádost; Kdo: Klára Nová; Do kdy: 20. 3. 2025\n"
        "- Zavolat na úřad práce – Eva Dobrá – do 10. 3.\n"
        "- Co: najít azylový dům; Kdo: Eva Dobrá\n"
        "- Zapsat syna do školy – 15. 3. 2025"
    )
    result = check(plan_with(CANONICAL, {"kroky": body}))
    steps = result["steps"]
    assert [(s["co"], s["kdo"], s["kdy"]) for s in steps] == [
        ("vyplnit žádost", "Klára Nová", "20. 3. 2025"),
        ("Zavolat na úřad práce", "Eva Dobrá", "do 10. 3."),
        ("najít azylový dům", "Eva Dobrá", None),
        ("Zapsat syna do školy", None, "15. 3. 2025"),
    ]
    lines = {f["rule"]: f["line"] for f in result["findings"] if f["rule"].startswith("IP-KROK")}
    assert lines["IP-KROK-KDY"] == steps[2]["line"]
    assert lines["IP-KROK-KDO"] == steps[3]["line"]


def test_step_table_in_any_column_order_and_spelling():
    body = "| Termín | Úkol | Odpovědná osoba |\n|---|---|---|\n| 20. 3. 2025 | Vyplnit žádost | paní Kláře |"
    result = check(plan_with(CANONICAL, {"kroky": body}))
    assert result["steps"][0]["co"] == "Vyplnit žádost"
    assert result["steps"][0]["kdo"] == "paní Kláře"
    assert result["steps"][0]["kdy"] == "20. 3. 2025"
    assert "IP-KROK-OSOBA" not in rules(result)  # "Kláře" is the listed "Klára" in another case


def test_step_owner_missing_from_persons_is_a_warning():
    body = "- Co: doprovod na úřad; Kdo: Petr Veselý; Do kdy: 20. 3. 2025"
    result = check(plan_with(CANONICAL, {"kroky": body}))
    finding = next(f for f in result["findings"] if f["rule"] == "IP-KROK-OSOBA")
    assert finding["severity"] == "warning" and "Petr Veselý" in finding["message"]


def test_step_deadline_outside_the_plan_period_is_a_warning():
    body = "- Co: podat žádost; Kdo: Klára Nová; Do kdy: 30. 6. 2025"
    result = check(plan_with(CANONICAL, {"kroky": body}))
    assert "IP-KROK-TERMIN" in rules(result)


def test_shared_example_risk_without_alternative_is_a_warning():
    from planlint_cases import SHARED

    result = planlint.check_text((SHARED / "plans/chybejici-casti.md").read_text(encoding="utf-8"), date="2025-03-01")
    assert [f["severity"] for f in result["findings"] if f["rule"] == "IP-RIZIKO-PLANB"] == ["warning"]


def test_risk_without_alternative_is_a_warning_and_with_one_is_fine():
    body = "- Partner může Kláru od změny odrazovat.\n- Když byt nebude volný, pak Eva Dobrá domluví azylový dům."
    result = check(plan_with(CANONICAL, {"rizika": body}))
    risk_findings = [f for f in result["findings"] if f["rule"] == "IP-RIZIKO-PLANB"]
    assert len(risk_findings) == 1 and "Partner" in risk_findings[0]["message"]


@pytest.mark.parametrize(
    "line, kind",
    [("Rodné číslo: 855612/1234", "rodné číslo"), ("Bydlí: Nádražní 1234/15, 301 00 Plzeň", "adresu")],
)
def test_real_personal_data_is_flagged(line, kind):
    result = check(plan_with(CANONICAL, {"klient": GOOD_BODY["klient"] + "\n" + line}))
    finding = next(f for f in result["findings"] if f["rule"] == "IP-OSOBNI-UDAJE")
    assert kind in finding["message"]


def test_plan_consent_line_makes_goals_acceptable():
    goal = "- Do 31. 3. 2025 podat žádost o sociální byt."
    without = check(plan_with(CANONICAL, {"cile": goal}))
    assert without["goals"][0]["smart"]["A"] is False
    consent = plan_with(CANONICAL, {"cile": goal}).replace(
        "Datum sestavení plánu: 1. 3. 2025", "Datum sestavení plánu: 1. 3. 2025\nSouhlas klienta: Klára s plánem souhlasí."
    )
    assert check(consent)["goals"][0]["smart"]["A"] is True


def test_plan_date_comes_from_the_datum_line_without_option():
    result = planlint.check_text(plan_with(CANONICAL))
    assert result["date"] == "2025-03-01"


@pytest.mark.parametrize(
    "goal, letters",
    [
        ("Pan Novák chce do konce března podat žádost o příspěvek na bydlení.", "SMART"),
        ("Pan Novák chce během 3 měsíců najít praktického lékaře.", "SMART"),
        ("Pan Novák chce do 30.6. zaregistrovat se na úřadu práce.", "SMART"),
        ("Pan Novak chce do 31. 3. 2025 podat zadost o prispevek na bydleni.", "SMART"),
        ("Pan Novák chce od 1. 4. 2025 2x týdně docházet do denního stacionáře.", "SMART"),
        ("Pan Novák musí do 31. 3. 2025 podat žádost o byt.", "SMRT"),
        ("Pan Novák chce být spokojenější.", "AR"),
        ("Pan Novák chce do 14 dnů splatit všechny dluhy.", "SMAT"),
        ("Zlepšení komunikace mezi službami do konce dubna 2025.", "RT"),
    ],
)
def test_goal_letters(goal, letters):
    result = planlint.check_goal(goal, date="2025-03-01")
    assert "".join(letter for letter, ok in result["smart"].items() if ok) == letters
    assert len(result["findings"]) == 5 - len(letters)


def test_every_finding_has_czech_message_with_example_and_help():
    result = check("# Plán\n\n## Cíle\n\n- Zlepšit situaci.\n\n## Kroky\n\n- Zavolat\n")
    assert result["findings"]
    for finding in result["findings"]:
        assert finding["help"].startswith("casework/") and "#" in finding["help"]
        assert "např." in finding["message"] or finding["rule"] in ("IP-KROK-TERMIN",)


def test_exercise_checks_required_roles_and_topics():
    exercise = {
        "id": "zkouska", "title": "Zkouška", "case": "kazuistiky/index.md", "task": "Napište plán.",
        "date": "2025-03-01", "template": "# Plán", "model_answer": "# Plán",
        "checks": {
            "roles": [{"name": "OSPOD", "match": ["OSPOD", "sociálně-právní ochrana dětí"]},
                      {"name": "škola", "match": ["škola", "školy", "učitel"]}],
            "topics": [{"name": "bydlení", "match": ["byt", "bydlení", "ubytovna"]},
                       {"name": "dluhy", "match": ["dluh", "exekuce"]}],
        },
    }
    result = check(plan_with(CANONICAL), exercise=exercise)
    messages = [f["message"] for f in result["findings"]]
    assert rules(result) == ["CV-ROLE", "CV-TEMA"]
    assert "škola" in messages[0] and "dluhy" in messages[1]
