"""Trainer page in headless Chromium: several plans in, one table and a CSV out, nothing uploaded."""

from __future__ import annotations

import csv
import io

from planlint import report
from playwright.sync_api import expect
from planlint_browser import BY_ID, FAULTY_PLAN, READY_MS
from sitebuild.exercise_pages import TRAINER_PAGE

EVIL_NAME = "<img src=x onerror=alert(1)>.md"


def files(*pairs):
    return [{"name": name, "mimeType": "text/markdown", "buffer": text.encode("utf-8")} for name, text in pairs]


def table(page):
    rows = {}
    for row in page.locator(".pl-trainer-result tbody tr").all():
        cells = dict(row.locator("td[data-column]").evaluate_all("els => els.map(e => [e.dataset.column, e.textContent])"))
        rows[row.locator("th").inner_text()] = cells
    return rows


def wait_checked(page, count):
    page.wait_for_function(
        "n => document.querySelector('.pl-trainer').dataset.state === 'checked'"
        " && document.querySelectorAll('.pl-trainer-result tbody tr').length === n",
        arg=count,
        timeout=READY_MS,
    )


def test_trainer_checks_picked_files_into_one_table_and_csv(local_page, site_url):
    page = local_page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("rodina-aleny")
    page.get_by_label("Vyberte soubory s plány (.docx, .odt, .txt, .md)").set_input_files(
        files(("vzor.md", BY_ID["rodina-aleny"].model_answer), (EVIL_NAME, FAULTY_PLAN))
    )
    wait_checked(page, 2)
    rows = table(page)
    assert set(rows) == {"vzor.md", EVIL_NAME}, "file names are shown as text"
    assert page.locator(".pl-trainer-result img").count() == 0 and dialogs == []
    assert rows["vzor.md"]["errors"] == "0" and rows["vzor.md"]["goals_smart"] == "4"
    # What the trainee sees as errors: OSPOD missing, the vague goal (one card), the step without its person.
    assert rows[EVIL_NAME]["errors"] == "3" and rows[EVIL_NAME]["goals_smart"] == "1"
    headers = page.locator(".pl-trainer-result thead th").all_inner_texts()
    assert headers == [title for _, title in report.COLUMNS], "the same columns as planlint report"

    # Without the exercise, its own checks (OSPOD, topic) are not applied.
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("")
    page.wait_for_function(
        "() => document.querySelector('.pl-trainer').dataset.state === 'checked'"
        " && document.querySelector('.pl-trainer-result tbody tr:last-child td[data-column=errors]')"
        f".textContent === '{int(rows[EVIL_NAME]['errors']) - 1}'",
        timeout=READY_MS,
    )

    with page.expect_download() as download:
        page.get_by_role("button", name="Stáhnout tabulku (CSV)").click()
    assert download.value.suggested_filename.endswith(".csv")
    raw = open(download.value.path(), encoding="utf-8").read()
    assert raw.startswith("\ufeff"), "Excel needs the byte-order mark to read UTF-8"
    parsed = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";"))
    assert parsed[0] == [title for _, title in report.COLUMNS]
    assert sorted(r[0] for r in parsed[1:]) == sorted(["vzor.md", EVIL_NAME])


def test_trainer_accepts_dropped_files_and_explains_unreadable_ones(local_page, site_url):
    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.locator(".pl-drop").evaluate(
        """(drop, plans) => {
            const transfer = new DataTransfer();
            for (const [name, text] of plans) transfer.items.add(new File([text], name, { type: "text/markdown" }));
            transfer.items.add(new File([new Uint8Array([0x41, 0x00, 0xff, 0xfe, 0x00])], "binarni.md"));
            drop.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }""",
        [["a.md", BY_ID["pan-karel"].model_answer], ["b.md", BY_ID["pan-josef"].template]],
    )
    wait_checked(page, 3)
    rows = table(page)
    assert rows["a.md"]["errors"] == "0"
    assert int(rows["b.md"]["errors"]) > 0
    assert "není textový" in rows["binarni.md"]["note"]

    page.get_by_role("button", name="Vyprázdnit tabulku").click()
    assert page.locator(".pl-trainer-result tbody tr").count() == 0
    assert page.get_by_role("button", name="Stáhnout tabulku (CSV)").is_disabled()


def test_trainer_sees_each_plans_feedback_as_the_trainee_does(local_page, site_url):
    """Per plan: the same grouped feedback and wording as the exercise page and planlint."""
    import planlint
    from planlint_browser import WEAK_DRAFT

    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("rodina-aleny")
    page.locator("#pl-files").set_input_files(
        files(("vzor.md", BY_ID["rodina-aleny"].model_answer), ("koncept.md", WEAK_DRAFT))
    )
    wait_checked(page, 2)
    draft = page.locator('.pl-plan-feedback[data-file="koncept.md"]')
    assert "chyb" in draft.locator("summary").inner_text()
    draft.locator("summary").click()
    expected = planlint.check_text(WEAK_DRAFT, exercise="rodina-aleny", file="koncept.md")
    shown = draft.locator(".pl-findings .pl-message").all_inner_texts()
    assert shown == [item["message"] for item in expected["feedback"]]
    assert draft.locator(".pl-start > li").count() == len(expected["start_here"]) <= 3
    model = page.locator('.pl-plan-feedback[data-file="vzor.md"]')
    assert "bez chyb a upozornění" in model.locator("summary").inner_text()


def _three_plans(page, site_url):
    from planlint_browser import WEAK_DRAFT

    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("rodina-aleny")
    page.locator("#pl-files").set_input_files(
        files(
            ("b-vzor.md", BY_ID["rodina-aleny"].model_answer),
            ("c-koncept.md", WEAK_DRAFT),
            ("a-sablona.md", BY_ID["rodina-aleny"].template),
        )
    )
    wait_checked(page, 3)


def _column(page, key):
    return page.locator(f'.pl-trainer-result tbody td[data-column="{key}"]').all_inner_texts()


def test_trainer_table_sorts_by_any_column_by_keyboard(local_page, site_url):
    page = local_page
    _three_plans(page, site_url)
    files_in_order = lambda: page.locator(".pl-trainer-result tbody th").all_inner_texts()  # noqa: E731
    assert files_in_order() == ["b-vzor.md", "c-koncept.md", "a-sablona.md"], "unsorted: the order they came in"
    assert page.locator(".pl-trainer-result th[aria-sort]").count() == 0

    errors = page.get_by_role("button", name="Chyby", exact=True)
    errors.focus()
    page.keyboard.press("Enter")
    numbers = [int(n) for n in _column(page, "errors")]
    assert numbers == sorted(numbers) and numbers[0] == 0
    header = page.locator('.pl-trainer-result thead th[data-column="errors"]')
    assert header.get_attribute("aria-sort") == "ascending"
    assert page.evaluate("() => document.activeElement.dataset.sort") == "errors", "focus stays on the sort button"
    assert "Seřazeno podle sloupce „Chyby“, vzestupně" in page.get_by_role("status").filter(has_text="Seřazeno").inner_text()

    page.keyboard.press("Enter")
    numbers = [int(n) for n in _column(page, "errors")]
    assert numbers == sorted(numbers, reverse=True)
    assert header.get_attribute("aria-sort") == "descending"
    assert page.locator(".pl-trainer-result th[aria-sort]").count() == 1

    page.get_by_role("button", name="Plán", exact=True).click()
    assert files_in_order() == ["a-sablona.md", "b-vzor.md", "c-koncept.md"]


def test_each_row_opens_that_plans_full_feedback(local_page, site_url):
    import planlint
    from planlint_browser import WEAK_DRAFT

    page = local_page
    _three_plans(page, site_url)
    row_button = page.get_by_role("button", name="Zpětná vazba k plánu c-koncept.md")
    row_button.focus()
    page.keyboard.press("Enter")
    details = page.locator('.pl-plan-feedback[data-file="c-koncept.md"]')
    expect(details).to_have_attribute("open", "")
    assert page.evaluate("() => document.activeElement.closest('.pl-plan-feedback').dataset.file") == "c-koncept.md"
    expected = planlint.check_text(WEAK_DRAFT, exercise="rodina-aleny", file="c-koncept.md")
    assert details.locator(".pl-findings .pl-message").all_inner_texts() == [i["message"] for i in expected["feedback"]]
    # The trainee's view includes the plan with its line numbers; "řádek N" shows that line.
    line_button = details.locator(".pl-goals .pl-line").first
    line = int(line_button.get_attribute("data-line"))
    line_button.click()
    target = details.locator(f'.pl-plan-lines li[data-line="{line}"]')
    expect(target).to_be_focused()
    assert WEAK_DRAFT.splitlines()[line - 1] in target.inner_text()
    # Esc returns to the table row.
    page.keyboard.press("Escape")
    expect(row_button).to_be_focused()


def test_printable_one_page_summary_per_trainee(local_page, site_url):
    import io

    from pypdf import PdfReader

    page = local_page
    _three_plans(page, site_url)
    page.get_by_role("button", name="Zpětná vazba k plánu c-koncept.md").click()
    details = page.locator('.pl-plan-feedback[data-file="c-koncept.md"]')
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    details.get_by_role("button", name="Vytisknout souhrn").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1, f"{len(reader.pages)} pages"
    assert "c-koncept.md" in text and "Plán pro rodinu paní Aleny" in text
    assert "S M A R T" in text
    for other in ("b-vzor.md", "a-sablona.md", "Stáhnout tabulku"):
        assert other not in text, other
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not page.evaluate("document.documentElement.classList.contains('pl-print-detail')")


DOWNLOADED = "individualni-plan-pan-karel.txt"  # every trainee's download has this name


def test_same_named_plans_are_all_kept_each_under_its_author(local_page, site_url):
    from planlint_browser import WEAK_DRAFT

    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("pan-karel")
    page.locator("#pl-files").set_input_files(
        files(
            (DOWNLOADED, "Vypracoval/a: Jana Nováková\n\n" + BY_ID["pan-karel"].model_answer),
            (DOWNLOADED, "Vypracoval/a: Petr Svoboda\n\n" + WEAK_DRAFT),
        )
    )
    wait_checked(page, 2)
    # Added later, without an author, twice: neither replaces a plan already in the table.
    page.locator("#pl-files").set_input_files(files((DOWNLOADED, BY_ID["pan-karel"].template)))
    wait_checked(page, 3)
    page.locator("#pl-files").set_input_files(files((DOWNLOADED, BY_ID["pan-karel"].template)))
    wait_checked(page, 4)
    rows = table(page)
    assert set(rows) == {
        f"Jana Nováková – {DOWNLOADED}",
        f"Petr Svoboda – {DOWNLOADED}",
        DOWNLOADED,
        f"{DOWNLOADED} (2)",
    }
    assert "Zkontrolováno plánů: 4." in page.locator(".pl-trainer-status").inner_text()
    # The author's line is no part of the plan: the model answer still has nothing to fix.
    assert rows[f"Jana Nováková – {DOWNLOADED}"]["errors"] == "0"
    assert rows[f"Jana Nováková – {DOWNLOADED}"]["warnings"] == "0"
    assert int(rows[f"Petr Svoboda – {DOWNLOADED}"]["errors"]) > 0
    assert page.locator(".pl-plan-feedback").count() == 4


def test_the_page_takes_every_format_an_exercise_downloads_or_the_checker_reads(site_dir):
    page = (site_dir / "cviceni" / TRAINER_PAGE / "index.html").read_text(encoding="utf-8")
    accept = page.split('id="pl-files" multiple accept="', 1)[1].split('"', 1)[0]
    assert {".docx", ".odt", ".txt", ".md"} <= set(accept.split(","))
    assert set(report.PLAN_SUFFIXES) <= set(accept.split(","))


def test_a_plan_whose_check_stalls_is_skipped_and_the_others_are_checked(local_page, site_url):
    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    # The checker gives up a check that runs too long with an error named so; here one plan's
    # check is made to end that way, as a stalled Python would.
    page.evaluate(
        """async () => {
            const { Checker } = await import(new URL("../../assets/javascripts/planlint/checker.js", location.href).href);
            const request = Checker.prototype.request;
            Checker.prototype.request = function (type, payload) {
                if (type === "report" && payload.plans?.some((plan) => plan.text.includes("ZASEKNE SE"))) {
                    const error = new Error("the check ran too long");
                    error.name = "TimeoutError";
                    return Promise.reject(error);
                }
                return request.call(this, type, payload);
            };
        }"""
    )
    page.locator("#pl-files").set_input_files(
        files(
            ("a.md", BY_ID["pan-karel"].model_answer),
            ("b.md", "ZASEKNE SE\n\n" + BY_ID["pan-karel"].model_answer),
            ("c.md", BY_ID["pan-josef"].template),
        )
    )
    wait_checked(page, 3)
    rows = table(page)
    assert rows["b.md"]["note"] == "Kontrola trvala příliš dlouho, přeskočeno"
    assert rows["a.md"]["errors"] == "0" and int(rows["c.md"]["errors"]) > 0


def test_exercises_are_listed_in_the_order_of_the_navigation(site_dir):
    """By case, as the menu lists them, not by file name (pan-daniel before rodina-aleny)."""
    import re

    from sitebuild.exercise_pages import nav_titles

    in_nav = [p.removeprefix("cviceni/").removesuffix(".md") for p in nav_titles() if p.startswith("cviceni/")]
    index = (site_dir / "cviceni" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<td><a href="([a-z-]+)/">', index)
    assert listed == [e for e in in_nav if e in listed] and len(listed) == len(BY_ID)
    assert listed != sorted(listed)
    trainer = (site_dir / "cviceni" / TRAINER_PAGE / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<option value="([a-z-]+)"', trainer) == listed
