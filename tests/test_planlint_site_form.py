"""The site's own Word plan form (forms/individualni-plan.md), filled in and read back, gets no false finding:
its instructions and dotted lines are the form's, not the trainee's text, and its tables are read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import planlint
from sitebuild.forms import blocks, load, to_docx

FORM = Path(__file__).resolve().parents[1] / "forms" / "individualni-plan.md"
SECTION_OF_HEADING = {
    "1.": "klient", "2.": "osoby", "3.": "situace", "4.": "cile", "5.": "kroky", "6.": "rizika",
    "7.": "zpetna_vazba", "8.": "vyhodnoceni", "9.": "informovani", "10.": "dalsi_pk",
}
GOALS = [
    "Pan Karel chce do 30. 4. 2025 podepsat s městem dohodu o splátkách dluhu na nájemném 18 600 Kč.",
    "Pan Karel chce od května 2025 platit každý měsíc nájem 7 400 Kč a splátku dluhu 1 000 Kč.",
]
TEXTS = {
    "klient": "Pan Karel Veselý, 58 let, žije sám v nájemním bytě; zastihnete ho na telefonu 777 000 111 (smyšlené údaje).",
    "situace": "Pan Karel dluží na nájemném 18 600 Kč a hrozí mu výpověď z nájmu. Chce v bytě zůstat.",
    "zpetna_vazba": "Pan Karel každý pátek zavolá case managerce Janě Malé, jak se plán plní.",
    "vyhodnoceni": "Plán vyhodnotíme 30. 6. 2025 na případové konferenci na úřadě.",
    "informovani": "Case managerka Jana Malá do 5. 4. 2025 pošle zápis e-mailem všem, kdo nepřišli.",
    "dalsi_pk": "Další případová konference bude 30. 6. 2025 na úřadě.",
}
TABLES = {
    "osoby": [
        ["Karel Veselý", "klient", "777 000 111"],
        ["Jana Malá", "case managerka, sociální odbor", "jana.mala@obec.cz"],
        ["Petr Dvořák", "bytový odbor města", "777 000 222"],
    ],
    "kroky": [
        ["Sepsat přehled příjmů a výdajů", "Karel Veselý", "10. 4. 2025"],
        ["Domluvit schůzku na bytovém odboru", "Jana Malá", "15. 4. 2025"],
        ["Podepsat dohodu o splátkách", "Karel Veselý", "30. 4. 2025"],
    ],
    "rizika": [["Pan Karel nepřijde na schůzku na bytovém odboru.", "Jana Malá mu do 2 dnů zavolá a domluví nový termín."]],
}


def _empty_form() -> bytes:
    form = load(FORM)
    path = io.BytesIO()
    to_docx.write(blocks.parse(f"# {form.title}\n\n{form.body}"), form.title, path)
    return path.getvalue()


def _filled(sections: set[str]) -> bytes:
    """The Word form with the given sections filled in, as a trainee fills it: over its dotted lines and in its tables."""
    from docx import Document

    document = Document(io.BytesIO(_empty_form()))
    section = None
    goals, texts = iter(GOALS), dict(TEXTS)
    for paragraph in document.paragraphs:
        text = paragraph.text
        if paragraph.style.name.startswith("Heading"):
            section = SECTION_OF_HEADING.get(text.split(" ", 1)[0])
        elif text.startswith("Datum sestavení plánu:") and sections:
            paragraph.text = "Datum sestavení plánu: 1. 4. 2025"
        elif section in sections and "……" in text:
            if section == "cile":
                goal = next(goals, None)
                paragraph.text = f"{text.split('.')[0]}. {goal}" if goal else text
            elif section in texts:
                paragraph.text = texts.pop(section)
    for table in document.tables:
        header = table.rows[0].cells[0].text
        name = {"Jméno": "osoby", "Co": "kroky", "Riziko": "rizika"}[header]
        if name in sections:
            for row, values in zip(table.rows[1:], TABLES[name]):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _check(data: bytes) -> dict:
    return planlint.check_text(planlint.read_bytes(data, "individualni-plan.docx"), date="2025-04-01")


def test_the_empty_form_has_every_section_empty_and_no_content_of_its_own():
    result = _check(_empty_form())
    assert set(result["sections"].values()) == {"empty"}
    assert not result["goals"] and not result["steps"]
    assert not [f for f in result["findings"] if f["rule"].startswith(("IP-RIZIKO", "IP-CIL-", "IP-KROK-"))]


def test_the_filled_form_gets_no_false_finding():
    result = _check(_filled(set(SECTION_OF_HEADING.values())))
    assert set(result["sections"].values()) == {"ok"}
    assert [goal["text"] for goal in result["goals"]] == GOALS
    assert [[s["co"], s["kdo"], s["kdy"]] for s in result["steps"]] == TABLES["kroky"]
    assert [f["rule"] for f in result["findings"]] == []


@pytest.mark.parametrize("section", sorted(set(SECTION_OF_HEADING.values())))
def test_each_section_filled_alone_is_the_only_one_with_content(section):
    result = _check(_filled({section}))
    assert [name for name, status in result["sections"].items() if status == "ok"] == [section]
    assert not [f for f in result["findings"] if f["rule"] == "IP-RIZIKO-PLANB"]
