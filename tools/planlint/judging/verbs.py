"""What a word of a goal does as a verb: its lemma from the Czech dictionary (morphology.py) and the
class a trainer's list gives that lemma (data/smart.toml: support, vague, direction, habit, not an action);
any other verb is a concrete action.

Verbal nouns count as their verb ("podání" is "podat", "zlepšení" is "zlepšit"), and a word the
dictionary does not know counts as a verb only by an unmistakable shape: an infinitive ("nachystat"),
a present tense in "-uje"/"-ují" ("zaregistruje"), or a first person singular where a verb stands
("ujdu", "sepíšu").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon, morphology

SUPPORT, VAGUE, DIRECTION, HABIT, ACTION = "support", "vague", "direction", "habit", "action"
_LISTS = {"support_verbs": SUPPORT, "vague_verbs": VAGUE, "directions": DIRECTION, "habits": HABIT}

_INFINITIVE = re.compile(r"[a-záčďéěíňóřšťúůýž]{3,}(?:ovat|nout|[aeěií]t)$")
_THIRD_PERSON = re.compile(r"[a-záčďéěíňóřšťúůýž]{3,}(?:uje|ují)$")
_FIRST_PERSON = re.compile(r"[a-záčďéěíňóřšťúůýž]{2,}(?:u|uji|ím|ám)$")
# Consonants a verb's stem changes before "-ení" ("zajistit" → "zajištění", "splatit" → "splacení").
_STEM_CHANGES = (("št", "st"), ("c", "t"), ("z", "d"), ("š", "s"), ("ž", "z"), ("ř", "r"), ("j", "j"))


@dataclass(frozen=True)
class Verb:
    lemma: str
    kind: str  # SUPPORT, VAGUE, DIRECTION, HABIT or ACTION
    finite: bool  # a conjugated form ("podá", "podám"), not an infinitive or a verbal noun
    first_person: bool  # "podám", "najdu", "ujdu": the client's own voice
    negated: bool  # "nepřijde": promises that nothing happens
    nominal: bool = False  # a verbal noun ("podání"): an area of life of the same shape ("bydlení") is no verb


@lru_cache(maxsize=None)
def _lists() -> tuple[dict[str, str], frozenset[str]]:
    data = lexicon.smart_data()["specific"]
    kinds: dict[str, str] = {}
    for name, kind in _LISTS.items():
        for lemma in data.get(name, []):
            kinds.setdefault(lemma.strip().lower(), kind)
    return kinds, frozenset(lemma.strip().lower() for lemma in data.get("not_actions", []))


def _verbal_noun(form: str) -> str | None:
    """The verb a verbal noun is made from: "podání" → "podat", "zlepšení" → "zlepšit", "zajištění" →
    "zajistit", "zaregistrování" → "zaregistrovat" (only verbs the dictionary knows)."""
    if form.endswith("ování"):
        candidates = [form[:-5] + "ovat"]
    elif form.endswith("ání"):
        candidates = [form[:-3] + "at"]
    elif form.endswith(("ení", "ění")):
        base = form[:-3]
        bases = [base] + [base[: -len(old)] + new for old, new in _STEM_CHANGES if base.endswith(old) and old != new]
        candidates = [b + ending for b in bases for ending in ("it", "et", "ět", "ít")]
    elif form.endswith("nutí"):
        candidates = [form[:-4] + "nout"]
    else:
        return None
    for candidate in candidates:
        if morphology.word(candidate).pos == morphology.VERB:
            return candidate
    return None


# Endings of forms the dictionary may lack, and the infinitive endings they imply ("odevzdá" → "odevzdat",
# "zaregistrujte" → "zaregistrovat", "podána" → "podat").
_GUESSES = (
    (("ujte", "uje", "ují", "uji", "uju", "uješ", "ujeme", "oval", "ovala", "ován", "ována", "ováno"), ("ovat",)),
    (("ejte", "ám", "áme", "ají", "á", "al", "ala", "án", "ána", "áno", "ány"), ("at",)),
    (("ete", "íme", "ím", "í", "il", "ila", "en", "ena", "eno", "eny", "ěn", "ěna"), ("it", "et", "ět", "ít")),
    (("ne", "nu", "nou", "nul", "nula"), ("nout",)),
)


def _guess(form: str) -> str | None:
    for endings, infinitives in _GUESSES:
        for ending in endings:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                base = form[: -len(ending)]
                bases = [base] + [base[: -len(old)] + new for old, new in _STEM_CHANGES if base.endswith(old) and old != new]
                for candidate in (b + infinitive for b in bases for infinitive in infinitives):
                    if morphology.word(candidate).pos == morphology.VERB:
                        return candidate
                break
    return None


def _kind(lemma: str) -> str | None:
    kinds, not_actions = _lists()
    if lemma in not_actions:
        return None
    return kinds.get(lemma, ACTION)


@lru_cache(maxsize=20000)
def verb(form: str, verb_position: bool = False) -> Verb | None:
    """The verb a lower-case word is, or None. `verb_position`: the word stands where a verb is expected
    (first in the goal, or after "se", "chce", "budu"), so an unknown "-u" form counts as a first person."""
    word = morphology.word(form)
    negated = False
    if word.pos != morphology.VERB and form.startswith("ne") and len(form) > 4:
        positive = morphology.word(form[2:])
        if positive.pos == morphology.VERB:
            word, negated = positive, True
    if word.pos == morphology.VERB:
        lemma = word.lemma
        # The dictionary gives "nepřijde" the lemma "přijít" itself.
        negated |= form.startswith("ne") and not lemma.startswith("ne")
        finite = form != lemma and not form.endswith(("t", "ci"))
        first = finite and form.endswith(("u", "m")) and not form.endswith("em")
        kind = _kind(lemma)
        return Verb(lemma, kind, finite, first, negated) if kind else None
    if word.pos != morphology.UNKNOWN and not form.endswith("í"):
        return None
    noun_of = _verbal_noun(form)
    if noun_of:
        kind = _kind(noun_of)
        return Verb(noun_of, kind, False, False, False, nominal=True) if kind else None
    if word.pos != morphology.UNKNOWN:
        return None
    guessed = _guess(form)
    if guessed:
        kind = _kind(guessed)
        first = form.endswith(("ám", "ím", "uji", "uju"))
        return Verb(guessed, kind, not form.endswith("te"), first, False) if kind else None
    if _INFINITIVE.fullmatch(form):
        return Verb(form, _kind(form) or ACTION, False, False, False)
    if _THIRD_PERSON.fullmatch(form):
        return Verb(form, ACTION, True, False, False)
    if verb_position and _FIRST_PERSON.fullmatch(form):
        return Verb(form, ACTION, True, True, False)
    return None


@lru_cache(maxsize=2000)
def passive(form: str) -> Verb | None:
    """A passive participle after "bude"/"je" ("podána", "zaplacen"): the result of its verb."""
    guessed = _guess(form)
    if guessed is None:
        lemma = morphology.word(form).lemma
        if lemma.endswith(("aný", "ený", "ěný")):
            guessed = _guess(lemma[:-1] + "a")
    kind = _kind(guessed) if guessed else None
    return Verb(guessed, kind, False, False, False) if kind else None
