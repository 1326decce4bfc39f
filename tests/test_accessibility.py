"""WCAG 2.1 AA: axe-core on every built page, the exercise states, and keyboard-only use."""

from __future__ import annotations

import re

import pytest
from sitepages import GUIDES, describe, page_urls, run_axe, search, settle, wait_until

# Plan text that is sure to draw findings from the checker (no dates, no sections filled in).
WEAK_PLAN = "# Individuální plán\n\n## 4. Cíle\n\n1. Zlepšit situaci klienta.\n"
# The exercise's checker is still being prepared (the engine state, or any part marked loading).
LOADING = (
    "el => el.dataset.engine === 'loading' || el.dataset.state === 'loading'"
    " || !!el.querySelector('[data-state=loading]')"
)


@pytest.mark.both_builds
def test_every_page_passes_axe(page, site_url, site_dir):
    failures = []
    urls = page_urls(site_dir)
    assert len(urls) > 20
    for url in urls:
        page.goto(site_url + url)
        page.wait_for_load_state("load")
        violations = run_axe(page)
        if violations:
            failures.append(f"{url}\n{describe(violations)}")
    assert not failures, "axe-core found WCAG 2.1 AA violations:\n" + "\n".join(failures)


@pytest.mark.both_builds
@pytest.mark.parametrize("url", ["/", "/" + GUIDES[0], "/pro-obce/letak/"])
def test_narrow_screen_passes_axe(browser, site_url, url):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + url)
        violations = run_axe(page)
        assert not violations, describe(violations)
        page.locator("label.md-header__button[for='__drawer']").click()
        page.wait_for_function("() => document.getElementById('__drawer').checked")
        settle(page)
        violations = run_axe(page)
        assert not violations, "with the navigation open:\n" + describe(violations)
    finally:
        context.close()


@pytest.mark.both_builds
def test_open_search_with_results_passes_axe(page, site_url):
    page.goto(site_url + "/")
    titles = search(page, "pripadova konference")
    assert titles
    violations = run_axe(page)
    assert not violations, describe(violations)


def _exercise_urls(site_dir) -> list[str]:
    urls = []
    for url in page_urls(site_dir):
        html = (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")
        if "data-exercise" in html and "<textarea" in html and ">Zkontrolovat" in html:
            urls.append(url)
    return urls


@pytest.mark.both_builds
def test_exercise_page_states_pass_axe(page, site_url, site_dir):
    urls = _exercise_urls(site_dir)
    if not urls:
        pytest.skip("no exercise page yet (no element with data-exercise in site/)")
    # Hold Pyodide back, so the page stays in its loading state until the first axe run is done.
    held: list = []
    released = False

    def hold(route):
        if released:
            route.continue_()
        else:
            held.append(route)

    page.route("**/assets/pyodide/**", hold)
    page.goto(site_url + urls[0])
    wait_until(page, lambda: held, what="the exercise page loading Pyodide")
    root = page.locator("[data-exercise]:has(textarea)").first
    textarea = root.locator("textarea").first
    button = root.get_by_role("button", name=re.compile(r"^Zkontrolovat"))
    result = root.locator("[role=status]").last

    assert held, "the exercise page did not start loading Pyodide"
    page.wait_for_function(LOADING, arg=root.element_handle())
    violations = run_axe(page)
    assert not violations, "loading state:\n" + describe(violations)

    released = True
    for route in held:
        route.continue_()
    page.wait_for_function(f"el => !({LOADING})(el)", arg=root.element_handle(), timeout=120_000)
    textarea.fill("")
    violations = run_axe(page)
    assert not violations, "empty state:\n" + describe(violations)

    textarea.fill(WEAK_PLAN)
    button.click()
    page.wait_for_function("el => el.dataset.state === 'checked'", arg=root.element_handle(), timeout=120_000)
    settle(page)
    violations = run_axe(page)
    assert not violations, "state with findings:\n" + describe(violations)


def test_grouped_feedback_on_a_weak_draft_passes_axe(local_page, site_url):
    """The exercise with "Začněte tady" and one item per goal, as a weak first draft gets it."""
    from planlint_browser import WEAK_DRAFT, check_plan, exercise_url

    page = local_page
    page.goto(exercise_url(site_url, "rodina-aleny"))
    check_plan(page, WEAK_DRAFT)
    assert page.locator(".pl-result .pl-start > li").count() >= 1
    settle(page)
    violations = run_axe(page)
    assert not violations, "weak draft with grouped feedback:\n" + describe(violations)

    # After the first check the model answer is offered; before a download, the name is asked.
    page.locator("details.pl-model-answer summary").click()
    page.get_by_role("button", name="Stáhnout plán").click()
    page.get_by_role("dialog", name="Stáhnout plán").wait_for()
    violations = run_axe(page)
    assert not violations, "model answer open, the download asking for a name:\n" + describe(violations)
    page.keyboard.press("Escape")

    # After a jump to a line: the caret in the plan and the way back to the finding.
    page.locator(".pl-result .pl-goals .pl-line").first.click()
    page.get_by_role("button", name="Zpět na připomínku").wait_for()
    violations = run_axe(page)
    assert not violations, "after a jump to a line:\n" + describe(violations)


def test_trainer_page_with_results_passes_axe(local_page, site_url):
    """The trainer's table sorted, one plan's feedback opened from its row, at 1280 and 320 px."""
    from planlint_browser import BY_ID, WEAK_DRAFT
    from sitebuild.exercise_pages import TRAINER_PAGE

    page = local_page
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.locator("#pl-files").set_input_files(
        [
            {"name": name, "mimeType": "text/markdown", "buffer": text.encode("utf-8")}
            for name, text in (("vzor.md", BY_ID["rodina-aleny"].model_answer), ("koncept.md", WEAK_DRAFT))
        ]
    )
    page.wait_for_function(
        "() => document.querySelector('.pl-trainer').dataset.state === 'checked'", timeout=120_000
    )
    page.get_by_role("button", name="Chyby", exact=True).click()
    page.get_by_role("button", name="Zpětná vazba k plánu koncept.md").click()
    page.locator('.pl-plan-feedback[data-file="koncept.md"] .pl-goals .pl-line').first.click()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        settle(page)
        violations = run_axe(page)
        assert not violations, f"trainer page with results at {width} px:\n" + describe(violations)


def test_leaflet_with_logo_and_another_address_passes_axe(page, site_url, tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>')
    page.goto(site_url + "/pro-obce/letak/")
    page.set_input_files("#sp-leaflet-logo", str(logo))
    page.fill("#sp-leaflet-web", "https://www.prikladov.cz/socialni-pomoc")
    page.locator("[data-sp-qr-hint]").filter(has_text="QR kód").wait_for()
    violations = run_axe(page)
    assert not violations, describe(violations)


@pytest.mark.both_builds
def test_first_tab_reaches_a_visible_skip_link(page, site_url):
    page.goto(site_url + "/" + GUIDES[0])
    page.keyboard.press("Tab")
    page.wait_for_function("() => getComputedStyle(document.activeElement).opacity === '1'")  # it fades in
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.replace(/\\s+/g, ' ').trim(), href: document.activeElement.getAttribute('href'),"
        " opacity: getComputedStyle(document.activeElement).opacity})"
    )
    assert focused["text"] == "Přejít k obsahu"
    assert focused["opacity"] == "1"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == focused["href"]


@pytest.mark.both_builds
def test_search_by_keyboard_alone(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "sp-search-input"
    page.keyboard.type("rodinna konference", delay=20)
    page.wait_for_function("() => document.getElementById('sp-search-results').dataset.query === 'rodinna konference'")
    assert "Nalezen" in page.text_content("[data-sp-search] [role=status]")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("!!document.activeElement.closest('#sp-search-results .sp-search__item')")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "sp-search-input"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "sp-search-input"
    assert page.is_hidden("#sp-search-results")
    page.keyboard.press("Backspace")
    page.keyboard.type("e", delay=20)
    page.wait_for_selector("#sp-search-results .sp-search__item")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/casework/rodinna-konference/**")


def tab_to(page, selector: str, what: str, presses: int = 6) -> None:
    """Press Tab until `selector` has focus, as a keyboard user would; fail if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    pytest.fail(f"{what} is not reachable with Tab")


@pytest.mark.both_builds
def test_navigation_opens_by_keyboard_on_narrow_screens(browser, site_url):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + "/")
        toggle = page.locator("label.md-header__button[for='__drawer']")
        assert toggle.get_attribute("aria-label") == "Otevřít nabídku stránek"
        tab_to(page, "label[for='__drawer']", "the navigation button")
        page.keyboard.press("Enter")
        assert page.evaluate("document.getElementById('__drawer').checked")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
        page.keyboard.press("Escape")
        assert not page.evaluate("document.getElementById('__drawer').checked")
    finally:
        context.close()


@pytest.mark.both_builds
def test_every_page_links_the_accessibility_statement(site_dir):
    missing = []
    for path in site_dir.rglob("index.html"):
        html = " ".join(path.read_text(encoding="utf-8").split())  # the build ties "o" to the next word
        if "md-footer" in html and "Prohlášení o přístupnosti" not in html:
            missing.append(str(path.relative_to(site_dir)))
    assert not missing, missing


@pytest.mark.both_builds
def test_accessibility_statement_has_the_parts_the_law_asks_for(site_dir):
    html = " ".join((site_dir / "pristupnost" / "index.html").read_text(encoding="utf-8").split())
    for part in (
        "Prohlášení o přístupnosti",
        "zákonem č. 99/2019 Sb.",
        "se vztahuje na",
        "Stav souladu",
        "Nepřístupný obsah",
        "Vypracování prohlášení",
        "vlastním posouzením",
        "Zpětná vazba a kontaktní údaje",
        "Postupy pro vymáhání práva",
        "§ 8 zákona č. 99/2019 Sb.",
        "<strong>§ 9</strong>",
        "podnět k nápravě",
        "Digitální a informační agentura",
    ):
        assert part in html, part
    assert re.search(r"vypracováno dne \d{1,2}\. \d{1,2}\. \d{4}", html)


@pytest.mark.both_builds
@pytest.mark.parametrize("width", [375, 1280])
def test_tab_never_lands_on_something_hidden(browser, site_url, width):
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + "/" + GUIDES[3])
        hidden = []
        for _ in range(15):
            page.keyboard.press("Tab")
            settle(page)
            state = page.evaluate(
                """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
                    let visible = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth;
                    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
                        const s = getComputedStyle(n);
                        if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') visible = false;
                    }
                    return [e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30)), visible] }"""
            )
            if not state[1]:
                hidden.append(state[0])
        assert not hidden, f"focus landed on hidden elements at {width}px: {hidden}"
    finally:
        context.close()


@pytest.mark.both_builds
@pytest.mark.parametrize("width", [320, 1280])
def test_search_box_is_reached_by_tab_and_fits_the_screen(browser, site_url, width):
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + "/")
        tab_to(page, "#sp-search-input", "the search box")
        page.keyboard.type("smart", delay=20)
        page.wait_for_selector("#sp-search-results .sp-search__item")
        box = page.locator("#sp-search-input").bounding_box()
        results = page.locator("#sp-search-results").bounding_box()
        assert box["width"] >= min(200, width * 0.5), box
        assert results["x"] >= 0 and results["x"] + results["width"] <= width, results
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        violations = run_axe(page)
        assert not violations, describe(violations)
    finally:
        context.close()
