"""Loads the lexicons in data/ and compiles their patterns (syntax: data/README.md)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text import words

DATA = Path(__file__).parent.parent / "data"
_WORD_CHARS = "0-9a-z"
_GAP = f"(?: [{_WORD_CHARS}]+){{0,3}}"
# The lists of smart.toml that are verb families (expanded by families.py, not compiled as phrases),
# in precedence order when two families share a stem: the more cautious judgement wins.
FAMILY_CLASSES = ("support_verbs", "vague_verbs", "directions", "habits", "not_actions")


# A plan asks for the same lines many times, one rule after another.
@lru_cache(maxsize=20000)
def match_text(text: str) -> str:
    """The form patterns run against: folded words joined by single spaces."""
    return " ".join(words(text))


def _word_regex(word: str) -> str:
    if word.startswith("*"):
        return f"[{_WORD_CHARS}]*" + re.escape(word[1:])
    if word.endswith("*"):
        return re.escape(word[:-1]) + f"[{_WORD_CHARS}]*"
    return re.escape(word)


def _bare_regex(pattern: str) -> str:
    parts = []
    for word in pattern.split():
        if word == "...":
            parts.append(_GAP)
        else:
            parts.append((" " if parts else "") + _word_regex(word))
    return "".join(parts)


def _bounded(alternatives: str) -> str:
    # The word boundaries stand outside the alternation, so a position inside a word fails
    # once instead of once per pattern.
    return f"(?<![{_WORD_CHARS}])(?:{alternatives})(?![{_WORD_CHARS}])"


@dataclass(frozen=True)
class Patterns:
    """A list of patterns compiled into one regex; `search` says whether any matches."""

    source: tuple[str, ...]
    regex: re.Pattern
    words: frozenset[str]  # the patterns that are single exact words, for fast per-word tests

    @classmethod
    def of(cls, patterns) -> "Patterns":
        patterns = tuple(p.strip().lower() for p in patterns if p.strip())
        exact = frozenset(p for p in patterns if " " not in p and "*" not in p)
        if not patterns:
            return cls((), re.compile(r"(?!x)x"), exact)
        # Longest first so that an alternation prefers the fuller phrase.
        ordered = sorted(patterns, key=lambda p: -len(p.split()))
        return cls(patterns, re.compile(_bounded("|".join(_bare_regex(p) for p in ordered))), exact)

    def search(self, text: str):
        return self.regex.search(text)

    def finditer(self, text: str):
        return self.regex.finditer(text)


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def sections_data() -> dict:
    """sections.toml as written: key nouns, light nouns and wishes are lemmas, not patterns."""
    return _load("sections.toml")


@lru_cache(maxsize=None)
def sections() -> tuple[Patterns, list[tuple[int, re.Pattern]]]:
    """Headings to ignore, and one regex per pattern length (longest first) whose groups name sections."""
    data = _load("sections.toml")
    by_length: dict[int, dict[str, list[str]]] = {}
    for section, patterns in data["patterns"].items():
        for pattern in patterns:
            by_length.setdefault(len(pattern.split()), {}).setdefault(section, []).append(pattern)
    levels = []
    for length in sorted(by_length, reverse=True):
        alternatives = "|".join(
            f"(?P<{section}>" + "|".join(_bare_regex(p) for p in patterns) + ")"
            for section, patterns in by_length[length].items()
        )
        levels.append((length, re.compile(_bounded(alternatives))))
    return Patterns.of(data.get("ignore", [])), levels


@lru_cache(maxsize=None)
def smart() -> dict[str, dict[str, Patterns]]:
    data = _load("smart.toml")
    return {
        letter: {
            name: Patterns.of(value)
            for name, value in group.items()
            if isinstance(value, list) and name not in FAMILY_CLASSES
        }
        for letter, group in data.items()
    }


@lru_cache(maxsize=None)
def smart_settings() -> dict:
    realistic = _load("smart.toml")["realistic"]
    keys = ("short_days", "addiction_days", "job_and_home_days", "large_sum", "large_sum_days")
    return {key: realistic[key] for key in keys}


@lru_cache(maxsize=None)
def dates() -> dict:
    return _load("dates.toml")


@lru_cache(maxsize=None)
def plan_words() -> dict[str, Patterns]:
    data = _load("plan.toml")
    return {name: Patterns.of(value) for name, value in data.items() if isinstance(value, list)}


def smart_data() -> dict:
    """smart.toml as written (the verb families are derived from it, not compiled as patterns)."""
    return _load("smart.toml")
