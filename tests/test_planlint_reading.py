"""Plans handed in as people hand them in get the verdicts of the same plan written in Markdown."""

from __future__ import annotations

import codecs

import pytest

import planlint
from plan_files import every_form
from planlint_cases import HELDOUT, SHARED, expected_plans

MARKDOWN_PLANS = [
    (path, spec) for folder in (SHARED / "plans", HELDOUT / "plans-heldout")
    for path, spec in expected_plans(folder) if path.suffix == ".md"
]


def verdicts(text: str, date: str) -> dict:
    result = planlint.check_text(text, date=date)
    return {
        "sections": result["sections"],
        "goals": [(goal["text"], "".join(letter for letter, ok in goal["smart"].items() if ok)) for goal in result["goals"]],
        "steps": [(step["co"], step["kdo"], step["kdy"]) for step in result["steps"]],
        "errors": result["summary"]["errors"],
        "rules": sorted(finding["rule"] for finding in result["findings"]),
    }


@pytest.mark.parametrize("path, spec", MARKDOWN_PLANS, ids=lambda value: getattr(value, "name", ""))
def test_every_form_of_a_plan_gets_the_markdown_verdicts(path, spec):
    forms = every_form(path.read_text(encoding="utf-8"))
    expected = verdicts(planlint.read_bytes(forms.pop("plan.md"), "plan.md"), spec["date"])
    assert expected["goals"] and expected["steps"], "a plan without goals or steps proves little"
    for name, data in forms.items():
        assert verdicts(planlint.read_bytes(data, name), spec["date"]) == expected, name


def test_pasted_example_counts_lines_as_the_editor_shows_them():
    text = planlint.read_bytes((SHARED / "plans/dobry-plan-z-wordu.txt").read_bytes(), "dobry-plan-z-wordu.txt")
    lines = text.split("\n")
    result = planlint.check_text(text, date="2025-02-03")
    for goal in result["goals"]:
        assert lines[goal["line"] - 1].endswith(goal["text"])
    for step in result["steps"]:
        assert lines[step["line"] - 1].startswith(step["co"])


def test_word_docx_text_shows_headings_lists_and_tables_as_markdown():
    text = planlint.read_bytes(every_form((SHARED / "plans/dobry-plan.md").read_text(encoding="utf-8"))["styly.docx"], "p.docx")
    assert "# 4. Cíle" in text.split("\n")  # Word's "Nadpis 1" (the title is "Název")
    assert "| Co | Kdo | Do kdy |" in text
    assert "- Josef Malý – klient" in text
    result = planlint.check_text(text, date="2025-02-03")
    lines = text.split("\n")
    assert [lines[goal["line"] - 1][3:40] for goal in result["goals"]] == [goal["text"][:37] for goal in result["goals"]]


GOAL = "Paní Alena chce do 30. 6. 2025 podat žádost o příspěvek na bydlení."
OTHER = "Bydlí s dcerou v nájemním bytě."


@pytest.mark.parametrize("heading", [
    "4. Cíle", "4) Cíle", "IV. Cíle", "Cíle", "CÍLE", "Cíle:", "**Cíle**", "**4. Cíle plánu**", "Stanovení cílů",
    "Přání a očekávání klienta",
])
def test_heading_forms_people_type(heading):
    text = f"Popis situace\n{OTHER}\n{heading}\n{GOAL}\nKroky\nCo\tKdo\tDo kdy\nPodat žádost\tAlena\t30. 6. 2025\n"
    result = planlint.check_text(text, date="2025-03-01")
    assert result["sections"]["cile"] == "ok"
    assert [(goal["line"], goal["text"]) for goal in result["goals"]] == [(4, GOAL)]
    assert [(step["line"], step["co"], step["kdo"]) for step in result["steps"]] == [(7, "Podat žádost", "Alena")]


def test_heading_with_its_body_on_the_same_line():
    result = planlint.check_text(f"Situace: {OTHER}\nCíle: {GOAL}\n", date="2025-03-01")
    assert result["sections"]["situace"] == "ok"
    assert [(goal["line"], goal["text"]) for goal in result["goals"]] == [(2, GOAL)]


@pytest.mark.parametrize("sentence", ["Cíle jsme probrali s paní Alenou.", "Cíle jsme s paní Alenou probrali dnes ráno"])
def test_a_sentence_that_mentions_a_section_is_no_heading(sentence):
    result = planlint.check_text(f"Situace\n{OTHER}\n{sentence}\n", date="2025-03-01")
    assert result["sections"]["cile"] == "missing"
    assert result["sections"]["situace"] == "ok"


@pytest.mark.parametrize("heading, section", [
    ("Plán spolupráce", "kroky"), ("Dohodnuté kroky", "kroky"), ("Kdo, co a do kdy udělá", "kroky"),
    ("Účastníci případové konference", "osoby"), ("Příčiny a popis situace", "situace"),
    ("Způsob kontroly plnění", "vyhodnoceni"), ("Přání a očekávání klienta", "cile"),
])
def test_headings_of_real_forms(heading, section):
    result = planlint.check_text(f"## {heading}\n\nPaní Alena 30. 6. 2025 schůzka, Petr Malý OSPOD.\n", date="2025-03-01")
    assert result["sections"][section] == "ok"


def test_plan_title_with_plan_spoluprace_is_no_section():
    result = planlint.check_text("Individuální plán spolupráce – paní Alena\nText plánu bez kroků.\n")
    assert result["sections"]["kroky"] == "missing"


@pytest.mark.parametrize("columns", [
    ("Úkol", "Zodpovědná osoba", "Termín splnění"), ("Činnost", "Odpovídá", "Časový plán"),
    ("Krok", "Realizuje", "Lhůta"), ("Opatření", "Odpovědnost", "Termín"), ("Co", "Zodpovídá", "Do kdy"),
])
def test_step_columns_of_real_forms(columns):
    text = "Kroky\n" + "\t".join(columns) + "\nPodat žádost\tAlena\t30. 6. 2025\n"
    steps = planlint.check_text(text, date="2025-03-01")["steps"]
    assert [(step["co"], step["kdo"], step["kdy"]) for step in steps] == [("Podat žádost", "Alena", "30. 6. 2025")]


PANGRAM = "Příliš žluťoučký kůň úpěl ďábelské ódy. ŠŤASTNÝ ŽRALOK, Ťuk."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1250", "iso-8859-2"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_in_every_common_czech_encoding(encoding, newline):
    text = f"## Situace{newline}{PANGRAM}{newline}"
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    assert planlint.read_bytes(data, "plan.txt") == f"## Situace\n{PANGRAM}\n"


def test_short_windows_text_with_one_distinguishing_letter():
    # š is 0x9A in Windows-1250 and a control character in ISO-8859-2; ą (0xB1 in 1250) is š there.
    assert planlint.read_bytes("Paní Šťastná".encode("cp1250"), "a.txt") == "Paní Šťastná"
    assert planlint.read_bytes("Paní Šťastná".encode("iso-8859-2"), "a.txt") == "Paní Šťastná"
