"""Shared by the tests of the tools (nastroje/): a page as a person uses it, and the checks every state must pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitepages import describe, run_axe, settle

ROOT = Path(__file__).resolve().parents[1]
KONFERENCE = "/nastroje/konference/"
EKOMAPA = "/nastroje/ekomapa/"
REQUIRED_SECTIONS = ("klient", "osoby", "situace", "cile", "kroky", "rizika", "zpetna_vazba", "vyhodnoceni", "informovani")


def new_page(browser, width: int = 1280):
    """A fresh context (its own localStorage) with reduced motion, so axe measures settled pages."""
    context = browser.new_context(
        locale="cs-CZ", viewport={"width": width, "height": 900}, reduced_motion="reduce", service_workers="block",
        accept_downloads=True,
    )
    page = context.new_page()
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    return page


def open_tool(page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    page.wait_for_selector(".sp-tool[data-ready='true']")


def assert_accessible(page, state: str) -> None:
    settle(page)
    violations = run_axe(page)
    assert not violations, f"{state}:\n{describe(violations)}"


def horizontal_overflow(page) -> int:
    """How many pixels the page scrolls sideways (0 when it fits the window)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def load_example(page) -> None:
    page.get_by_role("button", name="Načíst příklad").click()
    page.wait_for_function("() => /Načetli jsme příklad/.test(document.querySelector('.sp-tool-saved').textContent)")


def check_plan_file(path: Path) -> dict:
    """The checker's verdict on a plan file, through its command line (the contract's JSON)."""
    result = subprocess.run(
        [sys.executable, "-m", "planlint", "check", str(path), "--format", "json"],
        cwd=ROOT, env={"PYTHONPATH": str(ROOT / "tools"), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def complete_steps(report: dict) -> list[dict]:
    return [step for step in report["steps"] if step["co"] and step["kdo"] and step["kdy"]]
