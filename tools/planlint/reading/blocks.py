"""From Markdown or pasted text to the plan's blocks: headings, paragraphs, list items and table rows with lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt

from . import pasted
from .pasted import Classifier

# Bounded: "](" or "<" repeated without its closing bracket would otherwise make every match
# attempt scan to the end of the paragraph (quadratic time on a 200 kB paragraph).
# A paragraph in italics throughout ("*Co se může pokazit …*"): how forms set their instructions.
_NOTE = re.compile(r"\*[^*\s][^*]*\*|_[^_\s][^_]*_")
_INLINE_MARKUP = re.compile(r"[*_`~]+|\[|\]\([^)\n]{0,300}\)|<[^<>\n]{0,300}>")


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "note", "item", "row", "header", "code"
    line: int  # 1-based line in the source
    text: str
    level: int = 0  # heading level, or list depth for items
    cells: list[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def _parser() -> MarkdownIt:
    # CommonMark with tables; raw HTML is kept as text, never rendered. The checker reads the
    # inline tokens' source text only, so their markup is never parsed into children.
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("inline")


def plain(inline: str) -> str:
    """Inline Markdown without its markup: '**Cíle:**' -> 'Cíle:'."""
    return " ".join(_INLINE_MARKUP.sub(" ", inline).split())


def blocks_of(source: str, classify: Classifier) -> list[Block]:
    """The blocks of a plan's text; `classify` tells which plain lines name a section (pasted text has no "##")."""
    markdown, origin = pasted.to_markdown(source, classify)
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
                    if pending.kind == "paragraph" and _NOTE.fullmatch(token.content.strip()):
                        pending.kind = "note"
                    if pending.kind != "item":
                        blocks.append(pending)
                pending = None
        elif kind in ("fence", "code_block"):
            blocks.append(Block("code", line, token.content.strip()))
        elif kind == "html_block":
            blocks.append(Block("paragraph", line, plain(token.content)))
    return blocks
