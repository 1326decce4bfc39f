"""Pages for municipalities: the link snippet with its copy button, and the leaflet generator."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader


def _tab_to(page, selector: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reachable with Tab")


def test_link_snippet_copies_by_keyboard(browser, site_url):
    context = browser.new_context(locale="cs-CZ", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(site_url + "/pro-obce/")
        code = page.locator("#sp-odkaz-kod").inner_text()
        assert f'href="{site_url}/"' in code, code
        assert "Síť podpory" in code
        _tab_to(page, "[data-sp-copy]")
        page.keyboard.press("Enter")
        status = page.locator("[data-sp-copy-status]")
        status.filter(has_text="Zkopírováno").wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == code
    finally:
        context.close()


def _fill_leaflet(page) -> None:
    page.fill("#sp-leaflet-office", "Městský úřad Příkladov, odbor sociálních věcí")
    page.fill("#sp-leaflet-address", "Náměstí 1, 123 45 Příkladov")
    page.fill("#sp-leaflet-hours", "pondělí a středa 8.00–17.00")
    page.fill("#sp-contact-1-name", "Jana Nováková")
    page.fill("#sp-contact-1-role", "sociální pracovnice")
    page.fill("#sp-contact-1-phone", "123 456 789")
    page.fill("#sp-contact-1-email", "jana.novakova@priklad.cz")
    page.fill("#sp-contact-2-name", "Petr Svoboda")
    page.fill("#sp-contact-2-phone", "987 654 321")


@pytest.mark.both_builds
def test_leaflet_preview_shows_what_was_filled_in(page, site_url):
    page.goto(site_url + "/pro-obce/letak/")
    _fill_leaflet(page)
    sheet = page.locator("[data-sp-leaflet-sheet]")
    text = sheet.inner_text()
    for expected in (
        "Městský úřad Příkladov, odbor sociálních věcí",
        "Náměstí 1, 123 45 Příkladov",
        "pondělí a středa 8.00–17.00",
        "Jana Nováková",
        "sociální pracovnice",
        "123 456 789",
        "jana.novakova@priklad.cz",
        "Petr Svoboda",
    ):
        assert expected in text, expected


def test_leaflet_never_interprets_input_as_html(page, site_url):
    page.goto(site_url + "/pro-obce/letak/")
    evil = '<img src=x onerror="window.hacked=1"><b>tučně</b>'
    page.fill("#sp-leaflet-office", evil)
    page.fill("#sp-contact-1-name", evil)
    sheet = page.locator("[data-sp-leaflet-sheet]")
    assert sheet.locator("img, b").count() == 0
    assert sheet.inner_text().count(evil) == 2
    assert page.evaluate("window.hacked") is None


def test_leaflet_contacts_can_be_added_and_removed_by_keyboard(page, site_url):
    page.goto(site_url + "/pro-obce/letak/")
    assert page.locator("[data-sp-contact-list] > li").count() == 2
    _tab_to(page, "[data-sp-add-contact]")
    page.keyboard.press("Enter")
    assert page.locator("[data-sp-contact-list] > li").count() == 3
    assert page.evaluate("document.activeElement.id") == "sp-contact-3-name"
    page.keyboard.type("Eva Dvořáková")
    assert "Eva Dvořáková" in page.locator("[data-sp-leaflet-sheet]").inner_text()
    page.locator("[data-sp-contact-list] > li").nth(2).get_by_role("button").focus()
    page.keyboard.press("Enter")
    assert page.locator("[data-sp-contact-list] > li").count() == 2
    assert "Eva Dvořáková" not in page.locator("[data-sp-leaflet-sheet]").inner_text()
    for _ in range(6):
        page.locator("[data-sp-add-contact]").click() if page.locator("[data-sp-add-contact]").is_enabled() else None
    assert page.locator("[data-sp-contact-list] > li").count() == 6
    assert page.locator("[data-sp-add-contact]").is_disabled()


def test_leaflet_prints_on_one_a4_page(page, site_url):
    page.goto(site_url + "/pro-obce/letak/")
    _fill_leaflet(page)
    for _ in range(4):
        page.locator("[data-sp-add-contact]").click()
    for n in range(3, 7):
        page.fill(f"#sp-contact-{n}-name", f"Pracovnice číslo {n} s dlouhým jménem Nováková-Svobodová")
        page.fill(f"#sp-contact-{n}-role", "sociální pracovnice, koordinátorka podpory")
        page.fill(f"#sp-contact-{n}-phone", "+420 123 456 789")
        page.fill(f"#sp-contact-{n}-email", f"pracovnice.{n}@mestsky-urad-priklad.cz")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Městský úřad Příkladov" in text
    assert "Jana Nováková" in text
    assert "pracovnice.6@mestsky-urad-priklad.cz" in text
    assert "Údaje na leták" not in text  # the form does not print
