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
_NAME = re.compile(r"(?<=[\w,)\]] )[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2,}[\w-]*")


def _without_names(text: str) -> str:
    return _NAME.sub(lambda match: " " * len(match[0]), text)


# Clauses of a compound goal: "…, ale musí doložit …", "…; …".
_CLAUSES = re.compile(r" (?:ale|avsak|a|aby|pak) ")


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
    # Names are blanked to the same length, so the time spans found in the full text (where
    # "do Vánoc" keeps its capital) line up with the blanked text too.
    times = dates.find(text if len(folded) == len(text) else unnamed, today)
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
    past_never = lexicon.smart()["realistic"]["not_absolute"]
    absolute = _has("realistic", "absolute", past_never.regex.sub(" ", plain))

    verdict = GoalVerdict(smart={})
    reasons = verdict.reasons

    # S: a concrete action or result; a vague verb or bare direction fails unless a concrete action
    # is named too, and a direction is fine once a number scopes it.
    specific = concrete or not (vague or (direction and not quantified))
    if len(words_only.split()) < 2:
        specific = False
    verdict.smart["S"] = specific
    if not specific:
        reasons["S"] = "vague"

    # M: a number, amount or frequency, or a specific one-off result that is not a feeling. In a
    # goal of several clauses, one clause with a checkable action is enough.
    unmeasurable = _has("measurable", "unmeasurable", words_only)
    clause_checkable = any(
        _has("specific", "concrete", clause) and not _has("measurable", "unmeasurable", clause)
        for clause in _CLAUSES.split(words_only)
    )
    measurable = quantified or (specific and (not unmeasurable or clause_checkable))
    verdict.smart["M"] = measurable
    if not measurable:
        reasons["M"] = "feeling" if unmeasurable else "unmeasurable"

    # A: the client's own will, or the plan's consent line. A goal about the services themselves
    # fails; an imposed one fails unless the client's agreement is written into it; a will that
    # belongs to a professional does not count.
    will = lexicon.smart()["acceptable"]["will"].search(plain)
    if will and _has("acceptable", "worker_subject", plain[: will.start()]):
        will = None
    if _has("acceptable", "services", plain):
        verdict.smart["A"], reasons["A"] = False, "services"
    elif will:
        verdict.smart["A"] = True
    elif _has("acceptable", "imposed", plain):
        verdict.smart["A"], reasons["A"] = False, "imposed"
    elif plan_consent:
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
