"""The Python side of the checker's worker (worker.js's BRIDGE), run under CPython: planlint's own
refusals pass through as they are, anything else that goes wrong reaches the trainee in Czech."""

from __future__ import annotations

import json
import re

import planlint
import pytest
from planlint_browser import ROOT

WORKER = ROOT / "docs/assets/javascripts/planlint/worker.js"


@pytest.fixture
def handle():
    bridge = re.search(r"const BRIDGE = `(.*?)`;", WORKER.read_text(encoding="utf-8"), re.S).group(1)
    scope = {"LIB_DIR": str(ROOT / "tools")}
    exec(bridge, scope)  # noqa: S102 - the worker's own Python, as Pyodide runs it
    return scope["_planlint_handle"]


def ask(handle, kind: str, **request) -> dict:
    return json.loads(handle(kind, json.dumps(request)))


def test_a_refusal_of_planlint_passes_through(handle):
    answer = ask(handle, "check", text="x" * 300_000)
    assert answer == {"ok": False, "error": answer["error"], "kind": "InputError"}
    assert "200 kB" in answer["error"]


@pytest.mark.parametrize("kind", ["check", "goal", "report"])
def test_an_unexpected_failure_is_told_in_czech(handle, monkeypatch, kind):
    def breaks(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(planlint, "check_text", breaks)
    monkeypatch.setattr(planlint, "check_goal", breaks)
    answer = ask(handle, kind, text="Cíl", plans=[{"file": "a.md", "text": "Cíl"}])
    shown = json.dumps(answer, ensure_ascii=False)
    assert "recursion" not in shown and "narazila na vlastní chybu" in shown
