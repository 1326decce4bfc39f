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


def test_first_tab_reaches_a_visible_skip_link(page, site_url):
    page.goto(site_url + "/" + GUIDES[0])
    page.keyboard.press("Tab")
    page.wait_for_function("() => getComputedStyle(document.activeElement).opacity === '1'")  # it fades in
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href'),"
        " opacity: getComputedStyle(document.activeElement).opacity})"
    )
    assert focused["text"] == "Přejít k obsahu"
    assert focused["opacity"] == "1"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == focused["href"]


def test_search_by_keyboard_alone(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("rodinna konference", delay=20)
    page.wait_for_selector(".md-search-result__item")
    settle(page)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("!!document.activeElement.closest('.md-search-result__item')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/casework/rodinna-konference/**")


def tab_to(page, selector: str, what: str, presses: int = 6) -> None:
    """Press Tab until `selector` has focus, as a keyboard user would; fail if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    pytest.fail(f"{what} is not reachable with Tab")


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


def test_every_page_links_the_accessibility_statement(site_dir):
    missing = []
    for path in site_dir.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        if "md-footer" in html and "Prohlášení o přístupnosti" not in html:
            missing.append(str(path.relative_to(site_dir)))
    assert not missing, missing


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
        "podle § 9",
        "podnět k nápravě",
        "Digitální a informační agentura",
    ):
        assert part in html, part
    assert re.search(r"vypracováno dne \d{1,2}\. \d{1,2}\. \d{4}", html)


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


def test_search_opens_by_keyboard_on_narrow_screens(browser, site_url):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + "/")
        tab_to(page, "label[for='__search']", "the search button")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
        page.keyboard.type("smart", delay=20)
        page.wait_for_selector(".md-search-result__item")
    finally:
        context.close()
