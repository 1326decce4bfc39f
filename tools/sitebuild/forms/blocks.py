"""A form's Markdown as a short list of blocks that both document writers understand.

Forms use a small part of Markdown: headings, paragraphs, bullet and numbered lists and
tables, with **bold** and *italic* inside. markdown-it-py (already a dependency of planlint)
parses it; anything else in a form source is a mistake and stops the build.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "bullet", "number", "table"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading: its level; numbered list item: its number
    rows: list[list[str]] = field(default_factory=list)  # table: first row = column names

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


class FormSourceError(ValueError):
    """Markdown a form may not use; the message names the construct."""


def _runs(inline) -> list[Run]:
    runs: list[Run] = []
    bold = italic = False
    for child in inline.children or []:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type == "em_open":
            italic = True
        elif child.type == "em_close":
            italic = False
        elif child.type in ("text", "code_inline"):
            runs.append(Run(child.content, bold, italic))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run(" ", bold, italic))
        elif child.type in ("link_open", "link_close"):
            continue  # a form keeps a link's text; the address would only be noise on paper
        else:
            raise FormSourceError(f"nepodporovaný prvek „{child.type}“")
    return runs


def parse(markdown: str) -> list[Block]:
    tokens = _PARSER.parse(markdown)
    blocks: list[Block] = []
    lists: list[list] = []  # open lists, innermost last: [kind, items so far]
    row: list[str] | None = None
    table: Block | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            blocks.append(Block("heading", _runs(tokens[index + 1]), level=int(token.tag[1])))
        elif kind == "bullet_list_open":
            lists.append(["bullet", 0])
        elif kind == "ordered_list_open":
            lists.append(["number", int(token.attrGet("start") or 1) - 1])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "inline" and table is None and tokens[index - 1].type == "paragraph_open":
            if not lists:
                blocks.append(Block("paragraph", _runs(token)))
                continue
            lists[-1][1] += 1
            blocks.append(Block(lists[-1][0], _runs(token), level=lists[-1][1]))
        elif kind == "table_open":
            table = Block("table")
        elif kind == "tr_open":
            row = []
        elif kind == "inline" and row is not None:
            row.append("".join(run.text for run in _runs(token)))
        elif kind == "tr_close":
            table.rows.append(row)
            row = None
        elif kind == "table_close":
            blocks.append(table)
            table = None
        elif kind in ("fence", "code_block", "html_block", "blockquote_open", "hr"):
            raise FormSourceError(f"nepodporovaný prvek „{kind}“")
    return blocks
