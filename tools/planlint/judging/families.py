"""Czech verb families: one lexicon entry (an infinitive) covers every form of the same stem.

A trainer writes "podat" once; goals say "podá", "podám", "podání", "Podejte". The forms are derived
by the regular patterns of Czech conjugation and word formation, on folded text (no diacritics):

- "-ovat" verbs: zaregistrovat -> zaregistrov… (-ování, -oval), zaregistruj… (-uje, -ujte);
- "-nout" verbs: zhubnout -> zhubn… (zhubne, zhubnu);
- "-at" verbs: podat -> poda… (podá, podání, podal), podej… (podejte);
- "-it", "-et", "-yt" verbs: splatit -> splat… (splatí, splaťte) and, with the consonant change of
  the noun and the passive, splac… (splacení); vyřídit -> vyřid…, vyříz… (vyřízení).

Irregular stems are written after the infinitive ("najit najd nalez"). Stems shorter than four
letters match only as whole words, so "pít" does not claim "pivo" and "najít" does not claim "nájem".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

CLASSES = lexicon.FAMILY_CLASSES
_MIN_PREFIX = 4
_ADJECTIVE_ENDINGS = ("ymi", "ych", "eho", "emu")
_INFINITIVE = re.compile(r"[a-z]{3,}(?:at|it|ovat|nout)$")
_CONSONANT_CHANGE = {"t": "c", "d": "z"}
_PREFIXES_OF_JIT = {"", "na", "za", "do", "pri", "pre", "pro", "vy", "ode", "od", "po", "ob", "v", "s", "roz", "pod", "nad"}


def forms(entry: str) -> tuple[list[str], list[str]]:
    """(prefixes, whole words) that stand for one family: "splatit" -> (["splat", "splac"], ["splatit"])."""
    infinitive, *irregular = entry.split()
    whole = [infinitive]
    if infinitive.endswith("ovat"):
        base = infinitive[:-4]
        prefixes = [base + "ov", base + "uj"]
    elif infinitive.endswith("nout"):
        prefixes = [infinitive[:-3]]
    elif infinitive.endswith("at"):
        base = infinitive[:-2]
        prefixes = [base + "a", base + "ej"]
    elif infinitive.endswith(("it", "et", "yt")):
        base = infinitive[:-2]
        prefixes = [base]
        if base.endswith("j") and base[:-1] in _PREFIXES_OF_JIT:
            # "přijít": the base "přij" also starts "příjem", so such verbs list their stems; their past
            # tense drops the stem ("přišel", "přišla"), as whole words ("nasl…" also starts "následující").
            prefixes = []
            whole += [base[:-1] + ending for ending in ("sel", "sla", "sli", "slo", "sly")]
        if base and base[-1] in _CONSONANT_CHANGE and not base.endswith("st"):
            prefixes.append(base[:-1] + _CONSONANT_CHANGE[base[-1]])
    else:
        prefixes = [infinitive]
    prefixes += irregular
    whole += [p for p in prefixes if len(p) < _MIN_PREFIX]
    return [p for p in prefixes if len(p) >= _MIN_PREFIX], whole


@dataclass(frozen=True)
class _Table:
    prefix: re.Pattern
    prefix_class: dict[str, str]
    stems: frozenset[str]
    whole: dict[str, str]
    not_verbs: lexicon.Patterns


@lru_cache(maxsize=None)
def _table() -> _Table:
    data = lexicon.smart_data()["specific"]
    prefix_class: dict[str, str] = {}
    whole: dict[str, str] = {}
    for name in CLASSES:
        for entry in data.get(name, []):
            prefixes, words = forms(entry)
            for prefix in prefixes:
                prefix_class.setdefault(prefix, name)
            for word in words:
                whole.setdefault(word, name)
    ordered = sorted(prefix_class, key=len, reverse=True)
    pattern = re.compile("(?:ne)?(" + "|".join(map(re.escape, ordered)) + ")")
    # Present-tense stems (irregular ones and "-nout": "najd", "sepis", "zhubn") make the first person
    # with "-u"; a regular base plus "-u" is usually a noun ("nástupu", "podporu").
    stems = frozenset(
        stem
        for name in CLASSES
        for entry in data.get(name, [])
        for stem in entry.split()[1:] + ([entry[:-3]] if entry.endswith("nout") else [])
    )
    return _Table(pattern, prefix_class, stems, whole, lexicon.Patterns.of(data.get("not_verbs", [])))


_CLASS_CACHE: dict[str, str | None] = {}


def family_class(word: str) -> str | None:
    """Which family class a folded word belongs to ("podejte" -> "actions"), or None."""
    if word in _CLASS_CACHE:
        return _CLASS_CACHE[word]
    table = _table()
    found = table.whole.get(word) or (table.whole.get(word[2:]) if word.startswith("ne") else None)
    # An adjective made from the verb in an oblique case ("službami zapojenými") names no action.
    if found is None and not word.endswith(_ADJECTIVE_ENDINGS) and not table.not_verbs.search(word):
        match = table.prefix.match(word)
        if match:
            found = table.prefix_class[match[1]]
    if found is None and _INFINITIVE.match(word) and not table.not_verbs.search(word):
        found = "neutral"  # an infinitive the lexicon does not know: its object decides
    if len(_CLASS_CACHE) < 50000:
        _CLASS_CACHE[word] = found
    return found


def first_person(word: str) -> bool:
    """A family verb in the first person singular made of its stem and "-u": "sepíšu", "najdu", "zhubnu"."""
    return word.endswith("u") and word[:-1] in _table().stems and family_class(word) is not None


def negated(word: str) -> bool:
    """A family verb with the negative prefix: "nepřijde", "nezaplatí"."""
    return word.startswith("ne") and family_class(word[2:]) is not None
