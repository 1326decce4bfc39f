"""Text helpers: Czech case and diacritics folding, tokens, and a light Czech stemmer."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_WORD = re.compile(r"[0-9a-z]+")
_FOLD_CACHE: dict[str, str] = {}


# Czech and Slovak letters map straight to their base letter; anything else goes through Unicode
# decomposition, which gives the same result but costs a hundred times more per character.
_BASE_LETTERS = str.maketrans("áäčďéěíĺľňóôöŕřšťúůüýž", "aacdeeillnooorrstuuuyz")


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Cíle plánu' -> 'cile planu'."""
    cached = _FOLD_CACHE.get(text)
    if cached is not None:
        return cached
    folded = text.lower().translate(_BASE_LETTERS)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if len(_FOLD_CACHE) < 20000:
        _FOLD_CACHE[text] = folded
    return folded


def words(text: str) -> list[str]:
    """Folded word tokens (letters and digits)."""
    return _WORD.findall(fold(text))


# A light stemmer after Dolamic & Savoy's Czech light stemmer (as in Lucene's CzechStemmer),
# applied to folded words so that text typed without diacritics stems like text with them.
_CASE_ENDINGS = (
    (7, ("atech",), 5),
    (6, ("etem", "atum"), 4),
    (5, ("ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu",
         "ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi"), 3),
    (4, ("em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"), 2),
)


def _remove_case(word: str) -> str:
    size = len(word)
    for longer_than, endings, cut in _CASE_ENDINGS:
        if size > longer_than and word.endswith(endings):
            return word[:-cut]
    if size > 3 and word[-1] in "aeiouy":
        return word[:-1]
    return word


def _remove_possessive(word: str) -> str:
    if len(word) > 5 and word.endswith(("ov", "in", "uv")):
        return word[:-2]
    return word


def _normalize(word: str) -> str:
    if word.endswith(("ct", "st")):
        return word[:-1] + "k"
    if word.endswith("c"):
        word = word[:-1] + "k"
    elif word.endswith("z"):
        word = word[:-1] + "h"
    if len(word) > 1 and word[-2] == "e":
        word = word[:-2] + word[-1]
    return word


_STEM_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """Stem one folded word: 'konferenci', 'konference' -> 'konferenk'."""
    cached = _STEM_CACHE.get(word)
    if cached is None:
        cached = _normalize(_remove_possessive(_remove_case(word))) if word.isalpha() else word
        if len(_STEM_CACHE) < 50000:
            _STEM_CACHE[word] = cached
    return cached


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def parse_iso(value: str) -> dt.date | None:
    """A date written as YYYY-MM-DD, or None."""
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
