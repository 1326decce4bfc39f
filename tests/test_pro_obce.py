"""Pages for municipalities: the link snippet with its copy button, and the leaflet generator."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader
from sitebuild import leaflet_qr
from sitebuild.serve import running

# A municipality's address in settings.toml (site.address); the default build has none.
ADDRESS = "https://www.prikladov.cz/sit-podpory/"


@pytest.fixture(scope="module")
def addressed_site_url(site_dir, tmp_path_factory):
    """The site as a municipality with its address set gets it: the leaflet page has its QR code.

    Every other file is a link into site/, so nothing is copied but that one page.
    """
    root = tmp_path_factory.mktemp("addressed")
    for child in site_dir.iterdir():
        if child.name != "pro-obce":
            (root / child.name).symlink_to(child)
    (root / "pro-obce").mkdir()
    for child in (site_dir / "pro-obce").iterdir():
        if child.name != "letak":
            (root / "pro-obce" / child.name).symlink_to(child)
    (root / "pro-obce" / "letak").mkdir()
    page = (site_dir / leaflet_qr.PAGE).read_text(encoding="utf-8")
    assert leaflet_qr.SLOT in page, "the default build leaves the QR code's slot empty"
    (root / leaflet_qr.PAGE).write_text(page.replace(leaflet_qr.SLOT, leaflet_qr.filled_slot(ADDRESS)), encoding="utf-8")
    with running(root) as url:
        yield url


def test_default_leaflet_has_no_qr_code_and_no_example_address(page, site_url):
    page.goto(site_url + "/pro-obce/letak/")
    expect(page.locator("[data-sp-leaflet-sheet]")).to_be_visible()
    assert page.locator("[data-sp-qr] svg").count() == 0
    assert page.locator("#sp-leaflet-web").input_value() == ""
    assert "Více na webu" not in page.locator("[data-sp-leaflet-sheet]").inner_text()


def _tab_to(page, selector: str, limit: int = 250) -> None:
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
    assert sheet.locator("img:not([data-sp-out=logo]), b").count() == 0
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
    # A long address may wrap before its "@" (never inside a word): join the two parts back.
    text = " ".join(reader.pages[0].extract_text().split()).replace(" @", "@")
    assert "Městský úřad Příkladov" in text
    assert "Jana Nováková" in text
    assert "pracovnice.6@mestsky-urad-priklad.cz" in text
    assert "Údaje na leták" not in text  # the form does not print


def _shown(address: str) -> str:
    """The address as the leaflet prints it: without the scheme and the closing slash."""
    return address.split("://", 1)[-1].rstrip("/")


def test_leaflet_has_web_address_qr_code_and_logo_slot(page, addressed_site_url, tmp_path):
    import segno

    page.goto(addressed_site_url + "/pro-obce/letak/")
    sheet = page.locator("[data-sp-leaflet-sheet]")
    address = ADDRESS
    assert page.locator("#sp-leaflet-web").input_value() == address
    assert f"Více na webu: {_shown(address)}" in sheet.inner_text()
    # The QR code is an SVG made at build time: the very modules segno makes for the address.
    qr = sheet.locator("[data-sp-qr] svg")
    expect(qr).to_be_visible()
    assert qr.get_attribute("aria-label") == f"QR kód s webovou adresou {address}"
    expected = segno.make(address, error="m", micro=False)
    assert qr.get_attribute("viewBox") == f"0 0 {expected.symbol_size(border=4)[0]} {expected.symbol_size(border=4)[1]}"
    assert leaflet_qr.qr_svg(address).split(' d="')[1].split('"')[0] == qr.locator("path").get_attribute("d")
    # Another address than the one the code was made for: no QR code that would lead elsewhere.
    page.fill("#sp-leaflet-web", "https://www.prikladov.cz/socialni-pomoc")
    expect(qr).to_be_hidden()
    assert "Více na webu: www.prikladov.cz/socialni-pomoc" in sheet.inner_text()
    assert "QR kód se na leták přidá jen pro adresu" in page.locator("[data-sp-qr-hint]").inner_text()

    # The logo slot takes a picture from this computer and shows it on the leaflet.
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>')
    expect(sheet.get_by_text("Místo pro logo")).to_be_visible()
    page.set_input_files("#sp-leaflet-logo", str(logo))
    image = sheet.locator("img[data-sp-out=logo]")
    expect(image).to_be_visible()
    assert image.get_attribute("src").startswith("blob:")
    page.get_by_role("button", name="Odebrat logo").click()
    expect(image).to_be_hidden()


def test_leaflet_fields_and_preview_keep_e_mail_addresses_whole(browser, site_url):
    long_email = "jana.novakova-svobodova@mestsky-urad-prikladov.cz"
    for width in (768, 1280):
        context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": 900})
        page = context.new_page()
        try:
            page.goto(site_url + "/pro-obce/letak/")
            page.fill("#sp-contact-1-name", "Jana Nováková-Svobodová")
            page.fill("#sp-contact-1-email", long_email)
            field = page.locator("#sp-contact-1-email")
            assert field.evaluate("i => i.scrollWidth <= i.clientWidth"), f"the e-mail is cut in its field at {width} px"
            line = page.locator("[data-sp-leaflet-sheet] .sp-leaflet__contact-line").filter(has_text="e-mail")
            assert long_email in " ".join(line.inner_text().split()).replace(" @", "@")
            # Each part breaks only as a whole: "e-mail", the name before "@" and the domain.
            parts = line.locator(".sp-nowrap")
            assert parts.all_inner_texts() == ["e-mail ", "jana.novakova-svobodova", "@mestsky-urad-prikladov.cz"]
            assert parts.evaluate_all("els => els.every(e => e.getClientRects().length === 1)")
        finally:
            context.close()


def test_printed_leaflet_uses_the_bottom_of_the_page(page, addressed_site_url):
    page.goto(addressed_site_url + "/pro-obce/letak/")
    _fill_leaflet(page)
    page.emulate_media(media="print")
    box = page.evaluate(
        """() => { const sheet = document.querySelector('.sp-leaflet').getBoundingClientRect();
                   const reach = document.querySelector('.sp-leaflet__reach').getBoundingClientRect();
                   const qr = document.querySelector('[data-sp-qr] svg').getBoundingClientRect();
                   return {top: sheet.top, height: sheet.height, reach: reach.top - sheet.top,
                           bottom: reach.bottom - sheet.top, qr: qr.height}; }"""
    )
    # The contact block with the QR code fills the lower third of the A4 sheet.
    assert box["reach"] < box["height"] * 2 / 3 < box["bottom"], box
    assert box["bottom"] >= box["height"] * 0.95, box
    assert box["qr"] > 90  # about 3 cm: readable by a phone
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(reader.pages) == 1
    assert _shown(ADDRESS) in reader.pages[0].extract_text()
