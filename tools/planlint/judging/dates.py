"""Czech dates, periods and durations in free text, resolved against the plan's date.

Everything works on folded text (lower case, no diacritics), so "do 30. června" and
"do 30. cervna" are the same deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from ..text import fold, parse_iso, words


@dataclass(frozen=True)
class TimeExpression:
    start: int  # character span in the folded text
    end: int
    deadline: dt.date | None  # the last day it allows, when it sets one
    opens: bool  # "od …": a start, not a deadline
    frame: bool = False  # a time frame whose end is unknown: "do dvou měsíců od propuštění"
    every: bool = False  # a recurring term ("každé tři měsíce"): an evaluation's rhythm, no goal's deadline


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    # Without the calendar module: importing it costs more than this in the browser.
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return _month_end(day.year + index // 12, index % 12 + 1)


_YEAR_WORDS = frozenset({"roku", "roce", "r"})  # year_period: "do roku 2026", "v r. 2025"
_DIGIT = re.compile(r"[0-9]")


def _first_words(items) -> frozenset[str] | None:
    """The first word of every alternative, for skipping a pattern whose words a text lacks."""
    firsts = set()
    for item in items:
        tokens = words(item)
        if not tokens or not item.startswith(tokens[0]):
            return None  # an alternative starting with punctuation: always run the pattern
        firsts.add(tokens[0])
    return frozenset(firsts)


def _alternation(items) -> str:
    return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    units: dict[str, int]
    relative: dict[str, int]
    month_end: dict[str, int]
    named: dict[str, list[tuple[int, int]]]
    iso: re.Pattern
    numeric: re.Pattern
    day_month_name: re.Pattern
    month_period: re.Pattern
    year_period: re.Pattern
    duration: re.Pattern
    phrases: re.Pattern
    weekday: re.Pattern
    every: re.Pattern
    # A word each match of the pattern must contain, as a whole word (None: no such shortcut).
    month_words: frozenset[str] | None
    unit_words: frozenset[str] | None
    phrase_words: frozenset[str] | None
    weekday_words: frozenset[str] | None


@lru_cache(maxsize=None)
def _grammar() -> _Grammar:
    data = lexicon.dates()
    months = {form: index + 1 for index, forms in enumerate(data["months"]) for form in forms}
    weekdays = {form: index for index, forms in enumerate(data["weekdays"]) for form in forms}
    month_names = _alternation(months)
    prefixes = _alternation(data["period_words"])
    numbers = data["numbers"]
    units = data["units"]
    b = r"(?<![0-9a-z])"
    e = r"(?![0-9a-z])"
    phrases = {**data["relative"], **data["month_end"], **data["named"]}
    # The digit patterns start with a digit and look behind it ("\d(?<![\d.]\d)" rather than
    # "(?<![\d.])\d"), so that the regex engine skips straight to digits.
    return _Grammar(
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units=units,
        relative=data["relative"],
        month_end=data["month_end"],
        named={k: [tuple(d) for d in (v if isinstance(v[0], list) else [v])] for k, v in data["named"].items()},
        iso=re.compile(r"(\d(?<![\d-]\d)\d{3})-(\d{1,2})-(\d{1,2})(?![\d-])"),
        numeric=re.compile(r"(\d(?<![\d.]\d)\d?)\s?\.\s*(\d{1,2})\s?\.(?:\s*(\d{4})(?!\d))?"),
        day_month_name=re.compile(rf"(\d(?<![\d.]\d)\d?)\.?\s*({month_names}){e}(?:\s+(\d{{4}})(?!\d))?"),
        month_period=re.compile(rf"{b}(?:({prefixes})\s+)?({month_names}){e}(?:\s+(?:roku\s+)?(\d{{4}})(?!\d))?"),
        year_period=re.compile(rf"{b}({prefixes})\s+(?:roku|roce|r\.)\s+(\d{{4}})(?!\d)"),
        duration=re.compile(
            rf"{b}(do|behem|v prubehu|za|nejpozdeji do|nejpozdeji za|v pristich|v nasledujicich|pristich"
            rf"|nasledujicich|maximalne do|v horizontu|v terminu)\s+(?:(?:prvnich|nejblizsich|pristich|nasledujicich)\s+)?"
            rf"(?:(\d+|{_alternation(numbers)})\s+)?"
            rf"({_alternation(units)}){e}"
        ),
        phrases=re.compile(rf"{b}({_alternation(phrases)}){e}(?:(?:\s+skolniho)?(?:\s+roku)?\s+(\d{{4}})(?:\s*/\s*(\d{{4}}|\d{{2}}))?(?!\d))?"),
        every=re.compile(rf"{b}(?:kazd[a-z]*|jednou za)\s+(?:(?:\d+|{_alternation(numbers)})\s+)?({_alternation(units)}){e}"),
        weekday=re.compile(rf"{b}(do|nejpozdeji v|nejpozdeji do|v|ve|pristi|tento|tuto|toto)\s+({_alternation(weekdays)}){e}"),
        month_words=_first_words(months),
        unit_words=_first_words(units),
        phrase_words=_first_words(phrases),
        weekday_words=_first_words(weekdays),
    )


# After a duration: "od propuštění", "po přestěhování" (but not "od 1. 3.", which is a date).
_FROM_EVENT = re.compile(r"\s+(?:ode?|po)\s+(?![0-9])[a-z]")
_FREQUENCY_BEFORE = re.compile(r"(?:krat|jednou|[0-9]x|[0-9] x)\s*$")


def _next(candidates, today: dt.date) -> dt.date | None:
    """A date written without its year is the next such day on or after the plan date."""
    found = [day for day in candidates if day is not None and day >= today]
    return min(found) if found else None


def _resolve_yearless(month: int, day: int, today: dt.date) -> dt.date | None:
    return _next((_safe_date(today.year + shift, month, day) for shift in (0, 1, 4)), today)


def _named_end(ends: list[tuple[int, int]], year: str | None, school_year_end: str | None, today: dt.date):
    """The end of a named period: in the year written ("2024/2025" means the later one), else the next one."""
    if school_year_end:
        year = school_year_end if len(school_year_end) == 4 else f"20{school_year_end}"
    if year:
        return max(_safe_date(int(year), month, day) for month, day in ends)
    upcoming = [
        _safe_date(today.year + shift, month, day) for shift in (0, 1) for month, day in ends
    ]
    return min(day for day in upcoming if day and day >= today)


def find(text: str, today: dt.date) -> list[TimeExpression]:
    """Every date, period or duration in `text`, with the deadline it sets relative to `today`."""
    folded = fold(text)
    grammar = _grammar()
    # Most texts have no digit and few of the grammar's words: a pattern that cannot match is
    # not run at all (each costs a few microseconds per text, and a plan has hundreds of texts).
    present = set(words(text))
    digits = _DIGIT.search(folded) is not None

    def may_match(required: frozenset[str] | None) -> bool:
        return required is None or not required.isdisjoint(present)

    found: list[TimeExpression] = []
    # One mark per character already inside a found expression: checking a match costs its own length,
    # not the number of matches before it.
    taken = bytearray(len(folded))

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def add(match: re.Match, deadline: dt.date | None, opens: bool = False) -> None:
        take(*match.span())
        found.append(TimeExpression(match.start(), match.end(), deadline, opens))

    def opens_before(position: int) -> bool:
        return folded[max(0, position - 4) : position].strip().endswith("od")

    def from_event(match: re.Match) -> bool:
        """A duration counted from an event ("do 14 dnů od nástupu"): a frame without a known end."""
        return _FROM_EVENT.match(folded, match.end()) is not None

    def add_duration(match: re.Match, days: int) -> None:
        if from_event(match):
            take(*match.span())
            found.append(TimeExpression(match.start(), match.end(), None, False, frame=True))
        else:
            add(match, today + dt.timedelta(days=days))

    for match in grammar.iso.finditer(folded) if digits and "-" in folded else ():
        if not free(*match.span()):
            continue
        when = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if when:
            add(match, when, opens_before(match.start()))
    for match in grammar.numeric.finditer(folded) if digits and "." in folded else ():
        if not free(*match.span()):
            continue
        day, month = int(match[1]), int(match[2])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        when = _safe_date(int(match[3]), month, day) if match[3] else _resolve_yearless(month, day, today)
        if when:
            add(match, when, opens_before(match.start()))
    for match in grammar.day_month_name.finditer(folded) if digits else ():
        if not free(*match.span()):
            continue
        month = grammar.months[match[2]]
        day = int(match[1])
        when = _safe_date(int(match[3]), month, day) if match[3] else _resolve_yearless(month, day, today)
        if when:
            add(match, when, opens_before(match.start()))
    for match in grammar.year_period.finditer(folded) if digits and may_match(_YEAR_WORDS) else ():
        if free(*match.span()):
            prefix = match[1]
            year = int(match[2])
            if prefix == "od":
                add(match, None, opens=True)
            else:
                add(match, dt.date(year, 12, 31))
    for match in grammar.month_period.finditer(folded) if may_match(grammar.month_words) else ():
        if not free(*match.span()):
            continue
        prefix, month, year = match[1], grammar.months[match[2]], match[3]
        if not prefix and not year:
            continue  # a bare month name ("duben") is not a time frame on its own
        if year:
            end = _month_end(int(year), month)
        else:
            end = _next((_month_end(today.year + shift, month) for shift in (0, 1)), today)
        if prefix == "od":
            add(match, None, opens=True)
        else:
            add(match, end)
    # Named phrases first: "do léta" is summer, not a number of years ("léta").
    for match in grammar.phrases.finditer(folded) if may_match(grammar.phrase_words) else ():
        if not free(*match.span()):
            continue
        phrase = match[1]
        if phrase in grammar.relative:
            add_duration(match, grammar.relative[phrase])
        elif phrase in grammar.month_end:
            offset = grammar.month_end[phrase]
            add(match, dt.date(today.year, 12, 31) if offset < 0 else _add_months(today, offset))
        else:
            add(match, _named_end(grammar.named[phrase], match[2], match[3], today))
    for match in grammar.duration.finditer(folded) if may_match(grammar.unit_words) else ():
        if not free(*match.span()):
            continue
        if match[1] == "za" and _FREQUENCY_BEFORE.search(folded, 0, match.start()):
            continue  # "jednou za 14 dní" is a frequency, not a deadline
        amount = match[2]
        count = grammar.numbers.get(amount, None) if amount and not amount.isdigit() else None
        if amount and amount.isdigit():
            count = int(amount)
        if count is None:
            count = 1
        add_duration(match, int(round(count * grammar.units[match[3]])))
    for match in grammar.weekday.finditer(folded) if may_match(grammar.weekday_words) else ():
        if free(*match.span()):
            ahead = (grammar.weekdays[match[2]] - today.weekday()) % 7 or 7
            add(match, today + dt.timedelta(days=ahead))
    for match in grammar.every.finditer(folded) if may_match(grammar.unit_words) else ():
        if free(*match.span()):
            take(*match.span())
            found.append(TimeExpression(match.start(), match.end(), None, False, every=True))
    found.sort(key=lambda item: item.start)
    return found


def no_deadline(text: str, today: dt.date) -> bool:
    """Does `text` only order or soften ("průběžně", "dle potřeby", "co nejdříve", "nejprve", "potom")
    and name no time at all? Then it is no step's deadline."""
    return not find(text, today) and lexicon_words("not_deadlines").search(" ".join(words(text))) is not None


@lru_cache(maxsize=None)
def lexicon_words(name: str) -> lexicon.Patterns:
    return lexicon.Patterns.of(lexicon.dates()[name])


def first_date(text: str, today: dt.date) -> dt.date | None:
    """The first calendar date in `text` (for a plan's "Datum" line and its evaluation date)."""
    for item in find(text, today):
        if item.deadline is not None:
            return item.deadline
    return None


def spans_removed(text_folded: str, expressions: list[TimeExpression]) -> str:
    """The folded text with every time expression blanked out (so its numbers are not amounts)."""
    if not expressions:
        return text_folded
    pieces, last = [], 0
    for item in expressions:
        pieces.append(text_folded[last : item.start])
        pieces.append(" ")
        last = max(last, item.end)
    pieces.append(text_folded[last:])
    return "".join(pieces)
