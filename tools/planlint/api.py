"""The public functions: plain text in, the contract's JSON-ready dicts out. They never raise."""

from __future__ import annotations

import datetime as dt

from . import advice, exercises, smart
from .checks import check, smart_findings
from .dates import parse_iso
from .exercises import Exercise, ExerciseError
from .names import NEUTRAL

MAX_BYTES = 200_000


class InputError(ValueError):
    """Input that cannot be checked at all; the message is Czech and user-facing."""


def resolve_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    parsed = parse_iso(str(value))
    if parsed is None:
        raise InputError(f"Datum „{value}“ neznám: zadejte ho ve tvaru RRRR-MM-DD, např. 2025-03-01.")
    return parsed


def resolve_exercise(value) -> Exercise | None:
    if value is None or isinstance(value, Exercise):
        return value
    try:
        if isinstance(value, dict):
            return exercises.parse_exercise(value)
        return exercises.load(str(value))
    except ExerciseError as error:
        raise InputError(str(error)) from None


def _summary(findings: list[dict]) -> dict:
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for finding in findings:
        counts[{"error": "errors", "warning": "warnings", "info": "infos"}[finding["severity"]]] += 1
    return counts


def check_text(text: str, *, date=None, exercise=None, file: str = "plan.md") -> dict:
    """Check one plan; returns the `check --format json` object of the contract."""
    if not isinstance(text, str):
        raise InputError("Plán musí být text.")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError("Plán je delší než 200 kB. Tak dlouhý plán nikdo nepíše – zkontrolujte, zda jde o správný soubor.")
    result = check(text.replace("\x00", " "), resolve_date(date), resolve_exercise(exercise))
    findings = [finding.as_dict() for finding in result.findings]
    feedback = advice.plan_items(result)
    return {
        "file": file,
        "date": result.date.isoformat(),
        "sections": result.sections,
        "goals": [{"line": goal.line, "text": goal.text, "smart": goal.verdict.smart} for goal in result.goals],
        "steps": [{"line": step.line, "co": step.co, "kdo": step.kdo, "kdy": step.kdy} for step in result.steps],
        "findings": findings,
        "summary": _summary(findings),
        # The findings grouped as a trainer gives them: one item per goal, no advice twice.
        "feedback": feedback,
        "start_here": advice.start_here(feedback, result),
    }


def check_goal(text: str, *, date=None, exercise=None) -> dict:
    """Judge one goal on its own; returns the `goal --format json` object of the contract.

    With an exercise, examples in the feedback speak of that exercise's case."""
    if not isinstance(text, str):
        raise InputError("Cíl musí být text.")
    text = " ".join(text.replace("\x00", " ").split())[:5000]
    case = resolve_exercise(exercise)
    today = resolve_date(date) or (dt.date.fromisoformat(case.date) if case else dt.date.today())
    names = case.names if case else NEUTRAL
    verdict = smart.judge(text, today)
    found = smart_findings(verdict, text, today, None, None, names)
    return {
        "text": text,
        "date": today.isoformat(),
        "smart": verdict.smart,
        "findings": [finding.as_dict() for finding in found],
        "feedback": advice.goal_only(text, verdict, found, today, names),
    }
