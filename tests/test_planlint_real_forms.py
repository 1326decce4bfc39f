"""Plans on real forms (tests/data/real-forms) read as a trainer reads them: sections, goals, steps.

Each tuning form is checked pasted as text and as a Word file whose headings are bold paragraphs,
as people type them. The four held-out forms (README.md there) are measured apart, never tuned on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import planlint

FORMS = Path(__file__).parent / "data" / "real-forms"
# Plans written for tuning on real forms' own section names (invented cases, not sources).
INVENTED = Path(__file__).parent / "data" / "real-forms-invented"
HELD_OUT = {"ceskytesin-ad-cile", "csptrinec-oa-cile", "ipod-zakon-10", "zapojmevsechny-ivp"}
# The lines each form sets as its headings (bold in the Word file).
BOLD_HEADINGS = {
    "chsd-sas-ukazka": ["Individuální plány", "Co je individuální plán:", "Jak se tvoří individuální plán:"],
    "napocatku-faze-pobytu": [],
    "fss-osu-slozky-ip": [
        "Individuální plán", "Základní informace o klientovi", "Přání / očekávání", "Dlouhodobý cíl", "Krátkodobé cíle",
        "Kroky vedoucí k naplnění cílů", "Zdroje klienta", "Indikátory naplnění cílů",
    ],
    "dsddpacov-proces": [
        "INDIVIDUÁLNÍ PLÁN KLIENTA", "MAPOVÁNÍ POTŘEB KLIENTA A JEHO SITUACE", "STANOVENÍ POSTUPU", "REALIZACE PLÁNU",
        "HODNOCENÍ PLÁNU",
    ],
    "semonice-sas-cile": ["Poslání a cíle služby", "Poslání služby", "Cíle služby"],
    "diakonie-sas-cile": ["Cíle služby"],
    "fontana-chb-cile": ["Základní informace", "POSLÁNÍ", "KOMU JE SLUŽBA URČENA", "CÍLE POSKYTOVANÉ SLUŽBY"],
    "dobravoda-dzr-cile": ["Domov se zvláštním režimem", "Poslání", "Cílová skupina", "Cíle"],
}
TUNING = sorted(BOLD_HEADINGS)
INVENTED_HEADINGS = {
    "obec-plan-spoluprace": [
        "INDIVIDUÁLNÍ PLÁN SPOLUPRÁCE", "Údaje o klientce", "Síť podpory", "Výchozí situace", "Cíle na příští půlrok",
        "Domluvené činnosti", "Co když se nedaří", "Jak se budeme informovat", "Kontrola a revize", "Kdo informuje nepřítomné",
    ],
    "plan-podpory-stitky": ["Kdo nám pomáhá", "Současná situace", "Můj cíl", "Jak toho dosáhneme", "Hodnocení plánu"],
}


def _word_file(text: str, headings: list[str], styles: bool = False) -> bytes:
    """The pasted form typed in Word: one paragraph a line, tab-separated runs as a table, headings
    bold (or in Word's heading style)."""
    from docx import Document

    document = Document()
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        tabbed = "\t" in line and not line.lstrip().startswith(("•", "–")) and not line[:3].strip().rstrip(".").isdigit()
        if tabbed and index + 1 < len(lines) and "\t" in lines[index + 1]:
            rows = []
            while index < len(lines) and "\t" in lines[index]:
                rows.append(lines[index].split("\t"))
                index += 1
            table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
            for cells, row in zip(table.rows, rows):
                for cell, value in zip(cells.cells, row):
                    cell.text = value
            continue
        if line.strip() and styles and line in headings:
            document.add_heading(line, level=2)
        elif line.strip():
            document.add_paragraph().add_run(line).bold = line in headings
        index += 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _plain(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split()).strip(" ,.;")


def _reading(text: str, date: str) -> dict:
    result = planlint.check_text(text, date=date)
    return {
        "sections": result["sections"],
        "goals": [_plain(goal["text"]) for goal in result["goals"]],
        "steps": [(_plain(s["co"]), _plain(s["kdo"]), _plain(s["kdy"])) for s in result["steps"]],
    }


def test_the_tuning_forms_are_all_the_forms_but_the_held_out_ones():
    names = {path.name.split(".")[0] for path in FORMS.glob("*.expected.json")}
    assert set(TUNING) == names - HELD_OUT and not set(TUNING) & HELD_OUT


CASES = [(FORMS, name, BOLD_HEADINGS[name]) for name in TUNING] + [(INVENTED, n, h) for n, h in sorted(INVENTED_HEADINGS.items())]


@pytest.mark.parametrize("form", ["pasted", "docx", "styles.docx"])
@pytest.mark.parametrize("folder, name, headings", CASES, ids=[name for _, name, _ in CASES])
def test_a_real_form_reads_as_a_trainer_reads_it(folder, name, headings, form):
    spec = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8") if form == "pasted" else _word_file(text, headings, styles=form == "styles.docx")
    got = _reading(planlint.read_bytes(data, "plan.txt" if form == "pasted" else "plan.docx"), "2025-04-01")
    assert got == {
        "sections": spec["sections"],
        "goals": [_plain(goal) for goal in spec["goals"]],
        "steps": [(_plain(s["co"]), _plain(s["kdo"]), _plain(s["kdy"])) for s in spec["steps"]],
    }
