"""Goals and the steps that lead to them: every goal needs a step, and a step ends by its goal's deadline.

A step leads to a goal when they share a content word by its lemma ("podat žádost o byt" and
"vyplnit žádost" share "žádost"), compared by its first letters without diacritics, so that a word
the dictionary lacks ("nájemném") or a plan typed without diacritics still matches; the words every plan uses (the client, the plan, a month) and
names do not count. Goals about the same matter share their steps: a goal that shares a word with
a goal some step leads to has its step too. A goal that names no concrete action (fails S) is
left to its SMART advice. A step is due by the deadline of the goal it shares
most with (two words at least), unless that goal is a lasting state that starts on a date ("od 1. 4. 2025 …")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..text import fold
from . import dates, lexicon, morphology
from .findings import Finding

_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 3
_KEY_LETTERS = 5


@lru_cache(maxsize=20000)
def content_lemmas(text: str) -> frozenset[str]:
    generic = lexicon.plan_words()["generic"]
    found = set()
    for index, match in enumerate(_TOKEN.finditer(text)):
        token = match[0]
        if index and token[:1].isupper():
            continue  # a name ("Jana", "OSPOD") says who, not what
        lemma = morphology.lemma(token)
        if len(lemma) < _MIN_LETTERS or lemma in generic.words:
            continue
        found.add(fold(lemma)[:_KEY_LETTERS])
    return frozenset(found)


# A deadline is compared only with a goal the step plainly serves: one shared word may be a
# person or a by-word ("maminka", "připravit"), two name the same matter.
_SAME_MATTER = 2


def _served_goal(step, goals) -> int | None:
    mine = content_lemmas(step.co or "")
    shared = [(len(mine & content_lemmas(goal.text)), index) for index, goal in enumerate(goals)]
    best = max(shared, default=(0, None))
    return best[1] if best[0] >= _SAME_MATTER else None


def _served(goals, steps) -> set[int]:
    words = [content_lemmas(goal.text) for goal in goals]
    step_words = frozenset().union(*(content_lemmas(step.co or "") for step in steps))
    served = {index for index, mine in enumerate(words) if mine & step_words}
    related = {index for index, mine in enumerate(words) if any(mine & words[other] for other in served)}
    return served | related


def _starts_on_a_date(goal, today: dt.date) -> bool:
    return any(span.opens for span in dates.find(goal.text, today))


def findings(goals, steps, today: dt.date) -> list[Finding]:
    """IP-CILE-BEZ-KROKU for a goal no step leads to; IP-KROK-PO-CILI for a step due after its goal."""
    if not goals or not steps:
        return []
    served = _served(goals, steps)
    lasting = {index for index, goal in enumerate(goals) if _starts_on_a_date(goal, today)}
    found = []
    for step in steps:
        index = _served_goal(step, goals)
        if index is None or index in lasting:
            continue
        goal = goals[index]
        if step.deadline and goal.verdict.deadline and step.deadline > goal.verdict.deadline:
            found.append(Finding(
                "IP-KROK-PO-CILI", step.line, goal=None, subject=step.co, value=step.kdy, day=goal.verdict.deadline,
                detail=goal.text,
            ))
    for index, goal in enumerate(goals):
        # A goal with no concrete action gets its SMART advice first: no step can lead to "a better life".
        if index not in served and goal.verdict.smart["S"]:
            found.append(Finding("IP-CILE-BEZ-KROKU", goal.line, subject=goal.text))
    return found
