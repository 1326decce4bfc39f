"""SMART drill page in headless Chromium: every rewritten goal gets its five letters."""

from __future__ import annotations

import planlint
from planlint_browser import READY_MS, wait_ready
from sitebuild.exercise_pages import DRILL_PAGE


def letters(item):
    return dict(item.locator(".pl-drill-result li[data-letter]").evaluate_all("els => els.map(e => [e.dataset.letter, e.dataset.ok === 'true'])"))


def test_drill_gives_the_five_letters_as_you_type(local_page, site_url):
    page = local_page
    page.goto(f"{site_url}/cviceni/{DRILL_PAGE}/")
    items = page.locator(".pl-drill-item")
    assert items.count() >= 5
    first = items.first
    assert first.get_attribute("data-date") == "2025-03-10"

    field = first.get_by_role("textbox")
    field.fill("Zlepšit bydlení.")
    first.locator('.pl-drill-result li[data-letter="S"]').wait_for(timeout=READY_MS)
    weak = letters(first)
    assert list(weak) == list("SMART") and not all(weak.values())
    advice = first.locator(".pl-drill-result [data-rule]")
    assert advice.count() == 1, "one item for the goal, naming every failing letter"
    same = planlint.check_goal("Zlepšit bydlení.", exercise=first.get_attribute("data-exercise"))["feedback"][0]
    assert advice.locator(".pl-message").inner_text() == same["message"], "the drill uses the checker's own wording"
    # "Zlepšit bydlení" names no action: the drill asks the question that leads to one, with the case's name.
    assert "Co konkrétně bude paní Alena dělat nebo mít?" in same["message"]

    field.fill("Paní Alena chce do 31. 5. 2025 podepsat nájemní smlouvu na byt s nájmem nejvýše 12 000 Kč.")
    page.wait_for_function(
        "item => item.dataset.state === 'smart'", arg=first.element_handle(), timeout=10_000
    )
    assert letters(first) == dict.fromkeys("SMART", True)
    shown = first.get_by_role("status").inner_text()
    assert "všech pět písmen" in shown and "null" not in shown


def test_drill_judges_deadlines_against_its_case_date(local_page, site_url):
    """The same goal is on time for one case and already late for a later one."""
    page = local_page
    page.goto(f"{site_url}/cviceni/{DRILL_PAGE}/")
    wait_ready(page)
    josef = page.locator('.pl-drill-item[data-exercise="pan-josef"]').first
    josef.get_by_role("textbox").fill("Pan Josef chce do 31. 3. 2025 mít v koupelně namontované madlo.")
    josef.locator('.pl-drill-result li[data-letter="R"]').wait_for(timeout=10_000)
    assert letters(josef)["R"] is False, "31. 3. is before the plan date 7. 4. 2025"


def test_drill_shows_html_in_a_goal_as_text(local_page, site_url):
    page = local_page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site_url}/cviceni/{DRILL_PAGE}/")
    item = page.locator(".pl-drill-item").first
    item.get_by_role("textbox").fill("Zlepšit <img src=x onerror=alert(1)> situaci.")
    item.locator('.pl-drill-result li[data-letter="S"]').wait_for(timeout=READY_MS)
    assert item.locator(".pl-drill-result img").count() == 0
    assert "<img src=x onerror=alert(1)>" in item.locator(".pl-drill-result").inner_text()
    assert dialogs == []
