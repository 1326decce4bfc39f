"""From Markdown to the plan's sections: headings, paragraphs, list items and table rows with lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt

from . import lexicon, pasted

SECTION_IDS = (
    "klient", "osoby", "situace", "cile", "kroky", "rizika",
    "zpetna_vazba", "vyhodnoceni", "informovani", "dalsi_pk",
)

_NUMBERING = re.compile(r"^\s*(?:[0-9]+|[ivx]+|[a-j])\s*[.):]\s*|^\s*[0-9]+\s+(?=\D)", re.IGNORECASE)
_INLINE_MARKUP = re.compile(r"[*_`~]+|\[|\]\([^)]*\)|<[^>]*>")


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "item", "row", "header", "code"
    line: int  # 1-based line in the source
    text: str
    level: int = 0  # heading level, or list depth for items
    cells: list[str] = field(default_factory=list)


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


@lru_cache(maxsize=None)
def _parser() -> MarkdownIt:
    # CommonMark with tables; raw HTML is kept as text, never rendered. The checker reads the
    # inline tokens' source text only, so their markup is never parsed into children.
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("inline")


def plain(inline: str) -> str:
    """Inline Markdown without its markup: '**Cíle:**' -> 'Cíle:'."""
    return " ".join(_INLINE_MARKUP.sub(" ", inline).split())


def blocks_of(source: str) -> list[Block]:
    markdown, origin = pasted.to_markdown(source, _line_heading)
    tokens = _parser().parse(markdown)
    last = len(origin) - 1 if origin else 0
    blocks: list[Block] = []
    depth = 0
    open_items: list[Block] = []
    row: Block | None = None
    in_header = False
    pending: Block | None = None  # the block the next inline token belongs to
    for token in tokens:
        kind = token.type
        if token.map:
            line = origin[min(token.map[0], last)] if origin else token.map[0] + 1
        else:
            line = blocks[-1].line if blocks else 1
        if kind == "heading_open":
            pending = Block("heading", line, "", level=int(token.tag[1]))
        elif kind == "paragraph_open":
            if open_items and not open_items[-1].text:
                pending = open_items[-1]
            elif open_items:
                pending = Block("continuation", line, "", level=depth)
            else:
                pending = Block("paragraph", line, "")
        elif kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            item = Block("item", line, "", level=depth)
            blocks.append(item)
            open_items.append(item)
        elif kind == "list_item_close":
            open_items.pop()
        elif kind == "thead_open":
            in_header = True
        elif kind == "thead_close":
            in_header = False
        elif kind == "tr_open":
            row = Block("header" if in_header else "row", line, "")
        elif kind == "tr_close" and row is not None:
            row.text = " | ".join(row.cells)
            blocks.append(row)
            row = None
        elif kind == "inline":
            text = plain(token.content)
            if row is not None:
                row.cells.append(text)
            elif pending is not None:
                if pending.kind == "continuation":
                    target = open_items[-1]
                    target.text = f"{target.text} {text}".strip()
                else:
                    pending.text = f"{pending.text} {text}".strip() if pending.text else text
                    if pending.kind != "item":
                        blocks.append(pending)
                pending = None
        elif kind in ("fence", "code_block"):
            blocks.append(Block("code", line, token.content.strip()))
        elif kind == "html_block":
            blocks.append(Block("paragraph", line, plain(token.content)))
    return blocks


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
    blocks = blocks_of(source)
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
