"""Reflow (WCAG 1.4.10): at 320 px no page is wider than the screen, also with a check's result
on an exercise and a table of plans on the trainer page; at 1366 px the trainer's table fits
beside the navigation."""

from __future__ import annotations

from planlint_browser import BY_ID, FAULTY_PLAN, WEAK_DRAFT, check_plan, exercise_url, wait_ready
from sitepages import page_urls
from sitebuild.exercise_pages import TRAINER_PAGE

NARROW = 320
TRAINER_FILES = [
    ("vzor-plan-rodina-aleny.md", BY_ID["rodina-aleny"].model_answer),
    ("novakova.md", FAULTY_PLAN),
    ("sablona.md", BY_ID["rodina-aleny"].template),
]


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def narrow_page(browser, width=NARROW):
    context = browser.new_context(locale="cs-CZ", viewport={"width": width, "height": 700})
    return context, context.new_page()


def load_trainer_table(page, site_url):
    page.goto(f"{site_url}/cviceni/{TRAINER_PAGE}/")
    page.get_by_label("Ke kterému cvičení plány patří?").select_option("rodina-aleny")
    page.locator("#pl-files").set_input_files(
        [{"name": name, "mimeType": "text/markdown", "buffer": text.encode("utf-8")} for name, text in TRAINER_FILES]
    )
    wait_ready(page)
    page.wait_for_function(
        "n => document.querySelector('.pl-trainer').dataset.state === 'checked'"
        " && document.querySelectorAll('.pl-trainer-result tbody tr').length === n",
        arg=len(TRAINER_FILES),
        timeout=90_000,
    )


def test_no_page_is_wider_than_a_320px_screen(browser, site_url, site_dir):
    context, page = narrow_page(browser)
    try:
        wide = {}
        for url in page_urls(site_dir):
            page.goto(site_url + url)
            if page_width(page) > NARROW:
                wide[url] = page_width(page)
        assert not wide, f"pages wider than {NARROW} px: {wide}"
    finally:
        context.close()


def test_exercise_with_findings_fits_320px(browser, site_url):
    context, page = narrow_page(browser)
    try:
        page.goto(exercise_url(site_url, "rodina-aleny"))
        check_plan(page, WEAK_DRAFT)
        assert page.locator(".pl-result .pl-goal").count() == 3
        assert page_width(page) <= NARROW
        # All five SMART letters are on screen, not scrolled away inside the table.
        right = page.evaluate(
            "() => Math.max(...[...document.querySelectorAll('.pl-result .pl-goals th, .pl-result .pl-goals td')]"
            ".map(c => c.getBoundingClientRect().right))"
        )
        assert right <= NARROW
    finally:
        context.close()


def test_trainer_page_with_results_fits_320px(browser, site_url):
    context, page = narrow_page(browser)
    try:
        load_trainer_table(page, site_url)
        assert page_width(page) <= NARROW
        page.get_by_role("button", name="Zpětná vazba k plánu novakova.md").click()
        page.wait_for_selector('.pl-plan-feedback[data-file="novakova.md"][open] .pl-report')
        assert page_width(page) <= NARROW
    finally:
        context.close()


def test_trainer_table_fits_beside_the_navigation_at_1366px(browser, site_url):
    context = browser.new_context(locale="cs-CZ", viewport={"width": 1366, "height": 800})
    page = context.new_page()
    try:
        load_trainer_table(page, site_url)
        box = page.evaluate(
            """() => {
                const wrap = document.querySelector('.pl-report-table');
                const content = document.querySelector('.md-content__inner').getBoundingClientRect();
                const cells = [...wrap.querySelectorAll('th, td')].map(c => c.getBoundingClientRect());
                const toc = document.querySelector('.md-sidebar--secondary');
                const tocBox = toc && getComputedStyle(toc).display !== 'none' ? toc.getBoundingClientRect() : null;
                return { scroll: wrap.scrollWidth - wrap.clientWidth, right: Math.max(...cells.map(r => r.right)),
                         contentRight: content.right, tocLeft: tocBox ? tocBox.left : null };
            }"""
        )
        assert box["scroll"] <= 1, "the table scrolls sideways"
        assert box["right"] <= box["contentRight"] + 1, box
        assert box["tocLeft"] is None or box["right"] <= box["tocLeft"], "the table runs under the table of contents"
        note = page.locator('.pl-report-table thead th[data-column="note"]')
        assert note.inner_text().startswith("Poznámka") and note.is_visible()
    finally:
        context.close()
