"""Judging one goal on the five SMART letters, as shared/spec/individual-plan.md section 2 says."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import dates, lexicon
from .text import fold

_AMOUNT = re.compile(r"(?<![0-9a-z])\d[\d\s]*(?:[.,]\d+)?\s*(?:kc|korun|%|procent|eur)(?![a-z])")
_NUMBER = re.compile(r"(?<![0-9a-z])\d+(?![0-9a-z])")
_NUMBER_WORDS = re.compile(
    r"(?<![a-z])(jeden|jednu|jednoho|jedne|dva|dve|dvou|tri|trech|ctyri|ctyr|pet|peti|sest|sedm|osm|devet|deset"
    r"|prvni|druhy|druhou|treti|prvnich|obe|oba)(?![a-z])"
)


# A capitalised word inside a sentence is a name ("paní Šťastná", "pan Dobrý"), not a quality.
_NAME = re.compile(r"(?<=[\w,)\]] )[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]*")


def _without_names(text: str) -> str:
    return _NAME.sub(lambda match: " " * len(match[0]), text)


@dataclass
class GoalVerdict:
    smart: dict[str, bool]
    # Why a letter failed, as a key of messages.SMART_REASONS ("S": "vague", "R": "past", …).
    reasons: dict[str, str] = field(default_factory=dict)
    deadline: dt.date | None = None


def _has(group: str, name: str, text: str) -> bool:
    return lexicon.smart()[group][name].search(text) is not None


def judge(text: str, today: dt.date, plan_consent: bool = False) -> GoalVerdict:
    """The five letters of one goal; `plan_consent` is the plan's own consent line."""
    folded = fold(text)
    unnamed = _without_names(text)
    times = dates.find(unnamed, today)
    without_times = dates.spans_removed(fold(unnamed), times)
    words_only = lexicon.match_text(without_times)
    plain = lexicon.match_text(folded)

    has_amount = bool(_AMOUNT.search(without_times))
    has_number = has_amount or bool(_NUMBER.search(without_times)) or bool(_NUMBER_WORDS.search(words_only))
    has_frequency = _has("measurable", "frequency", words_only)
    quantified = has_number or has_frequency
    concrete = _has("specific", "concrete", words_only)
    vague = _has("specific", "vague", words_only)
    direction = _has("specific", "direction", words_only)
    absolute = _has("realistic", "absolute", plain)

    verdict = GoalVerdict(smart={})
    reasons = verdict.reasons

    # S: a concrete action or result; a vague verb or bare direction fails unless a concrete action
    # is named too, and a direction is fine once a number scopes it.
    specific = concrete or not (vague or (direction and not quantified) or absolute)
    if len(words_only.split()) < 2:
        specific = False
    verdict.smart["S"] = specific
    if not specific:
        reasons["S"] = "vague"

    # M: a number, amount or frequency, or a specific one-off result that is not a feeling.
    unmeasurable = _has("measurable", "unmeasurable", words_only)
    measurable = quantified or (specific and not unmeasurable and not absolute)
    verdict.smart["M"] = measurable
    if not measurable:
        reasons["M"] = "feeling" if unmeasurable else "unmeasurable"

    # A: the client's own will, or the plan's consent line; an imposed goal or one about the
    # services themselves fails either way.
    if _has("acceptable", "imposed", plain):
        verdict.smart["A"], reasons["A"] = False, "imposed"
    elif _has("acceptable", "services", plain):
        verdict.smart["A"], reasons["A"] = False, "services"
    elif _has("acceptable", "will", plain) or plan_consent:
        verdict.smart["A"] = True
    else:
        verdict.smart["A"], reasons["A"] = False, "no_will"

    # T: a date, a named period or a bounded duration; a start with a frequency counts too.
    deadlines = [item.deadline for item in times if item.deadline is not None and not item.opens]
    opens = any(item.opens for item in times)
    timed = bool(deadlines) or opens
    verdict.smart["T"] = timed
    if not timed:
        reasons["T"] = "never" if absolute else "no_deadline"
    verdict.deadline = max(deadlines) if deadlines else None

    # R: no absolute promise, no deadline in the past, no huge task in a few days.
    realistic = True
    if absolute:
        realistic, reasons["R"] = False, "absolute"
    elif _has("realistic", "total_unless_amount", plain) and not has_amount:
        realistic, reasons["R"] = False, "absolute"
    elif deadlines and min(deadlines) < today:
        realistic, reasons["R"] = False, "past"
    elif deadlines and _has("realistic", "big_task", plain):
        short = lexicon.smart_settings()["short_days"]
        if (min(deadlines) - today).days <= short:
            realistic, reasons["R"] = False, "too_short"
    verdict.smart["R"] = realistic
    verdict.smart = {letter: verdict.smart[letter] for letter in "SMART"}
    return verdict
