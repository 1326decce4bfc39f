"""What a word processor's document holds, and the light Markdown the trainee sees for it.

Both converters (.docx through mammoth's HTML, .odt from its XML) produce chunks; this module
writes them as the Markdown the checker reads: "## 4. Cíle", "**Cíle**" for a paragraph that is
bold throughout, "- " list items, and pipe tables whose first row names the columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"[ \u00a0]+")  # a paragraph keeps its tabs: typed tab tables are read like pasted ones


@dataclass
class Chunk:
    kind: str  # "heading", "paragraph", "item", "table"
    text: str = ""
    level: int = 1  # heading level, or list depth (1 = top)
    bold: bool = False  # the whole paragraph is bold
    italic: bool = False  # the whole paragraph is italic: a form's instruction, as forms set them
    ordered: bool = False
    rows: list[list[str]] = field(default_factory=list)


def clean(text: str) -> str:
    """One line of text: runs of spaces (and tabs) become one space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _cell(text: str) -> str:
    return clean(text).replace("|", "\\|")


def _table(rows: list[list[str]]) -> list[str]:
    rows = [row for row in rows if any(clean(cell) for cell in row)]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    padded = [[_cell(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return lines


def _paragraph_lines(chunk: Chunk) -> list[str]:
    lines = [_BLANKS.sub(" ", line).strip(" \t") for line in chunk.text.split("\n")]
    lines = [line for line in lines if line]
    if chunk.bold and len(lines) == 1:
        return [f"**{lines[0]}**"]
    if chunk.italic and len(lines) == 1:
        return [f"*{lines[0]}*"]
    return lines


def to_markdown(chunks: list[Chunk]) -> str:
    """The chunks as Markdown text, one blank line between blocks (list items stay together)."""
    out: list[str] = []
    numbers: dict[int, int] = {}
    previous = None
    for chunk in chunks:
        if chunk.kind == "item":
            text = clean(chunk.text)
            if not text:
                continue
            if previous != "item" and out:
                out.append("")
            depth = max(1, chunk.level)
            numbers = {d: n for d, n in numbers.items() if d <= depth}
            if chunk.ordered:
                numbers[depth] = numbers.get(depth, 0) + 1
                marker = f"{numbers[depth]}."
            else:
                marker = "-"
            out.append("   " * (depth - 1) + f"{marker} {text}")
            previous = "item"
            continue
        numbers = {}
        if chunk.kind == "heading":
            lines = [f"{'#' * min(max(chunk.level, 1), 6)} {clean(chunk.text)}"] if clean(chunk.text) else []
        elif chunk.kind == "table":
            lines = _table(chunk.rows)
        else:
            lines = _paragraph_lines(chunk)
        if not lines:
            continue
        if out:
            out.append("")
        out.extend(lines)
        previous = chunk.kind
    return "\n".join(out) + "\n" if out else ""
