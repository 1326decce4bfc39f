"""Which section of the plan each block belongs to: headings are recognised by the section they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..reading import Block, blocks_of
from ..text import fold
from . import lexicon, morphology

SECTION_IDS = (
    "klient", "osoby", "situace", "cile", "kroky", "rizika",
    "zpetna_vazba", "vyhodnoceni", "informovani", "dalsi_pk",
)

_NUMBERING = re.compile(r"^\s*(?:[0-9]+|[ivx]+|[a-j])\s*[.):]\s*|^\s*[0-9]+\s+(?=\D)", re.IGNORECASE)


@dataclass
class Section:
    id: str
    line: int
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    blocks: list[Block]
    sections: dict[str, Section]
    lines: list[str]


_TOKEN = re.compile(r"[^\W_]+")
_ADJECTIVE_ENDINGS = ("ý", "á", "é", "í", "ých", "ého", "ém", "ou")


@lru_cache(maxsize=None)
def _key_nouns() -> tuple[dict[str, str], frozenset[str], frozenset[str], lexicon.Patterns]:
    """lemma -> section, the light nouns, the wishes, and the ignored titles (data/sections.toml)."""
    data = lexicon.sections_data()
    nouns = {lemma: section for section, lemmas in data["nouns"].items() for lemma in lemmas}
    return nouns, frozenset(data["light"]["words"]), frozenset(data.get("wishes", [])), lexicon.sections()[0]


@lru_cache(maxsize=None)
def _determiners() -> frozenset[str]:
    return frozenset(lexicon.sections_data()["light"]["determiners"])


@lru_cache(maxsize=None)
def _single_words() -> dict[str, lexicon.Patterns]:
    """The one-word phrases of [patterns], for words the dictionary does not know (typed without diacritics)."""
    data = lexicon.sections_data()["patterns"]
    return {section: lexicon.Patterns.of([p for p in patterns if " " not in p]) for section, patterns in data.items()}


def _noun_section(token: str) -> tuple[str | None, str]:
    """The section a noun names (by its lemma, else by the one-word patterns), and its lemma."""
    known = morphology.word(token)
    nouns = _key_nouns()[0]
    if known.lemma in nouns:
        return nouns[known.lemma], known.lemma
    folded = fold(token)
    # Typed without diacritics, a word may be another word's form ("vyhodnoceni"): the patterns decide.
    if known.pos == morphology.UNKNOWN or folded == token:
        for section, patterns in _single_words().items():
            if patterns.regex.fullmatch(folded):
                return section, known.lemma
    return None, known.lemma


def _is_modifier(token: str, has_next: bool) -> bool:
    """A number, a determiner or an adjective before the key noun ("Dlouhodobý cíl", "2. Cíle")."""
    if token.isdigit() or token in _determiners():
        return True
    known = morphology.word(token)
    if known.pos == morphology.ADJECTIVE or known.pos == morphology.VERB and token.endswith(_ADJECTIVE_ENDINGS[:4]):
        return True
    if has_next and known.lemma.endswith("ý") and token.endswith(_ADJECTIVE_ENDINGS):
        return True  # an adjective the dictionary does not mark as one ("zúčastněné" → "zúčastněný")
    # A participle the dictionary lacks ("domluvené") still reads as an adjective before a noun.
    return known.pos == morphology.UNKNOWN and has_next and token.endswith(_ADJECTIVE_ENDINGS) and _noun_section(token)[0] is None


def _is_verb(token: str) -> bool:
    """A verb makes a sentence; a participle before a noun ("Zúčastněné osoby") does not, nor a
    section's word typed without diacritics ("Vyhodnoceni" would be a form of "vyhodnotit")."""
    if morphology.word(token).pos != morphology.VERB or token.endswith(_ADJECTIVE_ENDINGS[:4]):
        return False
    return not (token.isascii() and any(p.regex.fullmatch(token) for p in _single_words().values()))


def _by_key_noun(tokens: list[str]) -> tuple[str | None, bool, bool]:
    """(section, is a noun phrase, named by a noun coordinated after the key noun ("Poslání a cíle"))
    for the section the heading's key noun names; a verb makes it no heading."""
    # A verb makes a sentence; a participle before a noun ("Zúčastněné osoby") does not.
    if any(_is_verb(t) for t in tokens):
        return None, False, False
    nouns, light, _, _ = _key_nouns()
    index = 0
    fallback = None
    coordinated = False
    while index < len(tokens):
        token = tokens[index]
        if _is_modifier(token, index + 1 < len(tokens)):
            index += 1
            continue
        section, lemma = _noun_section(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if lemma in light and following is not None:
            fallback = fallback or section  # "Přehled rizik" -> rizika; "Plán spolupráce" -> plán
            index += 1
            continue
        if section is not None:
            return section, True, coordinated
        if following == "a":
            index += 2  # "Fáze a její cíle": the coordinated noun may name it
            coordinated = True
            continue
        return fallback, True, coordinated
    return fallback, True, coordinated


# Plans written on one form share their headings: a batch of them classifies each heading once.
@lru_cache(maxsize=4096)
def _heading_section(text: str) -> tuple[str | None, int]:
    """Which section a heading names and how many words it has (0 when a noun after its key noun
    names it: "Poslání a cíle služby"); ("", n) for a heading-like noun phrase that names no section
    ("Poslání služby"), (None, 0) for words that are no heading."""
    text = _NUMBERING.sub("", re.sub(r"\([^)]*\)", " ", text))
    words = lexicon.match_text(text)
    if not words:
        return None, 0
    count = len(words.split())
    ignore = _key_nouns()[3]
    if ignore.regex.match(words):
        return "", count  # the plan's own title
    for _, regex in lexicon.sections()[1]:
        match = regex.match(words)
        if match and " " in match[0]:
            return match.lastgroup, count
    if count > 10:
        return None, 0
    section, phrase, coordinated = _by_key_noun(_TOKEN.findall(text.lower()))
    if not phrase:
        return None, 0
    return section or "", 0 if coordinated else count


def _pseudo_heading(block: Block) -> bool:
    """A short paragraph like '**Cíle**' or 'Cíle:' that a trainee meant as a heading."""
    text = block.text.strip()
    return 0 < len(text.split()) <= 8 and text.endswith(":")


def _head_lemma(text: str) -> str:
    """The lemma of a heading's first noun (after numbers, determiners and adjectives)."""
    tokens = _TOKEN.findall(_NUMBERING.sub("", text).lower())
    for index, token in enumerate(tokens):
        if not _is_modifier(token, index + 1 < len(tokens)):
            return morphology.word(token).lemma
    return ""


def _lead_in(block: Block) -> str | None:
    """The section a sentence introduces when it ends with a colon and names it in its last words:
    '… zahrnovat níže uvedené činnosti:' introduces steps, '… k následujícím cílům služby:' goals."""
    text = block.text.rstrip(" *_")
    if block.kind != "paragraph" or not text.endswith(":"):
        return None
    lead_ins = lexicon.sections_data().get("lead_in", {})
    for token in reversed(_TOKEN.findall(text.lower())[-4:]):
        if _is_modifier(token, False) or token in ("k", "ke", "na", "do", "pro", "tyto", "tyhle"):
            continue
        section, lemma = _noun_section(token)
        section = section or next((key for key, lemmas in lead_ins.items() if lemma in lemmas), None)
        if section is not None:
            return section
    return None


def _steps_header(block: Block) -> bool:
    """A table header that names two of a step's parts, one of them who or when (Úkol | Zodpovídá | Zhodnocení)."""
    from .steps import named_columns

    kinds = set(named_columns(block.cells)) - {None}
    return len(kinds) >= 2 and bool(kinds & {"kdo", "kdy"})


# A list or table introduced by a sentence (or a steps table under another heading) goes to its
# section, and the section before it goes on after it.
_LIST_BLOCKS = ("item", "continuation", "header", "row")


def _openings(blocks: list[Block]) -> dict[int, str]:
    """Index of each heading block -> the section it opens; wishes are goals unless goals have a heading of their own."""
    found = {}
    for index, block in enumerate(blocks):
        if block.kind == "heading" or (block.kind == "paragraph" and _pseudo_heading(block)):
            found[index] = _heading_section(block.text)[0]
    # A first heading over an unrelated heading of its level is the document's title ("Základní
    # informace" over "Poslání"), as the pasted pass reads a first line over a heading.
    if len(blocks) > 1 and found.get(0) and blocks[0].kind == blocks[1].kind == "heading" and not found.get(1):
        if blocks[1].level <= blocks[0].level:
            found[0] = None
    wishes = _key_nouns()[2]
    wish = {index for index, section in found.items() if section == "cile" and _head_lemma(blocks[index].text) in wishes}
    if any(section == "cile" and index not in wish for index, section in found.items()):
        found.update({index: "situace" for index in wish})
    return found


def document(source: str) -> Document:
    blocks = blocks_of(source, _heading_section)
    openings = _openings(blocks)
    sections: dict[str, Section] = {}
    current: Section | None = None
    current_level = 0
    interrupted = False  # a lead-in's list or a steps table elsewhere: `resumed` goes on after it
    resumed: Section | None = None
    pending: str | None = None  # a lead-in's section, opened when its list comes

    def opened(section_id: str, block: Block) -> Section:
        if section_id not in sections:
            sections[section_id] = Section(section_id, block.line, block.text)
        return sections[section_id]

    for index, block in enumerate(blocks):
        if openings.get(index) == "vyhodnoceni" and block.kind == "paragraph" and current is not None and current.id == "kroky" and _after_label(blocks, index):
            openings[index] = None  # "Zhodnocení:" under a task's "Termín: …" is the task's line
        if interrupted and block.kind not in _LIST_BLOCKS and not block.text.rstrip().endswith(":"):
            current, interrupted = resumed, False
        if index in openings and openings[index]:
            level = block.level if block.kind == "heading" else 7
            section = opened(openings[index], block)
            if section is current or section.blocks:
                section.blocks.append(block)  # a repeated heading continues its section, in parts
            current, current_level, interrupted, pending = section, level, False, None
            continue
        if block.kind == "heading":
            pending = None
            if current is not None and block.level <= current_level:
                current, interrupted = None, False  # an unrelated heading at the same level ends the section
                continue
        if pending and block.kind in _LIST_BLOCKS and not interrupted:
            interrupted, resumed, current = True, current, opened(pending, block)
            pending = None
        elif block.kind == "header" and _steps_header(block) and (current is None or current.id in ("cile", "situace")):
            interrupted, resumed, current = True, current, opened("kroky", block)
        lead = _lead_in(block)
        if lead is not None and (current is None or current.id != lead):
            pending = lead
        elif block.kind not in _LIST_BLOCKS and not block.text.rstrip().endswith(":"):
            pending = None
        if current is not None and not _form_note(block):
            current.blocks.append(block)
    return Document(blocks, sections, source.splitlines())


def _after_label(blocks: list[Block], index: int) -> bool:
    """Does a form's label line ("Termín: 15. 4. 2025") come just before this block?"""
    if index == 0 or blocks[index - 1].kind != "paragraph" or not blocks[index - 1].text[:1].isalpha():
        return False
    label, colon, value = blocks[index - 1].text.partition(":")
    return bool(colon and value.strip()) and 0 < len(label.split()) <= 3


def _form_note(block: Block) -> bool:
    """A form's instruction under a heading (in italics, or the site form's own words): not the trainee's text."""
    if block.kind == "note":
        return True
    if block.kind != "paragraph":
        return False
    found = lexicon.plan_words()["form_instructions"].regex.match(lexicon.match_text(block.text))
    return found is not None

