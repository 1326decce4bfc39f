"""The public functions: plain text in, the contract's JSON-ready dicts out. They never raise."""

from __future__ import annotations

import datetime as dt

from . import exercises, feedback, judging
from .feedback import report
from .exercises import NEUTRAL, Exercise, ExerciseError
from .reading import MAX_BYTES, InputError, refuse_too_many_lines
from .text import parse_iso


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


def check_text(text: str, *, date=None, exercise=None, file: str = "plan.md") -> dict:
    """Check one plan; returns the `check --format json` object of the contract."""
    if not isinstance(text, str):
        raise InputError("Plán musí být text.")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError("Plán je delší než 200 kB. Tak dlouhý plán nikdo nepíše – zkontrolujte, zda jde o správný soubor.")
    refuse_too_many_lines(text)
    case = resolve_exercise(exercise)
    result = judging.check(text.replace("\x00", " "), resolve_date(date), case)
    said = feedback.said(result.findings, result.date, case.names if case else NEUTRAL)
    findings = [finding.as_dict() for finding in said]
    items = feedback.plan_items(result, said, case.names if case else NEUTRAL)
    return {
        "file": file,
        "date": result.date.isoformat(),
        "sections": result.sections,
        "goals": [{"line": goal.line, "text": goal.text, "smart": goal.verdict.smart} for goal in result.goals],
        "steps": [{"line": step.line, "co": step.co, "kdo": step.kdo, "kdy": step.kdy} for step in result.steps],
        "findings": findings,
        "summary": report.severity_counts(findings),
        # The findings grouped as a trainer gives them: one item per goal, no advice twice.
        "feedback": items,
        "start_here": feedback.start_here(items, result),
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
    verdict = judging.judge(text, today)
    found = feedback.said(judging.smart_findings(verdict, text, None), today, names)
    return {
        "text": text,
        "date": today.isoformat(),
        "smart": verdict.smart,
        "findings": [finding.as_dict() for finding in found],
        "feedback": feedback.goal_only(text, verdict, found, today, names),
    }
