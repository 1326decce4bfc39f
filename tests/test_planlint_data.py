"""Every entry of the checker's word lists can be reached: a lemma some word has, or a pattern
that matches its own example and that no other entry of its list already covers.

The behaviour of each list is tested per class, with a few entries, in test_planlint_lexicon.py; this
file keeps the lists a trainer extends free of entries that could never change a verdict."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from planlint.judging import lexicon, morphology

DATA = Path(__file__).resolve().parents[1] / "tools" / "planlint" / "data"
LEMMA_LISTS = ("support_verbs", "vague_verbs", "directions", "habits", "not_actions")


def _toml(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def _pattern_lists() -> list[tuple[str, list[str]]]:
    lists = []
    for group, table in _toml("smart.toml").items():
        for name, value in table.items():
            if isinstance(value, list) and name not in LEMMA_LISTS:
                lists.append((f"smart.{group}.{name}", value))
    for name, value in _toml("plan.toml").items():
        if isinstance(value, list) and name != "generic":
            lists.append((f"plan.{name}", value))
    for name, value in _toml("sections.toml").get("patterns", {}).items():
        lists.append((f"sections.patterns.{name}", value))
    return lists


def _example(pattern: str) -> str:
    """Text a pattern matches: "slov*" -> "slov", "*ejsi" -> "x" + "ejsi", "..." -> a filler word."""
    words = []
    for word in pattern.lower().split():
        words.append("zase" if word == "..." else ("x" if word.startswith("*") else "") + word.strip("*"))
    return lexicon.match_text(" ".join(words))


PATTERNS = [(name, entry) for name, entries in _pattern_lists() for entry in entries]


@pytest.mark.parametrize("name, entry", PATTERNS, ids=[f"{n}:{e}" for n, e in PATTERNS])
def test_each_pattern_matches_its_own_example_and_no_other_entry_covers_it(name, entry):
    entries = dict(_pattern_lists())[name]
    sample = _example(entry)
    assert lexicon.Patterns.of([entry]).regex.fullmatch(sample) or lexicon.Patterns.of([entry]).search(sample)
    others = [other for other in entries if other.strip().lower() != entry.strip().lower()]
    covering = [other for other in others if lexicon.Patterns.of([other]).regex.fullmatch(sample)]
    assert not covering, f"{entry!r} adds nothing: {covering} already match {sample!r}"


def _reachable(entry: str) -> bool:
    """Goals and headings are compared by lemma: an entry is reached when the dictionary gives some
    word that lemma, when it does not know the word at all (then the word is its own lemma), or when
    it is an infinitive the dictionary knows (a form it lacks is traced back to it: "začleňuje")."""
    return morphology.is_lemma(entry) or morphology.word(entry).pos in (morphology.UNKNOWN, morphology.VERB)


LEMMAS = [(name, lemma) for name in LEMMA_LISTS for lemma in _toml("smart.toml")["specific"].get(name, [])]


@pytest.mark.parametrize("name, lemma", LEMMAS, ids=[f"{n}:{lemma}" for n, lemma in LEMMAS])
def test_each_verb_in_a_list_is_a_lemma_some_word_has(name, lemma):
    assert _reachable(lemma), f"{lemma!r} ({name}): no word of the dictionary has this lemma, no goal can match it"


def test_no_verb_stands_in_two_lists():
    seen: dict[str, str] = {}
    twice = []
    for name, lemma in LEMMAS:
        if lemma in seen and seen[lemma] != name:
            twice.append(f"{lemma}: {seen[lemma]} and {name}")
        seen.setdefault(lemma, name)
    assert not twice, twice


@pytest.mark.parametrize("section", sorted(_toml("sections.toml")["nouns"]))
def test_each_sections_key_noun_is_a_lemma_some_word_has(section):
    unreachable = [noun for noun in _toml("sections.toml")["nouns"][section] if not _reachable(noun)]
    assert not unreachable, f"{section}: no heading's noun can be {unreachable}"
