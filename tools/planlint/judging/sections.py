"""Which section of the plan each block belongs to: headings are recognised by the section they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..reading import Block, blocks_of
from . import lexicon

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


# Plans written on one form share their headings: a batch of them classifies each heading once.
@lru_cache(maxsize=4096)
def _heading_section(text: str) -> tuple[str | None, int]:
    """Which section a heading names, and how sure (words matched); (None, 0) for other headings."""
    ignore, levels = lexicon.sections()
    words = lexicon.match_text(_NUMBERING.sub("", text))
    if not words:
        return None, 0
    best, best_score = None, 0
    for score, regex in levels:
        match = regex.search(words)
        if match:
            best, best_score = match.lastgroup, score
            break
    if best is None:
        return None, 0
    # "Individuální plán spolupráce – pan Malý" names the plan, not its steps ("Plán spolupráce").
    title = ignore.search(words)
    if title and (best_score < 2 or title.start() < match.end() and match.start() < title.end()):
        return None, 0
    # A long heading that mentions a section word in passing is prose, not a section heading.
    if len(words.split()) > 10 and best_score < 2:
        return None, 0
    return best, best_score


@lru_cache(maxsize=4096)
def _line_heading(text: str) -> tuple[str | None, int]:
    """Like _heading_section, for a plain line: only when the line begins with a section's name
    ("Stručný popis situace", not "Zlepšit situaci rodiny")."""
    section, score = _heading_section(text)
    if section is None:
        return None, 0
    words = lexicon.match_text(_NUMBERING.sub("", text))
    if not any(regex.match(words) for _, regex in lexicon.sections()[1]):
        return None, 0
    return section, score


def _pseudo_heading(block: Block) -> bool:
    """A short paragraph like '**Cíle**' or 'Cíle:' that a trainee meant as a heading."""
    text = block.text.strip()
    return 0 < len(text.split()) <= 8 and text.endswith(":")


def document(source: str) -> Document:
    blocks = blocks_of(source, _line_heading)
    sections: dict[str, Section] = {}
    current: Section | None = None
    current_level = 0
    for block in blocks:
        if block.kind == "heading" or (block.kind == "paragraph" and _pseudo_heading(block)):
            section_id, _ = _heading_section(block.text)
            level = block.level if block.kind == "heading" else 7
            if section_id is not None:
                if section_id in sections:
                    current = sections[section_id]  # a repeated heading continues its section
                else:
                    current = sections[section_id] = Section(section_id, block.line, block.text)
                current_level = level
                continue
            if block.kind == "heading" and current is not None and level <= current_level:
                current = None  # an unrelated heading at the same level ends the section
                continue
        if current is not None:
            current.blocks.append(block)
    return Document(blocks, sections, source.splitlines())
