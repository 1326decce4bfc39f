"""Czech grammar for judging: a word's lemma and its part of speech, from simplemma's Czech dictionary.

simplemma (MIT; pure Python, so it runs under Pyodide too) maps 362 000 Czech word forms to 47 000
lemmas but names no part of speech. The part of speech is read off the dictionary itself: a lemma
shaped like an infinitive is a verb when the dictionary holds its past form ("podat" → "podala") or
no form of it in a noun's case ("kredit" → "kreditům" makes it a noun); a lemma in "-ý"/"-í" is an
adjective when the dictionary holds its "-ého"/"-ího" form. A word the dictionary does not know is "unknown", never a guess.

The dictionary is loaded on first use, not on import: the browser's memory snapshot is made after
import, and the dictionary (tens of MB in memory) would make it several times larger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

VERB, ADJECTIVE, OTHER, UNKNOWN = "verb", "adjective", "other", "unknown"

_INFINITIVE = re.compile(r"(?:ovat|nout|[aeěiíáouůýy]t|[eo]ci)$")
_NOUN_CASE_ENDINGS = ("a", "ovi", "ů", "ům", "ech", "ami", "ách", "em", "y", "u")


@dataclass(frozen=True)
class Word:
    form: str  # as written, lower case
    lemma: str  # the dictionary form; the form itself when unknown
    pos: str  # VERB, ADJECTIVE, OTHER or UNKNOWN


@lru_cache(maxsize=1)
def _forms() -> dict[bytes, bytes]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary("cs")
    return dict(getattr(dictionary, "_dict", dictionary))


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[bytes]:
    return frozenset(_forms().values())


def load() -> None:
    """Load the dictionary now (the browser does it while the page is idle, before the first check)."""
    _lemmas()


def unload() -> None:
    """Forget the dictionary (the build does, before it makes the browser's memory snapshot)."""
    for cached in (_forms, _lemmas, word):
        cached.cache_clear()


def _inflects_to(form: str, lemma: str) -> bool:
    """Is `form` in the dictionary as a form of `lemma` ("byla" is a form of "být", not of "byt")?"""
    return _forms().get(form.encode()) == lemma.encode()


def _lemma_of(form: str) -> str | None:
    found = _forms().get(form.encode())
    if found is not None:
        return found.decode()
    return form if form.encode() in _lemmas() else None


def _past_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("nout"):
        return (lemma[:-3] + "ula", lemma[:-4] + "la")
    return (lemma[:-1] + "la",)


def _pos(lemma: str) -> str:
    if _INFINITIVE.search(lemma):
        if any(_inflects_to(form, lemma) for form in _past_forms(lemma)):
            return VERB
        # A noun's stem may drop its movable e: "účet" → "účtu".
        stems = (lemma, lemma[:-2] + lemma[-1]) if lemma[-2] == "e" else (lemma,)
        if not any(_inflects_to(stem + ending, lemma) for stem in stems for ending in _NOUN_CASE_ENDINGS):
            return VERB
    if lemma.endswith(("ý", "í")) and _inflects_to(lemma[:-1] + ("ého" if lemma.endswith("ý") else "ího"), lemma):
        return ADJECTIVE
    return OTHER


@lru_cache(maxsize=50000)
def word(form: str) -> Word:
    """The lemma and part of speech of one word (any case of letters; diacritics matter)."""
    form = form.lower()
    lemma = _lemma_of(form)
    if lemma is None:
        return Word(form, form, UNKNOWN)
    return Word(form, lemma, _pos(lemma))


def is_lemma(text: str) -> bool:
    """Does the dictionary give some word form this lemma?"""
    return text.encode() in _lemmas()


def lemma(form: str) -> str:
    return word(form).lemma
