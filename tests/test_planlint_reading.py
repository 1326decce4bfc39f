"""Plans handed in as people hand them in get the verdicts of the same plan written in Markdown."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planlint
from plan_files import every_form
from planlint.exercises import all_exercises
from planlint_cases import HELDOUT, SHARED, expected_plans

# (name, Markdown, plan date): the example plans, the held-out plans and every exercise's model answer.
MARKDOWN_PLANS = [
    (path.name, path.read_text(encoding="utf-8"), spec["date"]) for folder in (SHARED / "plans", HELDOUT / "plans-heldout")
    for path, spec in expected_plans(folder) if path.suffix == ".md"
] + [(f"{e.id}.toml", e.model_answer, e.date) for e in all_exercises()]


def verdicts(text: str, date: str) -> dict:
    result = planlint.check_text(text, date=date)
    return {
        "sections": result["sections"],
        "goals": [(goal["text"], "".join(letter for letter, ok in goal["smart"].items() if ok)) for goal in result["goals"]],
        "steps": [(step["co"], step["kdo"], step["kdy"]) for step in result["steps"]],
        "errors": result["summary"]["errors"],
        "rules": sorted(finding["rule"] for finding in result["findings"]),
    }


@pytest.mark.parametrize("name, markdown, date", MARKDOWN_PLANS, ids=[name for name, _, _ in MARKDOWN_PLANS])
def test_every_form_of_a_plan_gets_the_markdown_verdicts(name, markdown, date):
    forms = every_form(markdown)
    expected = verdicts(planlint.read_bytes(forms.pop("plan.md"), "plan.md"), date)
    assert expected["goals"] and expected["steps"], "a plan without goals or steps proves little"
    for form, data in forms.items():
        assert verdicts(planlint.read_bytes(data, form), date) == expected, form


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


@pytest.mark.parametrize("goals", [
    ["Zlepšit situaci rodiny.", "Paní Alena chce do 31. 5. 2025 podepsat nájemní smlouvu."],
    ["Situace rodiny se do 31. 5. 2025 zlepší.", "Kroky k bydlení podnikne paní Alena do 31. 5. 2025"],
    ["Kroky k novému bydlení", "Rizika dluhů snížit do 31. 5. 2025 na polovinu"],
])
@pytest.mark.parametrize("pasted", [False, True])
def test_numbered_goals_that_mention_a_section_stay_goals(goals, pasted):
    items = "\n".join(f"{n}.{chr(9) if pasted else ' '}{goal}" for n, goal in enumerate(goals, 1))
    text = f"Situace\n{OTHER}\n4. Cíle\n{items}\n" if pasted else f"## Situace\n\n{OTHER}\n\n## 4. Cíle\n\n{items}\n"
    result = planlint.check_text(text, date="2025-03-01")
    assert [goal["text"] for goal in result["goals"]] == goals
    assert result["sections"]["situace"] == "ok" and result["sections"]["kroky"] == "missing"


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


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.binary(max_size=3000), st.binary(max_size=3000).map(lambda rest: b"PK\x03\x04" + rest)),
    st.sampled_from(["plan.md", "plan.txt", "plan.docx", "plan.odt", "plan", "-"]),
)
def test_any_bytes_give_text_or_one_czech_sentence(data, name):
    try:
        text = planlint.read_bytes(data, name)
    except planlint.InputError as error:
        message = str(error)
        assert "\n" not in message and any(ch in message for ch in "ěščřžýáíéůú"), message
    else:
        assert isinstance(text, str) and "\r" not in text


# --- sections by their key noun, headings by their shape (issue 19) ------------------------------

@pytest.mark.parametrize("heading, section", [
    ("Můj cíl", "cile"), ("Dlouhodobý cíl", "cile"), ("Cíle na příští půlrok", "cile"),
    ("Domluvené činnosti", "kroky"), ("Jak toho dosáhneme", "kroky"), ("Úkoly na první měsíc", "kroky"),
    ("Kroky k dosažení cílů", "kroky"), ("Opatření", "kroky"), ("Hodnocení cílů", "vyhodnoceni"),
    ("Hodnocení plnění", "vyhodnoceni"), ("Kontrola a revize", "vyhodnoceni"), ("Kdo nám pomáhá", "osoby"),
    ("Zdroje podpory", "osoby"), ("Současná situace rodiny", "situace"), ("Příčiny a popis situace", "situace"),
    ("Přehled rizik", "rizika"), ("Informování nepřítomných", "informovani"), ("Termín další konference", "dalsi_pk"),
])
@pytest.mark.parametrize("shape", ["markdown", "pasted"])
def test_a_heading_names_its_section_by_its_key_noun(heading, section, shape):
    body = "Paní Alena a Petr Malý z OSPOD, schůzka 30. 6. 2025."
    text = f"## {heading}\n\n{body}\n" if shape == "markdown" else f"{heading}\n{body}\n"
    assert planlint.check_text(text, date="2025-03-01")["sections"][section] == "ok"


@pytest.mark.parametrize("heading", ["Cílová skupina", "Indikátory naplnění cílů", "Poslání služby"])
def test_a_heading_whose_key_noun_names_no_section_opens_none(heading):
    text = f"## {heading}\n\nPaní Alena chce do 30. 6. 2025 podat žádost.\n"
    assert set(planlint.check_text(text, date="2025-03-01")["sections"].values()) == {"missing"}


@pytest.mark.parametrize("heading", ["POSLÁNÍ SLUŽBY", "**Poslání služby**", "Poslání služby:"])
def test_an_unknown_heading_ends_the_section_and_is_never_a_goal(heading):
    # Among goals (often short noun phrases themselves) a new heading needs a mark: capitals, bold or a colon.
    text = f"Situace\n{OTHER}\nCíle\n{GOAL}\n{heading}\nPosláním služby je pomáhat rodinám v obtížné situaci.\n"
    result = planlint.check_text(text, date="2025-03-01")
    assert [goal["text"] for goal in result["goals"]] == [GOAL]


def test_an_unknown_heading_by_its_shape_ends_other_sections():
    text = f"Zdroje klienta\nDcera Hana a soused pan Kubát.\nIndikátory naplnění cílů\nŽádost je podaná a pan Mareš chodí nakupovat.\n"
    result = planlint.check_text(text, date="2025-03-01")
    assert result["sections"]["osoby"] == "ok" and planlint.check_text(text.split("Indik")[0], date="2025-03-01")["sections"]["osoby"] == "ok"
    from planlint.judging.sections import document
    assert [b.text for b in document(text).sections["osoby"].blocks] == ["Dcera Hana a soused pan Kubát."]


def test_a_short_goal_line_among_goals_is_no_heading():
    text = f"Cíle\nStabilní bydlení pro rodinu\n{GOAL}\n"
    goals = planlint.check_text(text, date="2025-03-01")["goals"]
    assert [goal["text"] for goal in goals] == ["Stabilní bydlení pro rodinu", GOAL]


@pytest.mark.parametrize("bullet", ["  •\t", "  • ", "    o\t", "\t•\t"])
def test_indented_bullets_of_one_level_are_one_list(bullet):
    goals = [GOAL, "Pan Petr chce do 31. 5. 2025 najít práci na plný úvazek.", "Rodina chce do 30. 9. 2025 splatit dluh 5 000 Kč."]
    text = "Cíle\n" + "".join(f"{bullet}{goal}\n" for goal in goals)
    assert [goal["text"] for goal in planlint.check_text(text, date="2025-03-01")["goals"]] == goals


def test_sub_items_of_every_area_are_the_goals_but_examples_are_not():
    areas = "Cíle\n1. bydlení\na) Paní Alena do 30. 6. 2025 podá žádost o byt.\nb) Rodina do 31. 8. 2025 zaplatí kauci.\n2. práce\na)Pan Petr do 31. 5. 2025 nastoupí do práce.\n"
    assert len(planlint.check_text(areas, date="2025-03-01")["goals"]) == 3
    examples = f"Cíle\n1.\t{GOAL}\n\t•\tNapř. vyplní formulář s pracovnicí.\n2.\tPan Petr chce do 31. 5. 2025 najít práci.\n"
    assert [g["text"] for g in planlint.check_text(examples, date="2025-03-01")["goals"]] == [GOAL, "Pan Petr chce do 31. 5. 2025 najít práci."]


def test_a_semicolon_table_as_czech_excel_saves_it_is_a_steps_table():
    text = "Kroky\nÚkol;Zodpovídá;Termín splnění\nPodat žádost;Alena;30. 6. 2025\nZaplatit kauci;Petr;31. 7. 2025\n"
    steps = planlint.check_text(text, date="2025-03-01")["steps"]
    assert [(s["co"], s["kdo"], s["kdy"]) for s in steps] == [("Podat žádost", "Alena", "30. 6. 2025"), ("Zaplatit kauci", "Petr", "31. 7. 2025")]


def test_labelled_steps_in_one_line_are_no_table():
    text = "Kroky\nCo: podat žádost; Kdo: Alena; Do kdy: 30. 6. 2025\nCo: zaplatit kauci; Kdo: Petr; Do kdy: 31. 7. 2025\n"
    steps = planlint.check_text(text, date="2025-03-01")["steps"]
    assert [(s["co"], s["kdo"], s["kdy"]) for s in steps] == [("podat žádost", "Alena", "30. 6. 2025"), ("zaplatit kauci", "Petr", "31. 7. 2025")]


@pytest.mark.parametrize("where", ["Cíle\n" + GOAL, "Plán na tento měsíc"])
def test_a_steps_table_is_read_wherever_it_stands(where):
    text = f"Situace\n{OTHER}\n{where}\nÚkol\tZodpovídá\tZhodnocení\nPodat žádost\tAlena\tsplněno\n"
    result = planlint.check_text(text, date="2025-03-01")
    assert [(s["co"], s["kdo"], s["kdy"]) for s in result["steps"]] == [("Podat žádost", "Alena", None)]
    assert result["sections"]["kroky"] == "ok"


def test_label_lines_under_a_task_are_its_who_when_and_evaluation():
    text = (
        "Kroky\nÚkol: Podat žádost o příspěvek na bydlení\nZodpovídá: Alena\nTermín: 30. 6. 2025\nZhodnocení: splněno\n"
        "Úkol: Zaplatit kauci\nZodpovídá: Petr\nTermín splnění: 31. 7. 2025\nHodnocení: zatím ne\n"
    )
    result = planlint.check_text(text, date="2025-03-01")
    assert [(s["co"], s["kdo"], s["kdy"]) for s in result["steps"]] == [
        ("Podat žádost o příspěvek na bydlení", "Alena", "30. 6. 2025"), ("Zaplatit kauci", "Petr", "31. 7. 2025"),
    ]
    assert result["sections"]["vyhodnoceni"] == "missing"


def test_a_numbered_label_and_its_body_on_one_line_split():
    text = f"Situace\n{OTHER}\nCÍL 1 Do 10. 10. 2025 Alena podá žádost o byt.\nCÍL 2 Do 31. 12. 2025 Alena zaplatí kauci 5 000 Kč.\n"
    goals = planlint.check_text(text, date="2025-03-01")["goals"]
    assert [goal["text"] for goal in goals] == ["Do 10. 10. 2025 Alena podá žádost o byt.", "Do 31. 12. 2025 Alena zaplatí kauci 5 000 Kč."]


def test_an_odt_table_with_header_rows_reads_its_header_first():
    """LibreOffice writes a repeated header row as table:table-header-rows before the body rows."""
    import io
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    )

    def row(*cells):
        return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in cells) + "</table:table-row>"

    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>'
        '<text:h text:outline-level="2">Kroky</text:h><table:table table:name="T">'
        f'<table:table-header-rows>{row("Co", "Kdo", "Do kdy")}</table:table-header-rows>'
        f'{row("Podat žádost o byt", "Jana Malá", "31. 3. 2025")}</table:table>'
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    steps = planlint.check_text(planlint.read_bytes(buffer.getvalue(), "plan.odt"), date="2025-03-01")["steps"]
    assert [(s["co"], s["kdo"], s["kdy"]) for s in steps] == [("Podat žádost o byt", "Jana Malá", "31. 3. 2025")]
