"""The exercise pages in real headless Chromium: check a plan, feedback, drafts, downloads,
safety of trainee text, loading and failure of the checker. No request may leave the site."""

from __future__ import annotations

import gzip
import re

import pytest
from playwright.sync_api import expect
from sitepages import settle, wait_until

import planlint

from planlint_browser import (
    BY_ID,
    EXERCISE_IDS,
    FAULTY_PLAN,
    FAULTY_RULES,
    FAULTY_STEP_LINE,
    WEAK_DRAFT,
    READY_MS,
    check_plan,
    exercise_url,
    wait_ready,
)


def caret(page):
    """(selectionStart, selectionEnd) of the plan field when it has focus, else None."""
    return page.evaluate(
        "() => { const t = document.activeElement; return t.id === 'pl-plan' ? [t.selectionStart, t.selectionEnd] : null; }"
    )


def caret_at_line(text: str, line: int) -> list[int]:
    """A caret at the start of `line` (1-based) with nothing selected."""
    start = sum(len(part) + 1 for part in text.split("\n")[: line - 1])
    return [start, start]


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_exercise_template_fails_and_model_answer_passes_in_the_browser(local_page, site_url, exercise_id):
    page = local_page
    page.goto(exercise_url(site_url, exercise_id))
    assert page.locator(f'[data-exercise="{exercise_id}"]').count() == 1

    page.get_by_role("button", name="Vložit šablonu").click()
    assert page.get_by_label("Individuální plán").input_value() == BY_ID[exercise_id].template
    rules = check_plan(page, BY_ID[exercise_id].template)
    assert "IP-SEKCE-PRAZDNA" in rules
    assert {"CV-ROLE", "CV-TEMA"} & set(rules), "the exercise's own checks run in the browser too"
    status = page.get_by_role("region", name="Výsledek kontroly")
    assert status.locator('[data-section="cile"]').get_attribute("data-state") == "empty"
    assert "chyb" in status.locator(".pl-summary").inner_text()

    rules = check_plan(page, BY_ID[exercise_id].model_answer)
    assert page.locator('.pl-result [data-severity="error"]').count() == 0, rules
    assert "nemá žádné chyby" in status.locator(".pl-summary").inner_text()
    letters = page.locator(".pl-result .pl-goal td[data-letter]")
    assert letters.count() == 5 * page.locator(".pl-result .pl-goal").count() > 0
    assert set(letters.evaluate_all("els => els.map(e => e.dataset.ok)")) == {"true"}


def test_findings_show_rule_line_message_and_manual_link_and_jump_to_the_line(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    rules = check_plan(page, FAULTY_PLAN)
    assert set(rules) == FAULTY_RULES

    finding = page.locator('.pl-result [data-rule="IP-KROK-KDO"]')
    assert "chybí odpovědná osoba" in finding.inner_text()
    link = finding.get_by_role("link", name="Vysvětlení v příručce")
    assert link.get_attribute("href") == "../../casework/individualni-plan/#kroky"
    steps = page.locator(".pl-result .pl-step")
    assert steps.count() == 2 and steps.nth(1).locator(".pl-missing").inner_text() == "chybí"
    goal_letters = page.locator('.pl-result .pl-goal').first.locator("td[data-letter]")
    assert goal_letters.evaluate_all("els => els.map(e => e.dataset.letter + e.dataset.ok)") == [
        "Sfalse", "Mfalse", "Atrue", "Rtrue", "Tfalse",
    ]

    finding.get_by_role("button", name=f"Přejít na řádek {FAULTY_STEP_LINE} v plánu").click()
    assert caret(page) == caret_at_line(FAULTY_PLAN, FAULTY_STEP_LINE)

    link.click()
    page.wait_for_url(re.compile(r"/casework/individualni-plan/#kroky$"))


SENTENCE_END = re.compile(r"(?<=[.!?“])\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")


def test_weak_draft_gets_feedback_like_a_trainers(local_page, site_url):
    """One item per goal, no advice twice, "Začněte tady" with at most three points, and
    examples that name the people of paní Alena's case only."""
    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    rules = check_plan(page, WEAK_DRAFT)
    result = page.locator(".pl-result")
    assert {"IP-CIL-S", "IP-CIL-A", "IP-CIL-T", "IP-KROK-VICE-OSOB", "IP-SEKCE-CHYBI"} <= set(rules)

    goals = result.locator(".pl-goal")
    goal_items = result.locator('.pl-findings > li[data-kind="goal"]')
    assert goals.count() == 3
    owners = goal_items.evaluate_all("els => els.map(e => e.dataset.goal)")
    assert len(owners) == len(set(owners)) <= goals.count(), "at most one item per goal"
    texts = [item.inner_text() for item in goal_items.all()]
    # A rewrite of the trainee's own goal where it has an action; where none has, the question that
    # leads to one, asked once (advice is never repeated).
    assert all(text.count("Zkuste:") <= 1 for text in texts)
    assert sum("Co konkrétně bude paní Alena dělat nebo mít?" in text for text in texts) == 1

    expect(result.get_by_role("heading", name="Začněte tady")).to_be_visible()
    points = result.locator(".pl-start > li")
    assert 1 <= points.count() <= 3
    advice = points.locator(":scope > span:first-child").all_inner_texts() + result.locator(".pl-message").all_inner_texts()
    sentences = [s.strip() for text in advice for s in SENTENCE_END.split(text) if s.strip()]
    assert len(sentences) == len(set(sentences)), [s for s in sentences if sentences.count(s) > 1]

    shown = result.inner_text()
    assert shown.count("Souhlas klienta: Paní Alena s plánem souhlasí") == 1
    assert "Klára Vondrová" in shown
    for other in ("Josef Malý", "Petra Nová", "Pan Malý", "Novák"):
        assert other not in shown

    goal_button = goal_items.first.get_by_role("button")
    goal_button.click()
    assert page.evaluate("() => document.activeElement.id") == "pl-plan"


@pytest.mark.both_builds
def test_keyboard_alone_checks_a_plan_and_reaches_the_line(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    wait_ready(page)
    page.get_by_label("Individuální plán").focus()
    page.keyboard.type("## Cíle\n\n- Zlepšit situaci.\n")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Zkontrolovat plán"
    page.keyboard.press("Enter")
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    # The answer to "Zkontrolovat plán" is where the focus goes: the result's summary.
    summary = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent]")
    assert "pl-summary" in summary[0] and summary[1].startswith("Kontrola našla"), summary
    # Tab onwards into the feedback, to the first line button.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('pl-line')"):
            break
    else:
        pytest.fail("no line button reachable by Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "keyboard focus is visible"
    line = int(page.evaluate("() => document.activeElement.dataset.line"))
    plan = page.get_by_label("Individuální plán").input_value()
    page.keyboard.press("Enter")
    # The caret stands at the start of the line, nothing selected: typing adds, deletes nothing.
    assert caret(page) == caret_at_line(plan, line)
    page.keyboard.type("Nově: ")
    assert page.get_by_label("Individuální plán").input_value().split("\n")[line - 1].startswith("Nově: ")
    back = page.get_by_role("button", name="Zpět na připomínku")
    expect(back).to_be_visible()
    # Esc leads back to the line button the trainee came from ...
    page.keyboard.press("Escape")
    assert page.evaluate("() => document.activeElement.classList.contains('pl-line')")
    assert int(page.evaluate("() => document.activeElement.dataset.line")) == line
    expect(back).to_be_hidden()
    # ... and so does the button beside the editor.
    page.keyboard.press("Enter")
    assert caret(page) is not None
    page.keyboard.press("Tab")  # from the editor to the "Zpět na připomínku" button beside it
    assert page.evaluate("() => document.activeElement.dataset.action") == "back"
    page.keyboard.press("Enter")
    assert int(page.evaluate("() => document.activeElement.dataset.line")) == line


def test_draft_comes_back_after_reload_and_after_a_crash(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-karel"))
    field = page.get_by_label("Individuální plán")
    field.fill("## Cíle\n\n- Pan Karel chce do 30. 4. 2025 podepsat dohodu o splátkách.")
    field.press("End")
    page.keyboard.type(" Rozepsáno.")
    expected = field.input_value()
    assert "Koncept je uložený" in page.locator(".pl-draft").inner_text()

    page.reload()
    assert page.get_by_label("Individuální plán").input_value() == expected
    assert "Obnovili jsme váš rozepsaný plán" in page.locator(".pl-draft").inner_text()

    # A crash: the tab disappears without unload handlers; a new tab finds the draft.
    context = page.context
    page.close(run_before_unload=False)
    again = context.new_page()
    again.goto(exercise_url(site_url, "pan-karel"))
    assert again.get_by_label("Individuální plán").input_value() == expected
    # Drafts belong to their exercise.
    again.goto(exercise_url(site_url, "pan-josef"))
    assert again.get_by_label("Individuální plán").input_value() == ""


def test_start_again_asks_first(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pani-meda"))
    field = page.get_by_label("Individuální plán")
    field.fill("Můj rozepsaný plán")
    page.get_by_role("button", name="Začít znovu").click()
    dialog = page.get_by_role("dialog", name="Začít znovu?")
    assert dialog.is_visible()
    dialog.get_by_role("button", name="Ne, ponechat").click()
    assert not dialog.is_visible() and field.input_value() == "Můj rozepsaný plán"

    page.get_by_role("button", name="Začít znovu").click()
    page.get_by_role("button", name="Ano, smazat a začít znovu").click()
    expect(field).to_have_value("")
    page.reload()
    assert page.get_by_label("Individuální plán").input_value() == ""


def test_template_over_existing_text_asks_first(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pani-meda"))
    field = page.get_by_label("Individuální plán")
    field.fill("Vlastní text")
    page.get_by_role("button", name="Vložit šablonu").click()
    page.get_by_role("dialog").get_by_role("button", name="Ne, ponechat").click()
    assert field.input_value() == "Vlastní text"
    page.get_by_role("button", name="Vložit šablonu").click()
    page.get_by_role("button", name="Ano, nahradit šablonou").click()
    expect(field).to_have_value(BY_ID["pani-meda"].template)


def test_plan_and_feedback_download_and_print(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    check_plan(page, FAULTY_PLAN)

    # Before the download the page asks whose plan it is; the name is the file's first line.
    page.get_by_role("button", name="Stáhnout plán").click()
    dialog = page.get_by_role("dialog", name="Stáhnout plán")
    expect(dialog.get_by_label("Vaše jméno")).to_be_focused()
    dialog.get_by_label("Vaše jméno").fill("Jana  Nováková ")
    with page.expect_download() as plan_download:
        page.keyboard.press("Enter")
    assert plan_download.value.suggested_filename == "individualni-plan-rodina-aleny.txt"
    assert open(plan_download.value.path(), encoding="utf-8").read() == "Vypracoval/a: Jana Nováková\n\n" + FAULTY_PLAN
    # The name is remembered; without one the file is the plan alone, never two author lines.
    page.get_by_role("button", name="Stáhnout plán").click()
    expect(dialog.get_by_label("Vaše jméno")).to_have_value("Jana Nováková")
    dialog.get_by_label("Vaše jméno").fill("")
    with page.expect_download() as plain_download:
        dialog.get_by_role("button", name="Stáhnout plán").click()
    assert open(plain_download.value.path(), encoding="utf-8").read() == FAULTY_PLAN
    page.get_by_role("button", name="Stáhnout plán").click()
    dialog.get_by_role("button", name="Zpět").click()
    expect(dialog).to_be_hidden()

    with page.expect_download() as feedback_download:
        page.get_by_role("button", name="Stáhnout zpětnou vazbu").click()
    assert feedback_download.value.suggested_filename.endswith(".txt")
    feedback = open(feedback_download.value.path(), encoding="utf-8").read()
    assert "Zpětná vazba k individuálnímu plánu – Plán pro rodinu paní Aleny" in feedback
    assert f"Chyba (řádek {FAULTY_STEP_LINE}): U kroku „Zavolat opatrovnici“ chybí odpovědná osoba" in feedback
    assert "ZAČNĚTE TADY\n1. " in feedback and "\n4. " not in feedback.split("CO UPRAVIT")[0]
    assert "/casework/individualni-plan/#kroky" in feedback
    assert "řádek 23: „Zlepšit situaci rodiny.“ – S ne, M ne, A ano, R ano, T ne" in feedback

    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Vytisknout plán a zpětnou vazbu").click()
    assert page.evaluate("() => window.__printed") is True
    page.emulate_media(media="print")
    printed = page.locator(".pl-print-plan")
    # On paper each line carries its number, so "řádek 31" in the feedback can be found.
    shown = printed.locator(".pl-lt").evaluate_all("els => els.map(e => e.textContent.replace(/\u00a0/g, ''))")
    assert printed.is_visible() and "\n".join(shown).strip() == FAULTY_PLAN.strip()
    assert printed.locator(f'li[data-line="{FAULTY_STEP_LINE}"]').inner_text().startswith(str(FAULTY_STEP_LINE))
    assert not page.get_by_label("Individuální plán").is_visible()
    assert page.locator('.pl-result [data-rule="IP-KROK-KDO"]').is_visible()
    assert not page.get_by_role("button", name="Zkontrolovat plán").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_result_summary_is_in_view_below_the_header_after_a_check(browser, site_url, width):
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    try:
        page.goto(exercise_url(site_url, "pan-karel"))
        wait_ready(page)
        check_plan(page, FAULTY_PLAN)
        summary = page.locator(".pl-result .pl-summary")
        expect(summary).to_be_focused()
        box = summary.bounding_box()
        header = page.locator(".md-header").bounding_box()
        assert box["y"] >= header["y"] + header["height"], (box, header)
        assert box["y"] + box["height"] <= 800
        # The summary counts what the trainee sees: one item per goal, not one per SMART letter.
        shown = {
            word: page.locator(f'.pl-findings > li[data-severity="{severity}"]').count()
            for severity, word in (("error", "chyb"), ("warning", "upozornění"), ("info", "tip"))
        }
        said = {word: int(n) for n, word in re.findall(r"(\d+)\s+(chyb|upozornění|tip)", summary.inner_text())}
        assert said == {word: n for word, n in shown.items() if n}, (said, shown)
        assert said["chyb"] < planlint.check_text(FAULTY_PLAN, exercise="pan-karel")["summary"]["errors"], "letters apart"
    finally:
        context.close()


def test_the_model_answer_appears_only_after_a_first_check(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-josef"))
    model = page.locator("details.pl-model-answer")
    expect(model).to_be_hidden()
    expect(page.get_by_text("Vzorové řešení se ukáže, až svůj plán poprvé zkontrolujete.")).to_be_visible()
    wait_ready(page)
    check_plan(page, BY_ID["pan-josef"].template)
    expect(model).to_be_visible()
    expect(model).not_to_have_attribute("open", "")
    model.locator("summary").click()
    expect(model.locator("pre.pl-model")).to_contain_text(BY_ID["pan-josef"].model_answer.splitlines()[0])
    page.reload()
    expect(page.locator("details.pl-model-answer")).to_be_visible()  # remembered in this browser
    page.goto(exercise_url(site_url, "pan-karel"))
    expect(page.locator("details.pl-model-answer")).to_be_hidden()  # each exercise on its own


EVIL = '<img src=x onerror=alert(1)>'


def test_trainee_html_is_shown_as_text_and_never_runs(local_page, site_url):
    page = local_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(exercise_url(site_url, "rodina-aleny"))
    plan = FAULTY_PLAN.replace("1. Zlepšit situaci rodiny.", f"1. Zlepšit {EVIL} situaci <script>alert(2)</script> rodiny.").replace(
        "| Projít nabídky bytů |", '| <b onmouseover=alert(3)>Projít</b> <iframe src="javascript:alert(4)"></iframe> |'
    )
    rules = check_plan(page, plan)
    assert "IP-CIL-T" in rules
    widget = page.locator(".pl-exercise")
    assert widget.locator(".pl-result img, .pl-result script, .pl-result iframe, .pl-result b").count() == 0
    widget.locator(".pl-step").first.hover()
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    printed = widget.locator(".pl-print-plan")
    assert EVIL in printed.text_content() and printed.locator("img, script, iframe, b").count() == 0

    page.reload()  # the draft comes back as text too
    assert "<script>alert(2)</script>" in page.get_by_label("Individuální plán").input_value()
    page.get_by_role("button", name="Zkontrolovat plán").click()
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    settle(page)
    assert dialogs == []
    assert page.locator("img[src=x], iframe, b[onmouseover]").count() == 0


def test_feedback_renders_any_checker_text_as_text(local_page, site_url):
    """Even if the checker echoed raw HTML (goal, step, message, help), nothing becomes markup."""
    page = local_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(exercise_url(site_url, "rodina-aleny"))
    shown = page.evaluate(
        """async (evil) => {
            const { renderResult } = await import("../../assets/javascripts/planlint/feedback.js");
            const result = {
              file: evil, date: "2025-03-10",
              sections: { klient: "ok", cile: evil },
              goals: [{ line: 3, text: evil, smart: { S: true, M: false, A: true, R: true, T: false } }],
              steps: [{ line: 5, co: evil, kdo: "<script>alert(2)</script>", kdy: evil }],
              findings: [
                { rule: "IP-CIL-S", severity: "error", line: 3, message: evil, help: "javascript:alert(3)" },
                { rule: "IP-KROK-KDO", severity: evil, line: null, message: "x", help: "//evil.example/x" },
              ],
              summary: { errors: 1, warnings: 0, infos: 0 },
            };
            const box = document.querySelector(".pl-result");
            box.replaceChildren(renderResult(result, {
              sections: { klient: evil, cile: "Cíle" },
              site: { root: "../../", siteURL: new URL("../../", location.href) },
              onLine: () => {},
            }));
            await new Promise((resolve) => setTimeout(resolve, 200));
            return {
              elements: box.querySelectorAll("img, script, iframe").length,
              links: [...box.querySelectorAll("a")].map((a) => a.getAttribute("href")),
              text: box.textContent,
            };
        }""",
        EVIL,
    )
    assert shown["elements"] == 0
    assert shown["links"] == [], "help paths that leave the site get no link"
    assert shown["text"].count(EVIL) >= 4 and "<script>alert(2)</script>" in shown["text"]
    assert dialogs == []


def test_checker_starts_loading_by_itself_and_the_field_stays_usable(routed_page, site_url):
    page = routed_page
    held = []

    def hold(route):
        held.append(route)

    page.route(re.compile(r"pyodide\.asm\.wasm\.gz$"), hold)
    # Nothing will be clicked: the page starts loading Pyodide as soon as it is idle.
    page.goto(exercise_url(site_url, "pan-josef"))
    wait_until(page, lambda: held, what="Pyodide loading by itself")
    assert held, "Pyodide did not start loading by itself"
    assert page.locator(".pl-engine").get_attribute("data-state") == "loading"
    assert page.locator(".pl-engine progress").is_visible()
    assert "Kontrola plánu se připravuje" in page.locator(".pl-engine-text").inner_text()
    field = page.get_by_label("Individuální plán")
    field.fill("Píšu, i když se kontrola ještě načítá.")
    page.get_by_role("button", name="Zkontrolovat plán").click()
    assert "ještě připravuje" in page.locator(".pl-result").inner_text()
    for route in held:
        route.continue_()
    page.unroute(re.compile(r"pyodide\.asm\.wasm\.gz$"))
    wait_ready(page)
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    assert field.input_value() == "Píšu, i když se kontrola ještě načítá."
    assert page.locator(".pl-engine-text").inner_text() == "Kontrola plánu je připravená."


def test_failed_loading_says_so_in_czech_and_retry_works(routed_page, site_url):
    page = routed_page
    page.route(re.compile(r"planlint-[0-9a-f]+\.zip$"), lambda route: route.abort())
    page.goto(exercise_url(site_url, "mlada-maminka"))
    page.wait_for_selector('.pl-engine[data-state="failed"]', timeout=READY_MS)
    text = page.locator(".pl-engine-text").inner_text()
    assert "nepodařilo připravit" in text and "zkuste to znovu" in text
    page.get_by_label("Individuální plán").fill(BY_ID["mlada-maminka"].model_answer)
    page.get_by_role("button", name="Zkontrolovat plán").click()
    assert page.locator(".pl-exercise").get_attribute("data-state") == "checking"

    page.unroute(re.compile(r"planlint-[0-9a-f]+\.zip$"))
    page.get_by_role("button", name="Zkusit znovu").click()
    wait_ready(page)
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()
    assert not page.get_by_role("button", name="Zkusit znovu").is_visible()


def test_checker_starts_from_the_builds_snapshot(local_page, site_url):
    page = local_page
    page.goto(exercise_url(site_url, "pan-karel"))
    wait_ready(page)
    assert page.locator(".pl-engine").get_attribute("data-boot") == "snapshot"
    check_plan(page, BY_ID["pan-karel"].model_answer)
    assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 404, "body": "Not found"},
        {"status": 200, "body": gzip.compress(b"not a snapshot " * 4096)},
        {"status": 200, "body": b"\x1f\x8b\x08\x00 truncated"},
    ],
    ids=["missing", "foreign", "damaged"],
)
def test_without_a_usable_snapshot_the_checker_starts_the_ordinary_way(routed_page, site_url, answer):
    page = routed_page
    page.route(re.compile(r"planlint-[0-9a-f]+\.snapshot\.gz$"), lambda route: route.fulfill(**answer))
    page.goto(exercise_url(site_url, "pan-karel"))
    wait_ready(page)
    assert page.locator(".pl-engine").get_attribute("data-boot") == "start"
    rules = check_plan(page, BY_ID["pan-karel"].template)
    assert "IP-SEKCE-PRAZDNA" in rules
    check_plan(page, BY_ID["pan-karel"].model_answer)
    assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()
