"""The ecomap and genogram (nastroje/ekomapa/) in headless Chromium: the example draws people that
the text alternative lists, a plan's "osoby" section can be pasted, the state survives a reload,
the pictures download as SVG and PNG, print without the form, and fit a 360 px screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from playwright.sync_api import expect
from tools_browser import EKOMAPA, assert_accessible, horizontal_overflow, load_example, new_page, open_tool

SVG = "{http://www.w3.org/2000/svg}"
# As people paste it: a heading without "##", list items, and a row of a Word table (tabs).
OSOBY = """Zainteresované osoby a kontakty
- Alena Kratochvílová – klientka, tel. 777 000 101
- Tomáš Bureš – partner, otec dětí, tel. 777 000 102
- Petra Kratochvílová – sestra, tel. 777 000 103
- Mgr. Iveta Kolářová – sociální pracovnice OSPOD, MěÚ Podlesí, tel. 777 000 107
Dana Pokorná\tučitelka v mateřské škole\t777 000 111
"""
PASTED = ["Tomáš Bureš", "Petra Kratochvílová", "Mgr. Iveta Kolářová", "Dana Pokorná"]


@pytest.fixture
def page(browser):
    page = new_page(browser)
    yield page
    errors = page.js_errors
    page.context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def table_names(page, caption: str) -> list[str]:
    table = page.locator("table", has=page.locator("caption", has_text=caption))
    return table.locator("tbody th").all_inner_texts()


def drawn_names(page) -> list[str]:
    """The people the ecomap draws: the text of each person's box."""
    return page.locator("svg.em-mapa g.em-clovek title").all_text_contents()


def people_row(page, number: int):
    return page.locator("[data-list='people'] fieldset").nth(number - 1)


def test_example_draws_the_people_its_table_lists(page, site_url):
    open_tool(page, site_url, EKOMAPA)
    load_example(page)
    picture = page.locator("svg.em-mapa")
    assert picture.get_attribute("role") == "img"
    name = picture.evaluate("svg => document.getElementById(svg.getAttribute('aria-labelledby')).textContent")
    assert name == "Ekomapa: Josef Vondráček"
    # The picture names its text alternative: the table of the same relations.
    details = picture.get_attribute("aria-details")
    listed = page.locator(f"table#{details} tbody th").all_inner_texts()
    assert listed == table_names(page, "Ekomapa jako tabulka")
    assert len(listed) >= 3
    text = picture.text_content()
    drawn = [person for person in listed if person in text]
    assert drawn == listed
    assert len(drawn_names(page)) == len(listed)
    # Each relation in its own notation: the broken one is cut in two, the strong one is thick.
    assert picture.locator("g.em-vztah--preruseny line").count() == 4
    assert picture.locator("g.em-vztah--silny line").first.get_attribute("stroke-width") == "5"

    genogram = page.locator("svg.em-genogram")
    assert genogram.get_attribute("role") == "img"
    family = table_names(page, "Genogram jako tabulka")
    assert family == ["Josef Vondráček", "manželka", "Marcela Šolcová"]
    assert all(member in genogram.text_content() for member in family)
    assert genogram.locator("rect.em-domacnost").count() == 1
    assert "zemřela" in page.locator("table", has=page.locator("caption", has_text="Genogram")).inner_text()


def test_people_pasted_from_a_plan_and_kept_over_a_reload(page, site_url):
    open_tool(page, site_url, EKOMAPA)
    page.get_by_label("Vložte část „Zainteresované osoby“ z plánu").fill(OSOBY)
    page.get_by_role("button", name="Převzít lidi z textu").click()
    assert page.get_by_label("Jméno klienta (uprostřed mapy)").input_value() == "Alena Kratochvílová"
    assert table_names(page, "Ekomapa jako tabulka") == PASTED
    assert people_row(page, 3).get_by_label("Kdo to je (role)").input_value() == "sociální pracovnice OSPOD, MěÚ Podlesí"
    assert people_row(page, 4).get_by_label("Kdo to je (role)").input_value() == "učitelka v mateřské škole"
    assert "777" not in page.locator("svg.em-mapa").text_content()

    people_row(page, 3).get_by_label("Vztah s klientem").select_option(label="stresující")
    people_row(page, 1).get_by_label("Kdo koho podporuje").select_option(label="vzájemná")
    assert page.locator("svg.em-mapa g.em-vztah--stresujici").count() == 1
    strong = page.locator("svg.em-mapa g.em-vztah").first.locator("line").first
    assert strong.get_attribute("marker-start") and strong.get_attribute("marker-end")

    page.get_by_role("button", name="Přidat člena rodiny").click()
    member = page.locator("[data-list='family.members'] fieldset").first
    member.get_by_label("Jméno").fill("Tomáš Bureš")
    member.get_by_label("Vztah ke klientovi").select_option(label="partner nebo partnerka bez sňatku")
    member.get_by_label("Pohlaví").select_option(label="muž")

    page.reload()
    page.wait_for_selector(".sp-tool[data-ready='true']")
    assert table_names(page, "Ekomapa jako tabulka") == PASTED
    assert people_row(page, 3).get_by_label("Vztah s klientem").input_value() == "stresujici"
    assert table_names(page, "Genogram jako tabulka") == ["Alena Kratochvílová", "Tomáš Bureš"]
    assert page.locator("svg.em-genogram rect.em-symbol, svg.em-genogram g.em-symbol rect").count() >= 1

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Smazat vše").click()
    # The click may return while the confirmation is still being answered: wait for the state.
    expect(page.get_by_label("Jméno klienta (uprostřed mapy)")).to_have_value("")
    assert table_names(page, "Ekomapa jako tabulka") == []
    page.reload()
    page.wait_for_selector(".sp-tool[data-ready='true']")
    assert page.get_by_label("Jméno klienta (uprostřed mapy)").input_value() == ""


def test_downloads_as_svg_and_png(page, site_url, tmp_path):
    open_tool(page, site_url, EKOMAPA)
    load_example(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Stáhnout ekomapu jako SVG").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "ekomapa-josef-vondracek.svg"
    tree = ET.parse(path).getroot()
    texts = "".join(tree.itertext())
    assert "Marcela Šolcová" in texts and "Legenda" in texts and "vztah přerušený" in texts
    assert tree.get("role") == "img"

    with page.expect_download() as download:
        page.get_by_role("button", name="Stáhnout genogram jako obrázek PNG").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    data = path.read_bytes()
    assert path.name == "genogram-josef-vondracek.png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width >= 800  # drawn at twice the picture's size, sharp when printed


def test_prints_the_pictures_without_the_form(page, site_url):
    open_tool(page, site_url, EKOMAPA)
    load_example(page)
    page.emulate_media(media="print")
    assert page.locator("svg.em-mapa").is_visible()
    assert page.locator("svg.em-genogram").is_visible()
    assert page.locator("table", has=page.locator("caption", has_text="Ekomapa")).is_visible()
    assert not page.get_by_label("Jméno klienta (uprostřed mapy)").is_visible()
    assert not page.get_by_role("button", name="Načíst příklad").is_visible()


def test_keyboard_only(page, site_url):
    open_tool(page, site_url, EKOMAPA)
    page.get_by_role("button", name="Načíst příklad").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "em-lide"
    page.get_by_role("button", name="Přidat člověka").focus()
    page.keyboard.press("Enter")
    page.keyboard.type("Jana Horáková")
    page.keyboard.press("Tab")
    page.keyboard.type("kamarádka")
    page.keyboard.press("Tab")
    page.keyboard.press("End")  # the last relation in the list: přerušený
    assert "Jana Horáková" in table_names(page, "Ekomapa jako tabulka")
    assert people_row(page, 9).get_by_label("Vztah s klientem").input_value() == "preruseny"


@pytest.mark.parametrize("width", [360, 1280])
def test_every_state_passes_axe_and_fits_the_screen(browser, site_url, width):
    page = new_page(browser, width=width)
    try:
        open_tool(page, site_url, EKOMAPA)
        assert horizontal_overflow(page) == 0
        assert_accessible(page, "empty")
        load_example(page)
        assert horizontal_overflow(page) == 0
        assert_accessible(page, "with the example")
        if width == 360:
            # The map is drawn for the phone: it is no wider than the screen, so nothing scrolls.
            box = page.locator("svg.em-mapa").bounding_box()
            assert box["width"] <= 360
            scrolls = page.locator(".em-posuv").first.evaluate("el => el.scrollWidth > el.clientWidth")
            assert not scrolls
        page.get_by_label("Vložte část „Zainteresované osoby“ z plánu").fill(OSOBY)
        page.get_by_role("button", name="Převzít lidi z textu").click()
        assert_accessible(page, "after pasting people")
        page.goto(site_url + "/nastroje/")
        assert horizontal_overflow(page) == 0
        assert_accessible(page, "the tools' index page")
        assert page.js_errors == []
    finally:
        page.context.close()
