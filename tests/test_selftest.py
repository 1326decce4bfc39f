"""Every chapter ends with a self-test ("Ověřte si") that works by keyboard, tells right from wrong and explains why."""

from __future__ import annotations

import re

import pytest
from sitepages import describe, page_urls, run_axe

SECTIONS = ("/manual/", "/casework/")


def chapter_urls(site) -> list[str]:
    return [
        url
        for url in page_urls(site)
        if url.startswith(SECTIONS) and url not in SECTIONS and url != "/manual/tisk/"
    ]


def static_questions(html: str) -> list[dict]:
    """The questions as the page carries them without JavaScript: text, answers, explanation."""
    block = re.search(r'<div class="sp-selftest">(.*?)</div>', html, flags=re.S)
    assert block, "no self-test on the page"
    questions = []
    for item in re.findall(r"<li>\s*<p>(.*?)</li>\s*(?=<li>\s*<p>|</ol>)", block.group(1), flags=re.S):
        answers = re.findall(r"<li( class=\"sp-correct\")?>(.*?)</li>", item, flags=re.S)
        explanation = re.findall(r"</ul>\s*<p>(.*?)</p>", item, flags=re.S)
        questions.append(
            {
                "correct": [bool(mark) for mark, _ in answers],
                "explanation": re.sub(r"<[^>]+>", "", explanation[0]) if explanation else "",
            }
        )
    return questions


def test_every_chapter_ends_with_three_to_five_questions(site_dir):
    chapters = chapter_urls(site_dir)
    assert len(chapters) >= 15, chapters
    total = 0
    for url in chapters:
        html = (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")
        assert 'id="overte-si"' in html, url
        questions = static_questions(html)
        assert 3 <= len(questions) <= 5, (url, len(questions))
        for question in questions:
            assert question["correct"].count(True) == 1, url
            assert len(question["correct"]) >= 3, url
            assert len(question["explanation"]) > 40, url
        total += len(questions)
    print(f"self-test questions: {total} in {len(chapters)} chapters")


def _check_by_keyboard(page, fieldset, answer: int) -> str:
    """Select an answer with the arrow keys only, Tab to the button, press Enter; return the announcement."""
    first = fieldset.locator("input[type=radio]").first
    first.focus()
    if answer == 0:
        page.keyboard.press("Space")
    for _ in range(answer):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Zkontrolovat"
    page.keyboard.press("Enter")
    result = fieldset.locator(".sp-q__result")
    result.locator(".sp-q__verdict").wait_for()
    return " ".join(result.inner_text().split())


@pytest.mark.parametrize("url", ["/manual/role/", "/casework/pripadova-konference/"])
def test_answering_by_keyboard_tells_right_from_wrong_and_explains(local_page, site_url, site_dir, url):
    questions = static_questions((site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8"))
    local_page.goto(site_url + url)
    fieldsets = local_page.locator(".sp-q")
    fieldsets.first.wait_for()
    assert fieldsets.count() == len(questions)

    right = questions[0]["correct"].index(True)
    said = _check_by_keyboard(local_page, fieldsets.nth(0), right)
    assert said.startswith("Správně.")
    assert " ".join(questions[0]["explanation"].split())[:40] in said

    wrong = questions[1]["correct"].index(False)
    said = _check_by_keyboard(local_page, fieldsets.nth(1), wrong)
    assert said.startswith("Tohle není správná odpověď. Správně je:")
    assert " ".join(questions[1]["explanation"].split())[:40] in said

    assert fieldsets.nth(0).locator(".sp-q__result").get_attribute("aria-live") == "polite"
    violations = run_axe(local_page, ".sp-selftest")
    assert not violations, describe(violations)


def test_checking_without_an_answer_asks_for_one(local_page, site_url):
    local_page.goto(site_url + "/casework/smart/")
    fieldset = local_page.locator(".sp-q").first
    fieldset.locator("button").click()
    assert fieldset.locator(".sp-q__result").inner_text().strip() == "Nejdřív vyberte jednu z odpovědí."


def test_print_shows_questions_answers_and_explanations_not_the_widget(local_page, site_url):
    local_page.goto(site_url + "/manual/role/")
    local_page.locator(".sp-q").first.wait_for()
    assert not local_page.locator(".sp-selftest > ol").is_visible()
    local_page.emulate_media(media="print")
    assert local_page.locator(".sp-selftest > ol").is_visible()
    assert not local_page.locator(".sp-selftest__widget").is_visible()
    assert local_page.locator(".sp-selftest .sp-correct").first.is_visible()
