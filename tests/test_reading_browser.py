"""Plans from files in headless Chromium: a Word file lands in the exercise editor, a bad file
loses nothing, and the trainer page takes Word, LibreOffice and Markdown files in one drop."""

from __future__ import annotations

import base64

import planlint
from plan_files import docx, odt, parts_of, pasted
from planlint_browser import BY_ID, READY_MS, exercise_url, wait_ready
from sitebuild.exercise_pages import TRAINER_PAGE
from sitepages import describe, run_axe

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(page, name: str, data: bytes, mime: str = DOCX_TYPE) -> None:
    """Press the button, choose the file in the picker it opens."""
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Nahrát plán ze souboru").click()
    chooser.value.set_files({"name": name, "mimeType": mime, "buffer": data})


def test_the_file_picker_opens_from_the_keyboard(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-karel"))
    page.wait_for_selector('.pl-exercise[data-ready="true"]')
    # Count the picker's openings instead of opening it: headless Chromium drops a picker whose
    # keyboard activation arrives late on a busy machine, which says nothing about the page.
    page.evaluate("""() => {
        window.picked = 0;
        HTMLInputElement.prototype.click = function () { if (this.type === "file") window.picked += 1; };
    }""")
    button = page.get_by_role("button", name="Nahrát plán ze souboru")
    button.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.evaluate("() => window.picked") == 2


def test_word_file_lands_in_the_editor_and_is_checked(local_page, site_url):
    page = local_page
    exercise = BY_ID["rodina-aleny"]
    word = docx(parts_of(exercise.model_answer), heading_styles=False)  # bold typed headings, a Word table
    expected = planlint.read_bytes(word, "plan-aleny.docx")
    page.goto(exercise_url(site_url, exercise.id))
    wait_ready(page)
    upload(page, "plan-aleny.docx", word)
    page.wait_for_selector('.pl-exercise[data-upload="read"]', timeout=READY_MS)

    editor = page.get_by_label("Individuální plán")
    assert editor.input_value() == expected
    assert page.evaluate("() => document.activeElement.id") == "pl-plan", "the trainee lands in the editor"
    assert "plan-aleny.docx" in page.locator(".pl-upload-status").inner_text()
    stored = page.evaluate("id => localStorage.getItem('sit-podpory:plan:' + id)", exercise.id)
    assert expected[:40] in stored, "the text read from the file is saved as the draft"
    violations = run_axe(page)
    assert not violations, "state after reading a file:\n" + describe(violations)

    page.get_by_role("button", name="Zkontrolovat plán").click()
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    rules = page.locator(".pl-result [data-rule]").evaluate_all("els => els.map(e => e.dataset.rule)")
    cpython = planlint.check_text(expected, date=exercise.date, exercise=exercise.id)
    assert sorted(rules) == sorted(f["rule"] for f in cpython["findings"])
    assert page.locator('.pl-result [data-severity="error"]').count() == 0
    goals = page.locator(".pl-result .pl-goal")
    assert goals.count() == len(cpython["goals"]) > 0


def test_a_bad_file_keeps_the_editor_text_and_says_why(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-karel"))
    wait_ready(page)
    editor = page.get_by_label("Individuální plán")
    draft = "## Cíle\n\n- Pan Karel chce do 30. 6. 2025 podat žádost."
    editor.fill(draft)
    upload(page, "plan.docx", b"PK\x03\x04" + bytes(300))  # refused before any "replace?" question
    page.wait_for_selector('.pl-exercise[data-upload="problem"]', timeout=READY_MS)
    message = page.locator(".pl-upload-status").inner_text()
    assert "plan.docx" in message and "poškozený" in message
    assert editor.input_value() == draft

    upload(page, "sken.pdf", b"%PDF-1.7\n", "application/pdf")
    page.wait_for_function(
        "() => document.querySelector('.pl-upload-status').textContent.includes('PDF')", timeout=READY_MS
    )
    assert editor.input_value() == draft
    violations = run_axe(page)
    assert not violations, "state after a bad file:\n" + describe(violations)

    # Pasted from Word as plain text ("•⇥" bullets, tabbed table, no "##"): read like its Markdown twin.
    editor.fill(pasted(parts_of(BY_ID["pan-karel"].model_answer)))
    page.get_by_role("button", name="Zkontrolovat plán").click()
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    assert page.locator('.pl-result [data-severity="error"]').count() == 0
    assert page.locator(".pl-result .pl-goal").count() > 0


def test_trainer_takes_word_writer_and_markdown_files_in_one_drop(local_page, site_url):
    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    files = [
        ("karel.docx", docx(parts_of(BY_ID["pan-karel"].model_answer), heading_styles=True), DOCX_TYPE),
        ("josef.odt", odt(parts_of(BY_ID["pan-josef"].model_answer)), "application/vnd.oasis.opendocument.text"),
        ("alena.md", BY_ID["rodina-aleny"].model_answer.encode("utf-8"), "text/markdown"),
        ("zkazeny.odt", b"PK\x03\x04" + bytes(100), "application/vnd.oasis.opendocument.text"),
    ]
    page.locator(".pl-drop").evaluate(
        """(drop, files) => {
            const transfer = new DataTransfer();
            for (const [name, data, type] of files) {
                const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], name, { type }));
            }
            drop.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }""",
        [[name, base64.b64encode(data).decode(), kind] for name, data, kind in files],
    )
    page.wait_for_function(
        "() => document.querySelector('.pl-trainer').dataset.state === 'checked'"
        " && document.querySelectorAll('.pl-trainer-result tbody tr').length === 4",
        timeout=READY_MS,
    )
    rows = {}
    for row in page.locator(".pl-trainer-result tbody tr").all():
        cells = dict(row.locator("td[data-column]").evaluate_all("els => els.map(e => [e.dataset.column, e.textContent])"))
        rows[row.locator("th").inner_text()] = cells
    for name in ("karel.docx", "josef.odt", "alena.md"):
        assert rows[name]["errors"] == "0" and rows[name]["sections_ok"] == "9/9", (name, rows[name])
        assert int(rows[name]["goals"]) > 0
    assert "poškozený" in rows["zkazeny.odt"]["note"]
    accept = page.get_by_label("Vyberte soubory s plány (.docx, .odt, .txt, .md)").get_attribute("accept")
    assert {".docx", ".odt", ".txt", ".md"} <= set(accept.split(","))
