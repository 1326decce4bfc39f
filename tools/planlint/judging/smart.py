"""Judging one goal on the five SMART letters, as shared/spec/individual-plan.md section 2 says."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import dates, lexicon, morphology, verbs
from ..text import fold

# A sum with its unit: "12 000 Kč", "1,5 %". A number starts where no digit group ends just before it, so
# a run of "1 1 1 …" is read once, not once from every digit (linear time on any text).
_AMOUNT = re.compile(
    r"(?<![0-9a-z])(?<!\d\s)(?:\d{1,3}(?:\s\d{3})+|\d+)(?:[.,]\d+)?\s?(?:kc|korun|%|procent|eur)(?![a-z])"
)
# A number, but not an ordinal ("9. třídu", "1. pololetí").
_NUMBER = re.compile(r"(?<![0-9a-z])\d+(?![0-9a-z])(?!\.\s*[a-z])")
# Cardinal number words only: "první pomoc" or "druhé pololetí" counts nothing.
_NUMBER_WORDS = re.compile(
    r"(?<![a-z])(jeden|jednu|jednoho|jedne|dva|dve|dvou|tri|trech|ctyri|ctyr|pet|peti|sest|sedm|osm|devet|deset"
    r"|obe|oba|dvema|trem|petkrat)(?![a-z])"
)
# A number directly followed by a unit or a countable thing: "95 kg", "5 cigaret", "2 piva".
_COUNTED = re.compile(r"(?<![0-9a-z])(?:\d+|jeden|jednu|dva|dve|tri|ctyri|pet|sest|sedm|osm|devet|deset) ?(?!krat|x )[a-z]")

# A capitalised word inside a sentence is a name ("paní Šťastná", "pan Dobrý"), not a quality.
_NAME = re.compile(r"(?<=[\w,)\]] )[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2,}[\w-]*")


def _without_names(text: str) -> str:
    return _NAME.sub(lambda match: " " * len(match[0]), text)


@dataclass
class GoalVerdict:
    smart: dict[str, bool]
    # Why a letter failed, as a key of messages.SMART_REASONS ("S": "vague", "R": "past", …).
    reasons: dict[str, str] = field(default_factory=dict)
    deadline: dt.date | None = None


def _has(group: str, name: str, text: str) -> bool:
    return lexicon.smart()[group][name].search(text) is not None


def _is(group: str, name: str, word: str) -> bool:
    patterns = lexicon.smart()[group][name]
    return word in patterns.words or patterns.regex.fullmatch(word) is not None


_COMPARISONS = ("mene", "vice", "vic")
# Adjective endings: "nájemní", "nouzové", "řidičský" (a verbal noun has a vowel before "-ní": "podání").
_ADJECTIVE = re.compile(r"(?:[^aeiouy]n(?:i|iho|imu|im|ich)|(?:ov|sk|ck|tn|dn|ln|vn|zn)(?:y|a|e|ou|eho|emu|ych)|ejsi[a-z]*)$")
_PARTICIPLES = ("eny", "ena", "ene", "enou", "eneho", "enych", "any", "ana", "ane", "anou", "aneho", "anych")

# What the object of an action is.
_ABSTRACT, _QUALITY, _AREA, _CONCRETE = "abstract", "quality", "area", "concrete"


@lru_cache(maxsize=20000)
def _word_kind(word: str, raw: str) -> str:
    """What a folded word (`raw`: as written, lower case) names as an object."""
    if _is("specific", "abstractions", word):
        return _ABSTRACT
    if _is("specific", "qualities", word):
        return _QUALITY
    if _is("specific", "areas", word):
        return _AREA
    found = verbs.verb(raw)
    if found and found.kind in (verbs.VAGUE, verbs.DIRECTION, verbs.SUPPORT) and not word.endswith(_PARTICIPLES):
        return _ABSTRACT  # "zkrácený úvazek" is an adjective, "zlepšení" the vague verb itself
    return _CONCRETE


@lru_cache(maxsize=20000)
def _skipped(word: str) -> bool:
    return _is("specific", "skip", word) or _is("specific", "have", word) or word in ("kde", "nez")


def _object_kind(tokens: list[str], raw: list[str], start: int, people: bool = True) -> str | None:
    """The kind of the object after tokens[start - 1]: the words up to the next pronoun, preposition or
    person ("pracovního procesu", "nouzové tlačítko"), judged by its head noun."""
    window = tokens[start : start + 6]
    phrase: list[int] = []
    person = False
    for index, word in enumerate(window):
        if _skipped(word) or _is("specific", "persons", word):
            if phrase:
                break
            person |= _is("specific", "persons", word)
            continue
        if word in _COMPARISONS and any(w.isdigit() or w == "nez" for w in window[index + 1 : index + 3]):
            continue  # "méně než 2 piva": the number is the object
        if index and window[index - 1] in ("s", "se", "za") and word.startswith("pomoc"):
            continue  # "podat s pomocí poradny návrh": the help is how, the návrh is what
        if word.isdigit():
            return _CONCRETE  # a measured complement: "ujdu 3 km", "naučím se 20 slovíček"
        phrase.append(start + index)
        if len(phrase) == 3:
            break
    if not phrase:
        return _CONCRETE if person and people else None
    # The head is the first word that is not an adjective ("kurz první pomoci" is a kurz); an adjective
    # before it can still make it vague ("klidné prostředí").
    head = next((i for i, at in enumerate(phrase) if not _ADJECTIVE.search(tokens[at])), len(phrase) - 1)
    for at in phrase[:head]:
        if _word_kind(tokens[at], raw[at]) in (_ABSTRACT, _QUALITY):
            return _word_kind(tokens[at], raw[at])
    return _word_kind(tokens[phrase[head]], raw[phrase[head]])


_RAW_WORD = re.compile(r"[0-9a-záäčďéěíĺľňóôöŕřšťúůüýž]+")


def _raw_tokens(lowered: str, tokens: list[str]) -> list[str]:
    """The words as written (lower case, with their diacritics), one per folded token; the folded
    token itself where the text holds letters outside Czech and the two do not line up."""
    found = _RAW_WORD.findall(lowered)
    if len(found) == len(tokens) and all(fold(a) == b for a, b in zip(found, tokens)):
        return found
    return tokens


@dataclass
class _Evidence:
    """What the words of a goal show about S and M."""

    one_off: bool = False  # a concrete action or result that happens once: checkable
    habit: bool = False  # a repeated activity with a concrete object: checkable with a frequency
    vague: bool = False  # a vague verb or direction
    abstract: bool = False  # an action on an abstraction ("získat přehled")
    direction: bool = False  # "snížit", "zvýšit": specific once a number says how far
    support: bool = False  # a support verb ("podporovat", "umožnit"): the service's work
    first_person: bool = False
    imperative: bool = False
    acted: bool = False  # any verb of action, vague or not, was found


_PREPOSITIONS = frozenset("od do z ze k ke u po bez podle na o v ve pro za pred pri mezi nad pod proti kvuli diky mimo pres behem".split())
# Where a verb is expected: an unknown "-u" word after these is a first person ("si ujdu", "pak uplavu").
_PRONOUNS = frozenset("mu ji jim jeho jeji je ho mi me mne nam vam jej se si".split())
_PASSIVE_AUX = frozenset("bude budou byl byla bylo byly je jsou".split())
_PASSIVE_ENDINGS = ("na", "no", "ny", "n")
_BEFORE_VERB = frozenset("se si ja pak taky take i a uz chci budu zkusim".split())


def _evidence(tokens: list[str], raw: list[str]) -> _Evidence:
    found = _Evidence()
    learning = False
    index = 0
    while index < len(tokens):
        word = tokens[index]
        after_preposition = index > 0 and tokens[index - 1] in _PREPOSITIONS
        position = (index == 0 or tokens[index - 1] in _BEFORE_VERB) and not after_preposition
        verb = verbs.verb(raw[index], position)
        if verb is not None and ((verb.nominal and _listed_noun(word)) or _is("specific", "qualities", word)):
            verb = None  # "bydlení" is an area of life, "lepší" a quality (not "lepšit")
        elif verb is None and index and tokens[index - 1] in _PASSIVE_AUX and raw[index].endswith(_PASSIVE_ENDINGS):
            # "Žádost bude podána": the subject is the result of the action.
            if verbs.passive(raw[index]) and _object_kind(tokens, raw, 0, people=False) == _CONCRETE:
                found.one_off = found.acted = True
        index += 1
        if verb is not None and verb.negated:
            continue  # "nepřijde o bydlení" promises that nothing happens: no action to check
        if verb is None:
            if _is("specific", "have", word):
                target = _object_kind(tokens, raw, index)
                if target == _CONCRETE or (target == _AREA and _scoped(tokens, index)):
                    found.one_off = True
                found.first_person |= word in ("mam", "mame")
            continue
        found.acted = True
        if verb.first_person and not after_preposition:
            found.first_person = True
        if index == 1 and word.endswith("te") and len(word) > 4:
            found.imperative = True
        if verb.kind == verbs.SUPPORT:
            found.support = True
            if "aby" in tokens[index : index + 8]:
                # "podporovat klienta, aby si našel brigádu": the clause is the result
                index = tokens.index("aby", index) + 1
                continue
            direct = next((w for w in tokens[index : index + 4] if not _is("specific", "persons", w) and w not in _PRONOUNS), "")
            target = None if direct in _PREPOSITIONS or direct == "s" else _object_kind(tokens, raw, index, people=False)
            if target == _CONCRETE or (target == _AREA and _scoped(tokens, index)):
                found.one_off = True  # "zajistit synovi brýle na čtení"
            # What follows describes the service's work ("podpořit rodiče při vytváření podmínek pro
            # vstup dětí do školy"), not an action of the client's.
            break
        if verb.kind == verbs.DIRECTION:
            found.direction = True
            if "o" in tokens[index : index + 4]:
                # "zvýšit příjem o přídavek na dítě": the concrete thing added is the result.
                if _object_kind(tokens, raw, tokens.index("o", index) + 1, people=False) == _CONCRETE:
                    found.one_off = True
        if verb.kind in (verbs.VAGUE, verbs.DIRECTION):
            found.vague = True
            learning |= verb.lemma == "naučit"
            if _counted_after(tokens, index):
                found.one_off = True  # "naučím se 20 slovíček", "dosáhne 50 bodů"
            continue
        target = _object_kind(tokens, raw, index)
        if target in (_ABSTRACT, _QUALITY) or target is None:
            found.abstract |= target is not None
            continue
        if verb.kind == verbs.HABIT and not learning:
            found.habit = True
        else:
            found.one_off = True
    if not found.acted and len(tokens) > 1 and _noun(tokens[0], raw[0]) and _noun(tokens[1], raw[1]):
        # A goal that is a noun phrase names its result ("Přestavba koupelny", but "Lepší spánek",
        # "Komunikace s dítětem"): a concrete head with a concrete complement is a result to check.
        if _word_kind(tokens[0], raw[0]) == _CONCRETE and _object_kind(tokens, raw, 1, people=False) == _CONCRETE:
            found.one_off = True
    return found


def _noun(word: str, raw: str) -> bool:
    """A noun naming a thing, not a person ("koupelny", not "seniora" or "pan")."""
    return morphology.word(raw).pos == morphology.OTHER and not _is("specific", "persons", word) and not _skipped(word)


@lru_cache(maxsize=20000)
def _listed_noun(word: str) -> bool:
    return any(_is("specific", name, word) for name in ("abstractions", "qualities", "areas"))


def _counted_after(tokens: list[str], index: int) -> bool:
    """A number within the next words: the verb's complement is measured."""
    return any(word.isdigit() or word in _COUNT_WORDS for word in tokens[index : index + 7])


def _scoped(tokens: list[str], index: int) -> bool:
    """An area of life with a measure ("práci aspoň na poloviční úvazek") is a concrete result."""
    return any(_is("specific", "target_words", word) or word.isdigit() for word in tokens[index : index + 7])


_COUNT_WORDS = frozenset("dva dve tri ctyri pet sest sedm osm devet deset dvacet tricet padesat sto".split())


_PASSIVE = re.compile(r"(?<![a-z])(?:bude|budou|je|jsou) (?:[a-z]+ ){0,3}?[a-z]+(?:en|ena|eny|an|ana|any)(?![a-z])")


def _consent_formula(plain: str) -> bool:
    """"souhlasí, že bude nájem placen přímo z dávky", "souhlasí, že musí doložit …": consent to what the
    service or an institution arranged, not the client's own will. "souhlasí, že zajde na úřad práce" is
    the client's own step he agrees to, and counts."""
    found = lexicon.smart()["acceptable"]["consent_formula"].search(plain)
    if not found:
        return False
    clause = plain[found.end() :]
    return _has("acceptable", "imposed", clause) or _PASSIVE.search(clause) is not None


def _decided(raw: list[str]) -> bool:
    """"se rozhodla", "rozhodl se podat": a decision of one's own; "rozhoduje o svém volném čase" names a
    topic, not a will."""
    for index, word in enumerate(raw):
        if morphology.lemma(word) in ("rozhodnout", "rozhodovat"):
            near = raw[max(0, index - 2) : index] + raw[index + 1 : index + 2]
            if ("se" in near or "si" in near) and "o" not in raw[index + 1 : index + 3]:
                return True
    return False


def _largest_sum(text: str) -> int:
    sums = [int(re.sub(r"\D", "", match[0].split(",")[0].split(".")[0]) or 0) for match in _AMOUNT.finditer(text)
            if match[0].rstrip().endswith(("kc", "korun"))]
    return max(sums, default=0)


def _too_short(plain: str, without_times: str, days: int) -> bool:
    """Does the goal ask more than its time allows: a big task within days, ending an addiction within
    weeks, a job and a home within a few months, a large sum repaid in full within months?"""
    settings = lexicon.smart_settings()
    if _has("realistic", "big_task", plain) and days <= settings["short_days"]:
        return True
    if _has("realistic", "addiction", plain) and days <= settings["addiction_days"]:
        return True
    if (_has("realistic", "job", plain) and _has("realistic", "home", plain) and _has("realistic", "big_task", plain)
            and days <= settings["job_and_home_days"]):
        return True
    return (
        _has("realistic", "repay", plain)
        and not _has("realistic", "repayment_plan", plain)
        and _largest_sum(without_times) >= settings["large_sum"]
        and days <= settings["large_sum_days"]
    )


# "Uživatel, který je podporován …", "Rodina, která má …": a portrait of the person the service wants,
# not something the client will do or have by a date.
_PORTRAIT = re.compile(r"^\W*\w+(?:\s+\w+){0,2}\s*,\s*kter[ýáéíou]\w*\b", re.IGNORECASE)


def judge(text: str, today: dt.date, plan_consent: bool = False) -> GoalVerdict:
    """The five letters of one goal; `plan_consent` is the plan's own consent line."""
    folded = fold(text)
    unnamed = _without_names(text)
    # Names are blanked to the same length, so the time spans found in the full text (where
    # "do Vánoc" keeps its capital) line up with the blanked text too.
    # A recurring term ("každý měsíc") is a frequency here, so its words stay for M.
    times = [item for item in dates.find(text if len(folded) == len(text) else unnamed, today) if not item.every]
    without_times = dates.spans_removed(fold(unnamed), times)
    words_only = lexicon.match_text(without_times)
    plain = lexicon.match_text(folded)
    tokens = words_only.split()
    raw = _raw_tokens(dates.spans_removed(unnamed.lower(), times), tokens)

    has_amount = bool(_AMOUNT.search(without_times))
    has_number = has_amount or bool(_NUMBER.search(without_times)) or bool(_NUMBER_WORDS.search(words_only))
    has_frequency = _has("measurable", "frequency", words_only)
    # "bez neomluvených hodin": none of something countable is a number too.
    none_of = any(word == "bez" and _object_kind(tokens, raw, i + 1) == _CONCRETE for i, word in enumerate(tokens))
    quantified = has_number or has_frequency or none_of
    targeted = has_amount or bool(_COUNTED.search(words_only)) or _has("specific", "target_words", words_only)
    evidence = _evidence(tokens, raw)
    direction = evidence.direction
    past_never = lexicon.smart()["realistic"]["not_absolute"]
    absolute = _has("realistic", "absolute", past_never.regex.sub(" ", plain))

    verdict = GoalVerdict(smart={})
    reasons = verdict.reasons

    # S: positive evidence only. A concrete action or result with an object that is not an
    # abstraction; a direction ("snížit", "zvýšit") once a number and unit say how far.
    scoped_direction = direction and targeted
    specific = (evidence.one_off or evidence.habit or scoped_direction) and len(tokens) >= 2 and not _PORTRAIT.match(text)
    verdict.smart["S"] = specific
    if not specific:
        reasons["S"] = "service" if evidence.support else "vague" if evidence.vague or evidence.abstract else "no_action"

    # M: checkable without argument: a one-off event or state with a concrete object, or a number,
    # amount or frequency. A repeated activity needs its frequency ("chodit na kontroly" is not enough).
    measurable = specific and (evidence.one_off or quantified or scoped_direction)
    verdict.smart["M"] = measurable
    if not measurable:
        if specific:
            reasons["M"] = "habit"
        else:
            reasons["M"] = "feeling" if _has("measurable", "unmeasurable", words_only) else "unmeasurable"

    # A: the client's own will, or the plan's consent line. A goal about the services themselves
    # fails; an imposed one fails unless the client's agreement is written into it; a will that
    # belongs to a professional does not count. The first person singular is the client's own voice;
    # an imperative is addressed to somebody else.
    will = lexicon.smart()["acceptable"]["will"].search(plain)
    if will and _has("acceptable", "worker_subject", plain[: will.start()]):
        will = None
    own_will = bool(will) or _decided(raw) or "přání" in raw
    if _has("acceptable", "services", plain):
        verdict.smart["A"], reasons["A"] = False, "services"
    elif _has("acceptable", "compliance", plain):
        verdict.smart["A"], reasons["A"] = False, "compliance"
    elif _consent_formula(plain):
        verdict.smart["A"], reasons["A"] = False, "consent"
    elif own_will:
        verdict.smart["A"] = True
    elif _has("acceptable", "imposed", plain):
        verdict.smart["A"], reasons["A"] = False, "imposed"
    elif evidence.first_person or _has("acceptable", "first_person", plain):
        verdict.smart["A"] = True
    elif evidence.imperative:
        verdict.smart["A"], reasons["A"] = False, "imperative"
    elif plan_consent:
        verdict.smart["A"] = True
    else:
        verdict.smart["A"], reasons["A"] = False, "no_will"

    # T: a date, a named period or a bounded duration; a start with a frequency counts too, and so
    # does a duration counted from an event ("do dvou měsíců od propuštění") whose end is unknown.
    deadlines = [item.deadline for item in times if item.deadline is not None and not item.opens]
    timed = bool(deadlines) or any(item.opens or item.frame for item in times)
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
    elif deadlines and _too_short(plain, without_times, (min(deadlines) - today).days):
        realistic, reasons["R"] = False, "too_short"
    verdict.smart["R"] = realistic
    verdict.smart = {letter: verdict.smart[letter] for letter in "SMART"}
    return verdict
