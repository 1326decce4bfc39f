"""Drafts in headless Chromium: tabs of one browser on one exercise never lose a text, older
versions come back with "Obnovit starší verzi", and a file that holds no plan replaces nothing."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from planlint_browser import READY_MS, exercise_url
from sitepages import describe, run_axe

EXERCISE = "pan-karel"
KEY = f"sit-podpory:plan:{EXERCISE}"
CZECH_DATE_TIME = re.compile(r"\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}")


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 1280, "height": 900}, service_workers="block")
    yield context
    context.close()


def open_tab(context, site_url):
    tab = context.new_page()
    tab.goto(exercise_url(site_url, EXERCISE))
    tab.wait_for_selector('.pl-exercise[data-ready="true"]')
    return tab


def field(tab):
    return tab.get_by_label("Individuální plán")


def stored(tab) -> str:
    return tab.evaluate(f"() => JSON.parse(localStorage.getItem('{KEY}')).text")


def open_versions(tab):
    """Open "Obnovit starší verzi" from the keyboard; returns its list."""
    summary = tab.locator(".pl-versions summary")
    expect(summary).to_be_visible()
    if not tab.locator(".pl-versions").evaluate("details => details.open"):
        summary.focus()
        tab.keyboard.press("Enter")
    return tab.locator(".pl-versions-list")


def restore_by_keyboard(tab, preview: str) -> None:
    item = tab.locator(".pl-versions-list li", has_text=f"„{preview}“")
    button = item.get_by_role("button", name=re.compile(r"^Obnovit verzi z "))
    assert CZECH_DATE_TIME.search(button.inner_text())
    button.focus()
    tab.keyboard.press("Enter")


def test_a_stale_tab_never_overwrites_newer_work(context, site_url):
    stale = open_tab(context, site_url)
    field(stale).fill("Plán ze staré záložky")
    newer = open_tab(context, site_url)
    assert field(newer).input_value() == "Plán ze staré záložky"
    field(newer).press("End")
    newer.keyboard.type(", doplněný v nové záložce")
    notice = stale.locator(".pl-conflict")
    notice.get_by_role("button", name="Převzít text z druhé záložky").wait_for()
    newer.close()

    # The notice is never answered; one more character in the stale tab.
    field(stale).press("End")
    stale.keyboard.type("x")
    assert stored(stale) == "Plán ze staré záložky, doplněný v nové záložce"
    assert "mezi starší verze" in stale.locator(".pl-draft").inner_text()

    # A new tab gets the newer work, and the stale tab's text among the older versions.
    later = open_tab(context, site_url)
    assert field(later).input_value() == "Plán ze staré záložky, doplněný v nové záložce"
    open_versions(later)
    restore_by_keyboard(later, "Plán ze staré záložkyx")
    expect(field(later)).to_have_value("Plán ze staré záložkyx")
    assert "Obnovili jsme verzi z" in later.locator(".pl-draft").inner_text()
    assert stored(later) == "Plán ze staré záložkyx"
    # The text it replaced is a version now.
    open_versions(later)
    expect(later.locator(".pl-versions-list")).to_contain_text("„Plán ze staré záložky, doplněný v nové záložce“")
    later.emulate_media(reduced_motion="reduce")
    violations = run_axe(later)
    assert not violations, describe(violations)


def test_taking_the_other_tabs_text_keeps_this_tabs_text_as_a_version(context, site_url):
    first, second = open_tab(context, site_url), open_tab(context, site_url)
    field(first).fill("Text z první záložky")
    second.locator(".pl-conflict").get_by_role("button", name="Převzít text z druhé záložky").click()
    assert field(second).input_value() == "Text z první záložky"
    field(second).fill("Text z druhé záložky")
    notice = first.locator(".pl-conflict")
    notice.get_by_role("button", name="Převzít text z druhé záložky").wait_for()
    assert "jiné záložce" in notice.inner_text()
    notice.get_by_role("button", name="Převzít text z druhé záložky").click()
    assert field(first).input_value() == "Text z druhé záložky"
    assert stored(first) == "Text z druhé záložky"
    open_versions(first)
    restore_by_keyboard(first, "Text z první záložky")
    expect(field(first)).to_have_value("Text z první záložky")
    first.emulate_media(reduced_motion="reduce")
    violations = run_axe(first)
    assert not violations, describe(violations)


def test_three_tabs_lose_nothing(context, site_url):
    tabs = [open_tab(context, site_url) for _ in range(3)]
    texts = ["Plán z první záložky", "Plán z druhé záložky", "Plán z třetí záložky"]
    for tab, text in zip(tabs, texts):
        field(tab).fill(text)
    field(tabs[0]).press("End")
    tabs[0].keyboard.type(" a ještě kousek")
    texts[0] += " a ještě kousek"
    for tab in tabs:
        tab.close()

    later = open_tab(context, site_url)
    shown = field(later).input_value()
    assert shown in texts
    versions = open_versions(later)
    for text in texts:
        if text != shown:
            expect(versions).to_contain_text(f"„{text}“")
    for text in texts:
        if text != shown:
            open_versions(later)
            restore_by_keyboard(later, text)
            expect(field(later)).to_have_value(text)


def test_many_versions_are_kept_within_bounds(context, site_url):
    tab = open_tab(context, site_url)
    for number in range(15):
        field(tab).fill(f"Verze {number}: " + f"{number} " * 30)  # each replaces the last: a new version
    texts = tab.evaluate(
        f"""() => Object.keys(localStorage).filter((k) => k.startsWith('{KEY}:verze:'))
            .map((k) => JSON.parse(localStorage.getItem(k)).text)"""
    )
    assert len(texts) == 10
    assert sorted(int(text.split()[1].rstrip(":")) for text in texts) == list(range(5, 15))
    assert len(open_versions(tab).locator("li").all()) == 9  # the tenth is the text in the field


def upload(tab, name: str, data: bytes, mime: str) -> None:
    with tab.expect_file_chooser() as chooser:
        tab.get_by_role("button", name="Nahrát plán ze souboru").click()
    chooser.value.set_files({"name": name, "mimeType": mime, "buffer": data})


@pytest.mark.parametrize(
    ("name", "data"), [("plan.txt", b""), ("plan.md", b" \n\n\t\n")], ids=["empty", "only-spaces"]
)
def test_a_file_without_a_plan_is_refused_and_replaces_nothing(context, site_url, name, data):
    tab = open_tab(context, site_url)
    draft = "## Cíle\n\n- Pan Karel chce do 30. 6. 2025 podat žádost."
    field(tab).fill(draft)
    upload(tab, name, data, "text/plain")
    tab.wait_for_selector('.pl-exercise[data-upload="problem"]', timeout=READY_MS)
    message = tab.locator(".pl-upload-status").inner_text()
    assert f"Soubor „{name}“ je prázdný" in message
    expect(tab.get_by_role("dialog")).to_be_hidden()
    assert field(tab).input_value() == draft
    assert stored(tab) == draft
