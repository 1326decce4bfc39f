"""Real personal data in a plan: birth numbers and full addresses with a house number (exercises use invented cases)."""

from __future__ import annotations

import re

# A digit first, so that the regex engine can skip to digits: "(?<!\d)\d\d" written as "\d(?<!\d\d)\d".
_BIRTH_NUMBER = re.compile(r"\d(?<!\d\d)\d[0156]\d[0-3]\d\s?/\s?\d{3,4}(?!\d)")
_ADDRESS = re.compile(
    r"(?<![\w])(?:ul\.\s*|ulice\s+|nám\.\s*|náměstí\s+)?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽa-záčďéěíňóřšťúůýž][a-záčďéěíňóřšťúůýž]+){0,2}\s+\d{1,4}(?:/\d{1,4})?[a-z]?"
    r",\s*(?:\d{3}\s?\d{2}\s+)?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
)

# Every address ends in a house number and a comma: only the text just before one can hold it.
_ADDRESS_TAIL = re.compile(r"\s\d{1,4}(?:/\d{1,4})?[a-z]?,")
_TOWN_ROOM = 80  # characters after the comma for a postcode and the town's first letters


def _words_before(source: str, end: int) -> int:
    """Where the run of letters and spaces that ends at `end` begins."""
    start = end
    while start and (source[start - 1].isalpha() or source[start - 1].isspace()):
        start -= 1
    return start


def _address_regions(source: str) -> list[tuple[int, int]]:
    """Spans of `source` that may hold an address; _ADDRESS over the whole text costs more."""
    regions: list[tuple[int, int]] = []
    for tail in _ADDRESS_TAIL.finditer(source):
        start = _words_before(source, tail.start())
        if start and source[start - 1] == ".":  # "ul. Dlouhá 5," and "nám. Míru 1,"
            start -= 1
            while start and source[start - 1].isalpha():
                start -= 1
        end = tail.end() + _TOWN_ROOM
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def _personal_data_matches(source: str):
    for match in _BIRTH_NUMBER.finditer(source):
        yield "birth_number", match
    for start, end in _address_regions(source):
        for match in _ADDRESS.finditer(source, start, end):
            yield "address", match


def flagged_lines(source: str) -> list[tuple[int, str]]:
    """(line, "birth_number" | "address") for each line that holds personal data, once per line."""
    flagged: dict[int, str] = {}
    for kind, match in _personal_data_matches(source):
        flagged.setdefault(source.count("\n", 0, match.start()) + 1, kind)
    return list(flagged.items())
