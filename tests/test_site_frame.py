"""What every page says about the site: its last change and no example contact (footer); the exercises in
the navigation; and no programmer's words where a trainee reads."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
from planlint_browser import BY_ID, EXERCISES, WEAK_DRAFT

import planlint
from sitebuild import last_change
from sitebuild.exercise_pages import TRAINER_PAGE

ROOT = Path(__file__).resolve().parents[1]
CZECH_DATE = re.compile(r"Poslední změna stránky: <time datetime=\"(\d{4}-\d{2}-\d{2})\">(\d{1,2})\. (\d{1,2})\. (\d{4})</time>")


def _pages(site_dir):
    return [p for p in site_dir.rglob("index.html") if "md-footer" in p.read_text(encoding="utf-8")]


def test_every_page_has_its_last_change_and_no_example_contact(site_dir):
    """The operator's line comes from settings.toml; the default build has none (test_municipality_copy)."""
    missing = []
    for path in _pages(site_dir):
        text = path.read_text(encoding="utf-8").replace("\u00a0", " ").replace("&nbsp;", " ")
        footer = text[text.index('class="md-copyright"'):]
        date = CZECH_DATE.search(footer)
        if not date or "data-sp-operator" in footer or ".example" in footer:
            missing.append(str(path.relative_to(site_dir)))
            continue
        iso, day, month, year = date.groups()
        assert iso == f"{year}-{int(month):02d}-{int(day):02d}"
    assert not missing, missing


def test_last_change_comes_from_git_for_the_pages_sources(site_dir):
    if subprocess.run(["git", "rev-parse", "--git-dir"], cwd=ROOT, capture_output=True).returncode:
        pytest.skip("no git history in this copy of the project")
    for page, built in (("casework/smart.md", "casework/smart"), ("cviceni/pan-karel.md", "cviceni/pan-karel")):
        sources = [str(p.relative_to(ROOT)) for p in last_change.sources(page)]
        expected = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", *sources], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        text = (site_dir / built / "index.html").read_text(encoding="utf-8")
        assert f'<time datetime="{expected}">' in text, page


def test_without_git_history_the_footer_line_is_left_out():
    html_in = '<footer><p class="sp-last-change" data-sp-last-change="index.md"></p><nav></nav></footer>'
    assert last_change.fill(html_in, date_of=lambda page: None) == "<footer><nav></nav></footer>"
    filled = last_change.fill(html_in, date_of=lambda page: "2025-03-07")
    assert 'Poslední změna stránky: <time datetime="2025-03-07">7. 3. 2025</time>' in filled


def test_templates_stay_simple():
    """No Python string methods in templates: another generator (Zensical) may render them later."""
    for template in (ROOT / "overrides").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        calls = re.findall(r"\.(startswith|endswith|split|replace|strip|lower|upper|format|join)\(", text)
        assert not calls, f"{template.name}: {calls}"


def test_every_exercise_is_in_the_navigation(site_dir):
    nav_html = (site_dir / "cviceni" / "index.html").read_text(encoding="utf-8")
    nav = nav_html[nav_html.index('class="md-nav md-nav--primary"'):]
    for exercise in EXERCISES:
        assert f'href="../{exercise.id}/"' in nav or f'href="{exercise.id}/"' in nav, exercise.id


# Words of programmers and of the machine's inside, which a trainee should never meet.
JARGON = re.compile(r"markdown|\(\.md\)|planlint|python|utf-8|kódování|načítám|posuzuji|připravuji|kontroluji", re.I)


def _visible_text(page_html: str) -> str:
    page_html = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S | re.I)
    page_html = re.sub(r"<!--.*?-->", " ", page_html, flags=re.S)
    attributes = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', page_html))
    return html.unescape(re.sub(r"<[^>]+>", " ", page_html) + " " + attributes)


def test_trainee_pages_speak_plain_czech(site_dir):
    found = {}
    for path in (site_dir / "cviceni").rglob("index.html"):
        if path.parent.name == TRAINER_PAGE:
            continue
        words = set(m.group(0) for m in JARGON.finditer(_visible_text(path.read_text(encoding="utf-8"))))
        if words:
            found[str(path.relative_to(site_dir))] = words
    assert not found, found


def test_trainee_facing_script_strings_speak_plain_czech():
    # Czech strings in the widgets' scripts: what the status lines and messages say.
    czech = re.compile(r"[\"'`]([^\"'`\n]*[áčďéěíňóřšťúůýž][^\"'`\n]*)[\"'`]", re.I)
    found = []
    for script in (ROOT / "docs" / "assets" / "javascripts" / "planlint").glob("*.*js"):
        for text in czech.findall(script.read_text(encoding="utf-8")):
            if script.name != "trainer.js" and JARGON.search(text):
                found.append(f"{script.name}: {text}")
    assert not found, found


@pytest.mark.parametrize("plan", ["model", "weak"])
def test_checker_messages_speak_plain_czech(plan):
    text = BY_ID["rodina-aleny"].model_answer if plan == "model" else WEAK_DRAFT
    result = planlint.check_text(text, exercise="rodina-aleny", file="plan.md")
    said = [f["message"] for f in result["findings"]] + [i["message"] for i in result.get("feedback", [])]
    said += [p["text"] for p in result.get("start_here", [])]
    assert plan == "model" or said
    assert not [s for s in said if JARGON.search(s)]
    # The plan-date message (weak draft has no date line) is impersonal, not "posuzuji".
    if plan == "weak":
        assert any("se proto posuzují" in s for s in said)
