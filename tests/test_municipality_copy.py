"""A municipality's copy of the site: no example values by default, its own details from one
settings file, the built site as one zip that unpacks into a site that serves, and a home page
that leads each role to its pages."""

from __future__ import annotations

import gzip
import html
import json
import re
import zipfile

import pytest
from playwright.sync_api import expect
from planlint_browser import BY_ID, check_plan, exercise_url, wait_ready

from sitebuild import home_counts, offline, operator_info, settings, site_zip
from sitebuild.serve import running

# Bracketed text that stands for something to fill in; "[3]" citing a source is not one. The
# sources page marks one title it completed itself ("název doplněn"): an editor's note, kept.
PLACEHOLDER = re.compile(r"\[(?!\d+\])[^\]\n]{2,}\]")
EDITORS_NOTES = {"[projektu Buďme profi; název doplněn]"}


def _visible(page_html: str) -> str:
    page_html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", page_html, flags=re.S | re.I)
    page_html = re.sub(r"<!--.*?-->", " ", page_html, flags=re.S)
    attributes = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt|value|href)="([^"]*)"', page_html))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page_html) + " " + attributes).split())


def test_no_page_shows_an_example_value_or_a_placeholder(site_dir):
    found = {}
    for path in site_dir.rglob("*.html"):
        text = _visible(path.read_text(encoding="utf-8"))
        hits = {m.group(0) for m in PLACEHOLDER.finditer(text)} - EDITORS_NOTES
        hits |= set(re.findall(r"\S*\.example\b\S*", text))
        if hits:
            found[str(path.relative_to(site_dir))] = hits
    assert not found, found


def test_the_placeholder_check_would_see_the_old_statement():
    old = "<p>Stránky na adrese [adresa webu, např. https://sit-podpory.priklad.cz/], které provozuje [název obce].</p>"
    assert len(PLACEHOLDER.findall(_visible(old))) == 2
    assert not PLACEHOLDER.findall(_visible("<p>zdroj [3] a [4]</p>"))


def test_default_build_has_no_contact_line_and_says_the_contact_is_missing(site_dir):
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    footer = home[home.index('class="md-copyright"'):]
    assert "sp-operator" not in footer and "Kontakt" not in footer and "mailto:" not in footer
    statement = _visible((site_dir / "pristupnost" / "index.html").read_text(encoding="utf-8"))
    assert "Prohlášení o přístupnosti se vztahuje na internetové stránky Síť podpory." in statement
    assert "Kontaktní údaje provozovatele této kopie webu zatím nejsou doplněné." in statement


FILLED = """
[operator]
name = "Město Příkladov"
email = "podatelna@prikladov.cz"
phone = "+420 123 456 789"
postal_address = "Náměstí 1, 123 45 Příkladov"

[site]
address = "https://www.prikladov.cz/sit-podpory/"
"""


def test_the_settings_file_fills_the_footer_and_the_accessibility_statement():
    filled = settings.parse(FILLED)
    page = (
        '<footer><p class="sp-operator" data-sp-operator></p></footer>'
        + operator_info.SCOPE_SLOT
        + operator_info.CONTACT_SLOT
    )
    out = operator_info.fill_page(page, filled)
    assert (
        '<p class="sp-operator">Web provozuje Město Příkladov. Kontakt: '
        '<a href="mailto:podatelna@prikladov.cz">podatelna@prikladov.cz</a>, tel. +420 123 456 789</p>'
    ) in out
    assert "stránky Síť podpory na adrese https://www.prikladov.cz/sit-podpory/, které provozuje Město Příkladov." in out
    assert "<li>Adresa: Náměstí 1, 123 45 Příkladov</li>" in out
    assert "Kontaktní osoba" not in out, "an empty value is left out"
    assert "data-sp-" not in out


def test_the_build_names_every_setting_left_empty():
    assert settings.empty_values(settings.parse(FILLED)) == ["operator.url", "operator.contact_person"]
    lines = settings.warn_empty(settings.parse(""))
    assert len(lines) == 1 + 7 and "site.address" in lines[-1]
    with pytest.raises(settings.SettingsError):
        settings.parse('[operator]\nname = 5\n')


def test_the_home_page_counts_cases_and_exercises_from_the_sources(site_dir):
    text = _visible((site_dir / "index.html").read_text(encoding="utf-8"))
    assert f"{home_counts.case_count()} smyšlených příběhů" in text
    assert f"{home_counts.exercise_count()} cvičení na individuální plán" in text
    assert home_counts.case_count() == 8
    assert home_counts.czech_count(3, ("příběh", "příběhy", "příběhů")) == "3\u00a0příběhy"


def test_the_home_page_leads_each_role_to_its_pages_in_one_click(page, site_url):
    page.goto(site_url + "/")
    roles = page.locator("#pro-koho + ul > li")
    expected = {
        "Účastníci kurzů": "cviceni/",
        "Koordinátorky a koordinátoři podpory": "vzdelavani/studijni-cesty/#samostudium",
        "Lektorky a lektoři": "cviceni/pro-lektory/",
        "Obce": "pro-obce/",
    }
    for role, target in expected.items():
        item = roles.filter(has_text=role)
        expect(item).to_have_count(1)
        assert target in item.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    cards = page.locator(".grid.cards a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    for section in ("cviceni/", "formulare/", "pro-obce/", "kazuistiky/"):
        assert section in cards


def test_the_site_zip_is_whole_and_not_in_the_offline_bundle(site_dir):
    archive = site_dir / site_zip.ZIP_NAME
    assert archive.stat().st_size < 25_000_000, "one download a municipal office can take"
    with zipfile.ZipFile(archive) as opened:
        names = {name.removeprefix(site_zip.FOLDER + "/") for name in opened.namelist()}
    built = {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file()}
    assert names == built - {site_zip.ZIP_NAME}
    bundles = list((site_dir / offline.BUNDLE_DIR).glob("*.json.gz"))
    assert bundles and not any(site_zip.ZIP_NAME in json.loads(gzip.decompress(b.read_bytes())) for b in bundles)
    assert site_zip.ZIP_NAME not in (site_dir / "sw.js").read_text(encoding="utf-8"), "the worker never fetches it"
    page = (site_dir / site_zip.PAGE).read_text(encoding="utf-8")
    assert re.search(r"Stáhnout kopii webu \(zip, \d+\u00a0MB\)", html.unescape(page))


def test_the_downloaded_copy_unpacks_into_a_site_that_serves(page, site_dir, tmp_path):
    with zipfile.ZipFile(site_dir / site_zip.ZIP_NAME) as opened:
        opened.extractall(tmp_path)
    with running(tmp_path / site_zip.FOLDER) as url:
        page.goto(url + "/")
        expect(page.locator("h1")).to_contain_text("Síť podpory")
        page.goto(exercise_url(url, "pan-karel"))
        wait_ready(page)
        check_plan(page, BY_ID["pan-karel"].model_answer)
        assert "nemá žádné chyby" in page.locator(".pl-result .pl-summary").inner_text()
