"""The audit's corrections (issue 13) stay corrected in the built pages, and the law pages cite paragraphs."""

from __future__ import annotations

import re

import pytest
from sitepages import page_text, page_urls


@pytest.fixture(scope="module")
def site_text(site_dir) -> dict[str, str]:
    return {url: page_text(site_dir, url) for url in page_urls(site_dir)}


@pytest.mark.parametrize(
    "wrong",
    [
        "Jakub Hron",
        "po kouskách",
        "popiše",
        "Jedna z šesti",
        "zasedačk",
        "v jednom člověku",
        "šestitýdenní",
        "čtyřmi cestami",
        "Obce si nejčastěji vybraly",
        "obce samy zvolily",
        "60–90 minut",
        "kapacita se vždy rychle naplnila",
        "Kulaté stoly byly určené hlavně",
        "Kontaktní osobou byla podle newsletteru",
        "koordinátor případu",
        "manažer případu",
    ],
)
def test_no_page_repeats_a_corrected_error(site_text, wrong):
    found = [url for url, text in site_text.items() if wrong.lower() in text.lower()]
    assert not found, f"{wrong!r} is back on {found}"


def test_the_model_answer_names_the_housing_worker_from_the_case_study(site_text):
    case = site_text["/kazuistiky/rodina-aleny/"]
    exercise = site_text["/cviceni/rodina-aleny/"]
    assert "Markéta Hronová – pracovnice podpory samostatného bydlení, služba Krok k bydlení; tel. 000 000 109" in case
    assert "Markéta Hronová – podpora samostatného bydlení, Krok k bydlení, tel. 000 000 109" in exercise


def test_the_accessibility_statement_cites_what_was_verified(site_text):
    text = site_text["/pristupnost/"]
    assert "podle § 8 zákona č. 99/2019 Sb." in text
    assert "podle § 9 téhož zákona podat podnět k nápravě" in text
    assert "Dozor nad dodržováním zákona vykonává Digitální a informační agentura" in text
    assert "§ 6" not in text
    assert "posta@mvcr.cz" not in text
    assert re.search(r"ověřili k datu \d{1,2}\. \d{1,2}\. \d{4}", text)


def test_the_contradictions_are_resolved_one_way(site_text):
    assert "a to třemi cestami" in site_text["/manual/pilotaz/"]
    conference = site_text["/casework/pripadova-konference/"]
    assert "zhruba hodinu a čtvrt, tedy asi 75 minut" in conference and "obvykle 90–120 minut" not in conference
    history = site_text["/casework/case-management/"]
    assert "60. let" in history and "sto let" in history and "Podklady se tedy rozcházejí" in history
    for url in ("/manual/pilotaz/", "/vzdelavani/index/" if "/vzdelavani/index/" in site_text else "/vzdelavani/", "/vzdelavani/petidenni-kurz/"):
        assert "přesné datum texty projektu neuvádějí" in site_text[url], url


def test_statements_about_time_are_dated(site_text):
    law = site_text["/manual/pravni-ukotveni/"]
    assert "k datu svého vzniku" in law and "plánovanou účinností od 1. 1. 2025" in law
    assert "její období skončilo v roce 2025" in law
    assert "k datu 8. 12. 2026" in site_text["/zdroje/"]


def test_the_leaflet_promises_confidentiality_within_the_law(site_text):
    leaflet = site_text["/pro-obce/letak/"]
    assert "Bez vašeho souhlasu nic nedomlouváme, pokud nám to přímo neukládá zákon." in leaflet
    assert "Výjimkou jsou případy, kdy nám to ukládá zákon" in leaflet


def test_the_law_page_cites_verified_paragraphs_and_names_its_sources(site_text):
    text = site_text["/manual/ospod-a-sdileni-informaci/"]
    for citation in (
        "§ 10 odst. 3 písm. c) zákona č. 359/1999 Sb.",
        "§ 1 vyhlášky č. 473/2012 Sb.",
        "§ 100 zákona č. 108/2006 Sb.",
        "§ 100a",
        "čl. 6 odst. 1",
        "čl. 9 odst. 1",
        "čl. 7 odst. 3",
        "Co jsme ověřili",
        "Stav k 8. 12. 2026",
        "ve znění vyhlášky č. 449/2021 Sb.",
        "§ 10 odst. 4 zákona č. 359/1999 Sb.",
    ):
        assert citation in text, citation
    assert "Bez čísla paragrafu uvádíme" in text
    assert "OSPOD a sdílení informací" in site_text["/manual/tisk/"]


@pytest.mark.parametrize("case", ["rodina-aleny", "pani-meda", "pan-karel", "mlada-maminka", "pan-josef", "pan-karel-druha-konference", "pan-daniel", "rodina-elisky"])
def test_every_discussion_question_has_a_model_answer_for_trainers(site_dir, case):
    html = (site_dir / "kazuistiky" / case / "index.html").read_text(encoding="utf-8").replace("\u00a0", " ")
    section = re.search(r'id="otazky-k-diskusi".*?<ol>(.*?)</ol>', html, flags=re.S)
    notes = re.search(r"<details class=\"note\">\s*<summary>Pro lektory: modelové odpovědi k otázkám</summary>(.*?)</details>", html, flags=re.S)
    assert section and notes, case
    questions = re.findall(r"<li>", section.group(1))
    answers = [re.sub(r"<[^>]+>", "", a) for a in re.findall(r"<li>(.*?)</li>", notes.group(1), flags=re.S)]
    assert len(questions) >= (5 if case in ("pan-karel-druha-konference", "pan-daniel", "rodina-elisky") else 7)
    assert len(answers) == len(questions), case
    assert all(len(answer) > 120 for answer in answers), case
