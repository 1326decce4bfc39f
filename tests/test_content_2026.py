"""Content a trainer can hand out in 2026 (issue 22): current law, no contact that reaches anyone,
one wording of the rules everywhere, model answers that keep the rulebook, an answer sheet per exercise."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from sitepages import page_text, page_urls

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    [p for p in (ROOT / "docs").rglob("*.md") if "cviceni" not in p.parts and p.name != "tisk.md"]
    + list((ROOT / "exercises").rglob("*.toml"))
)
# A Czech number that could be dialled: 9 digits in groups of three starting with 2–9, or +420.
DIALABLE = re.compile(r"(?<![\d.,])(?:\+420\s?)?[2-9]\d{2}\s?\d{3}\s?\d{3}(?![\d.,]|\s?(?:Kč|000))")
ABOLISHED = re.compile(r"příspěv\w* na (?:bydlení|živobytí)|doplat\w* na bydlení|přídav\w* na dítě|hmotné nouz", re.I)
EXERCISES = sorted((ROOT / "exercises").glob("*.toml"))


@pytest.fixture(scope="module")
def site_text(site_dir) -> dict[str, str]:
    return {url: page_text(site_dir, url) for url in page_urls(site_dir)}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_invented_contact_can_reach_anyone(path):
    text = path.read_text(encoding="utf-8")
    assert not DIALABLE.findall(text), DIALABLE.findall(text)
    assert "@mpsv.cz" not in text, "link the ministry's page instead of naming its staff"


def test_the_number_pattern_would_catch_a_real_number():
    assert DIALABLE.search("tel. 777 000 101") and DIALABLE.search("+420 555 111 222")
    assert not DIALABLE.search("tel. 000 000 101") and not DIALABLE.search("dluh 310 000 Kč")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_abolished_benefits_are_named_only_where_their_end_is_explained(path):
    if path.name == "co-se-zmenilo.md":
        return
    assert not ABOLISHED.findall(path.read_text(encoding="utf-8"))


def test_the_glossary_carries_the_terms_a_coordinator_meets(site_text):
    glossary = site_text["/slovnik/"]
    for term in ("Centrum duševního zdraví", "IPOD", "GDPR", "Podpůrce", "Dávka státní sociální pomoci"):
        assert term in glossary, term
    assert "schválí soud" in glossary and "zákon č. 151/2025 Sb." in glossary


@pytest.mark.parametrize("slip", ["planlint", "flipchart", "advokaci", "přijatelný, realistický"])
def test_language_slips_stay_fixed(site_text, slip):
    content = {u: t for u, t in site_text.items() if u != "/pro-obce/hosting/"}  # names the folder on purpose
    assert not [u for u, t in content.items() if slip in t.lower()]


def test_times_sign_not_letter_x_in_sources():
    found = [p.name for p in SOURCES if p.suffix == ".md" and re.search(r"\b\d+x (?:týdně|denně|měsíčně)", p.read_text(encoding="utf-8"))]
    assert not found


def test_the_conference_facts_are_said_one_way(site_text):
    guide = site_text["/casework/pripadova-konference/"]
    assert "konferenci svolává a organizuje koordinátor podpory" in guide and "svolává ji OSPOD" in guide
    assert "teprve ohlašoval na duben 2025" in site_text["/vzdelavani/"]
    assert "uvádí jen tato jedna studie" in site_text["/casework/case-management/"]
    for case in ("pan-josef", "pan-karel", "pan-daniel"):
        assert "koordinátorku podpory, aby svolala" in site_text[f"/kazuistiky/{case}/"], case


def test_the_law_pages_name_regulation_provision_and_date(site_text):
    changes = site_text["/manual/co-se-zmenilo/"]
    for fact in ("zákon č. 151/2025 Sb.", "1. 10. 2025", "§ 46 odst. 2", "vyhlášky č. 449/2021 Sb.", "1. 1. 2022", "zákonem č. 300/2025 Sb."):
        assert fact in changes, fact
    privacy = site_text["/manual/ochrana-osobnich-udaju/"]
    for basis in ("písm. e)", "písm. c)", "písm. h)", "písm. g)", "čl. 37 odst. 1 písm. a)", "čl. 7 odst. 3", "čl. 77"):
        assert basis in privacy, basis
    assert "schválí soud" in site_text["/slovnik/"]


def test_the_consent_form_carries_what_consent_must_contain(site_dir):
    form = (ROOT / "forms/souhlas-se-sdilenim-informaci.md").read_text(encoding="utf-8")
    for part in ("Správce osobních údajů", "Pověřenec pro ochranu osobních údajů", "čl. 6 odst. 1 písm. a)",
                 "Údaje o zdraví – samostatný souhlas", "čl. 9 odst. 2 písm. a)", "spisový a skartační plán",
                 "čl. 15", "čl. 17", "čl. 77", "kdykoli odvolat"):
        assert part in form, part
    printed = page_text(site_dir, "/formulare/souhlas-se-sdilenim-informaci/")
    assert "Údaje o zdraví – samostatný souhlas" in printed


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_model_goals_are_the_clients_will_not_a_consent_formula(path):
    answer = tomllib.loads(path.read_text(encoding="utf-8"))["model_answer"]
    goals = answer[answer.index("## 4."):answer.index("## 5.")]
    assert "souhlasí, že" not in goals


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_every_alternative_in_a_model_answer_has_one_person(path):
    answer = tomllib.loads(path.read_text(encoding="utf-8"))["model_answer"]
    risks = answer[answer.index("## 6."):answer.index("## 7.")]
    for line in risks.splitlines():
        if "Alternativa" in line:
            # "X udělá … a Y udělá …" hands one alternative to two people.
            assert not re.search(r"\ba [A-ZČŘŠŽ]\w+ [A-ZČŘŠŽ]\w+ (?:do|ho|ji|mu|zajistí|ještě)\b", line), line


def test_every_exercise_has_a_trainer_answer_sheet(site_text):
    sheets = site_text["/cviceni/listy-pro-lektory/"]
    for path in EXERCISES:
        title = tomllib.loads(path.read_text(encoding="utf-8"))["title"]
        start = sheets.index(title)
        section = sheets[start:start + 3000]
        assert "Na co se dívat" in section and "Typické chyby" in section, title


def test_an_exercise_without_an_answer_sheet_stops_the_build_naming_it():
    from sitebuild import answer_sheets
    from sitebuild.exercise_pages import BuildError

    with pytest.raises(BuildError, match="nove-cviceni"):
        answer_sheets.sheets_for([p.stem for p in EXERCISES] + ["nove-cviceni"])


def test_an_answer_sheet_without_typical_mistakes_is_refused(tmp_path):
    from sitebuild import answer_sheets
    from sitebuild.exercise_pages import BuildError

    sheet = tmp_path / "rodina-aleny.toml"
    sheet.write_text('looks_for = ["Plán B má jméno a datum."]\nmistakes = []\n', encoding="utf-8")
    with pytest.raises(BuildError, match="mistakes"):
        answer_sheets.load_sheet(sheet)
