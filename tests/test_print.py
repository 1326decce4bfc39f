"""Print: guides and the manual print cleanly, and as PDF from Chromium."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sitepages import GUIDES, fold, manual_urls

from sitebuild import printable


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


@pytest.mark.both_builds
@pytest.mark.parametrize("url", GUIDES + ["manual/", "manual/tisk/"])
def test_guide_prints_to_pdf_with_its_text(page, site_url, url):
    page.goto(site_url + "/" + url)
    title = page.evaluate(
        "() => { const h = document.querySelector('article h1').cloneNode(true);"
        " h.querySelectorAll('.headerlink').forEach(e => e.remove()); return h.textContent.trim() }"
    )
    paragraph = page.locator("article p").first.inner_text().strip()
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    assert len(pdf) > 1024
    pages, text = _pdf_text(pdf)
    assert pages >= 1
    assert fold(title)[:30] in fold(text), f"title {title!r} not in the PDF"
    words = paragraph.split()[:6]
    assert fold(" ".join(words)) in fold(text), f"first paragraph {words} not in the PDF"
    assert "Přejít k obsahu" not in text and "Hledat" not in text


@pytest.mark.both_builds
def test_print_hides_the_site_chrome(page, site_url):
    page.goto(site_url + "/" + GUIDES[2])
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer', '.sp-search',
                  '.headerlink', '.md-top']
            .map(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'))"""
    )
    assert all(hidden), hidden
    assert page.evaluate("getComputedStyle(document.querySelector('article')).display") != "none"


def test_print_shows_addresses_of_links_to_other_sites(page, site_url, site_dir):
    page.goto(site_url + "/zdroje/")
    page.emulate_media(media="print")
    after = page.evaluate(
        """() => { const a = document.querySelector('article a[href^="http"]');
                   return a ? getComputedStyle(a, '::after').content : null }"""
    )
    if after is None:
        pytest.skip("no external link on the sources page")
    assert "http" in after


def test_tables_do_not_break_inside_rows(page, site_url):
    page.goto(site_url + "/" + GUIDES[2])
    page.emulate_media(media="print")
    styles = page.evaluate(
        """() => { const tr = document.querySelector('article tr');
                   return tr ? [getComputedStyle(tr).breakInside,
                               getComputedStyle(tr.closest('table').querySelector('thead') || tr).display] : null }"""
    )
    if styles is None:
        pytest.skip("no table in the guide")
    assert styles[0] == "avoid"


@pytest.mark.both_builds
def test_printable_manual_has_every_manual_page_in_nav_order(page, site_url, site_dir):
    pages = printable.manual_pages()
    assert pages and pages[0] == "manual/index.md"
    page.goto(site_url + "/manual/tisk/")
    headings = page.eval_on_selector_all("article h2", "els => els.map(e => e.id)")
    expected = [printable.page_id(p) for p in pages]
    assert [h for h in headings if h in expected] == expected
    assert len(manual_urls(site_dir)) == len(pages)
    # Cross-page links of the manual now point into the printable page.
    hrefs = page.eval_on_selector_all("article a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not any(re.match(r"^(\.\./)?(role|zavadeni|pilotaz)/", h) for h in hrefs), hrefs


@pytest.mark.both_builds
def test_manual_pages_link_to_the_printable_manual(site_dir):
    html = (site_dir / "manual" / "role" / "index.html").read_text(encoding="utf-8")
    assert 'href="../tisk/"' in html


def test_convert_keeps_parts_apart():
    ids = {"role.md": "role", "zavadeni.md": "zavadeni"}
    text = (
        "---\ntitle: X\n---\n# Role {#role-a-akteri}\n\n## Přehled rolí\n\nViz [tabulku](#prehled), "
        "[zavádění](zavadeni.md#krok) a [plán](../casework/individualni-plan.md).[^1]\n\n"
        "```\n# not a heading\n```\n\n[^1]: Poznámka.\n"
    )
    out = printable.convert(text, "manual/role.md", ids)
    assert "title: X" not in out
    assert "## Role {#role}" in out
    assert "### Přehled rolí {#role-prehled-roli}" in out
    assert "](#role-prehled)" in out and "](#zavadeni-krok)" in out
    assert "](../casework/individualni-plan.md)" in out
    assert "[^role-1]" in out and "[^role-1]:" in out
    assert "# not a heading" in out


def _print_exercise(page, site_url, open_model: bool) -> str:
    from planlint_browser import BY_ID, WEAK_DRAFT, check_plan, exercise_url

    page.goto(exercise_url(site_url, "rodina-aleny"))
    check_plan(page, WEAK_DRAFT)
    if open_model:
        page.get_by_text("Zobrazit vzorové řešení").click()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # as the browser does before printing
    page.emulate_media(media="print")
    _, text = _pdf_text(page.pdf(format="A4", print_background=True))
    return text, BY_ID["rodina-aleny"].model_answer


def test_printed_exercise_has_line_numbers_all_smart_letters_and_no_model_answer(page, site_url):
    text, model = _print_exercise(page, site_url, open_model=False)
    # The plan on paper carries its line numbers, and the feedback refers to them.
    assert re.search(r"\b3 ?- Zlepšit bydlení rodiny\.", text), text[:600]
    assert "řádek 3" in text and "řádek 5" in text
    # The SMART table with all five letters fits the A4 width (no letter cut off).
    assert re.search(r"Řádek Cíl S M A R T", text), text
    assert text.count("✗") >= 12
    model_line = next(line for line in model.splitlines() if len(line) > 40 and not line.startswith("#"))
    assert " ".join(model_line.split()[:6]) not in text
    assert "Vzorové řešení" not in text


def test_printed_exercise_keeps_the_model_answer_once_it_was_opened(page, site_url):
    text, model = _print_exercise(page, site_url, open_model=True)
    model_line = next(line for line in model.splitlines() if len(line) > 40 and not line.startswith("#"))
    assert " ".join(model_line.split()[:6]) in text
