"""Plans as people paste them from Word, rewritten into the Markdown the parser reads.

Pasted text has no "##": a heading is a short line of its own that names a section ("4. Cíle",
"IV. Cíle", "CÍLE", "Cíle:", "**Cíle**", "Cíle: text…"); lists arrive as "•", "–", "o" or "1."
followed by a tab; a Word table arrives as tab-separated lines whose first line names the
columns; and nothing separates a heading from its body. This pre-pass writes each of those as
its Markdown twin and keeps, for every line it writes, the line of the original text it came
from, so findings point at the line the trainee sees in the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (section id, words the matched heading pattern has) for a heading's text, or (None, 0).
Classifier = Callable[[str], "tuple[str | None, int]"]

_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,5}|[a-jA-J])\s*[.)]\s*|^\d{1,2}\s+(?=\D)")
_MARKS = "*_"
_WORD = re.compile(r"\w+")
_ATX = re.compile(r"(?m)^ {0,3}#{1,6}(?:[ \t]|$)")
_UNDERLINED = re.compile(r"(?m)^[^\S\n]{0,3}\S[^\n]*\n {0,3}(?:=+|-+)[ \t]*$")
_NEWLINE = re.compile(r"\r\n?|\n")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
# Word's bullets as they arrive in plain text: the glyph, then a tab (or spaces, for the unambiguous ones).
_BULLET = re.compile(r"^([ \t]*)(?:([•●▪■◦○▫□‣·\uf0b7\uf0a7\uf0d8\uf076\uf0fc–—])[ \t]+|(o|[0-9]{1,2}[.)]|[a-zA-Z][.)])\t+)(?=\S)")
_SUBLEVEL = {"o": 2, "◦": 2, "○": 2, "▪": 3, "■": 3, "▫": 3, "□": 3, "\uf0a7": 3}
_SENTENCE_END = (".", "!", "?", ",", ";")
_LEADING_NUMBER = re.compile(r"^(\d{1,2})\s*[.)]")


def _unmarked(text: str) -> str:
    """Without up to three "*" or "_" at either end: "**Cíle**" -> "Cíle" (a regex ending in "$"
    tries every position of a long line)."""
    start = 0
    while start < 3 and start < len(text) and text[start] in _MARKS:
        start += 1
    end = len(text)
    while len(text) - end < 3 and end > start and text[end - 1] in _MARKS:
        end -= 1
    return text[start:end]


def _opens_a_list(bare: str, following: str, classify: Classifier) -> bool:
    """'1. Kroky k bydlení' followed by '2. …' is the first item of a numbered list, unless the
    next line is the next section's heading ('9. Informování nepřítomných', '10. Další PK')."""
    number = _LEADING_NUMBER.match(bare)
    if not number or not following.lstrip().startswith((f"{int(number[1]) + 1}.", f"{int(number[1]) + 1})")):
        return False
    return heading_of(following, classify) is None


def heading_of(line: str, classify: Classifier, following: str = "") -> tuple[str, str, str] | None:
    """(section id, heading, body on the same line) when a plain line is a section heading.

    `classify` names the section a heading's text begins with, and how many words say so."""
    raw = line.strip()
    if not raw or len(raw) > 160 or raw[0] in "#|>-+":
        return None
    bare = _unmarked(raw).strip()
    number = _NUMBER.match(bare)
    rest = bare[number.end():] if number else bare
    if not rest or not (rest[0].isupper() or rest[0].isdigit()):
        return None
    label, colon, body = rest.partition(":")
    body = _unmarked(body).strip()
    count = len(_WORD.findall(label))
    if not 0 < count <= 8:
        return None
    # Headings do not end like sentences; goals and notes do ("1. Zlepšit situaci rodiny.").
    if not body and label.rstrip(" *_").endswith(_SENTENCE_END):
        return None
    if body and (count > 5 or not colon):
        return None
    if following and rest != bare and _opens_a_list(bare, following, classify):
        return None
    section, score = classify(label)
    if section is None:
        return None
    if body:
        # "Cíle: …" opens a section only when the label is the section's name, nothing more:
        # "Souhlas klienta: souhlasí" is a line of the client's part, not the client's heading.
        if score < count:
            return None
        heading = raw[: len(raw) - len(raw.partition(":")[2])]
        return section, heading, body
    # A line that names a section among many other words is a sentence about it.
    if 3 * score < count:
        return None
    return section, raw, ""


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().split("\t")]


def _table_run(lines: list[str], start: int) -> int:
    """How many lines from `start` form a tab-separated table (0 when they do not)."""
    end = start
    while end < len(lines) and "\t" in lines[end].strip() and not _BULLET.match(lines[end]):
        end += 1
    header = _cells(lines[start]) if end > start else []
    if end - start < 2 or sum(1 for cell in header if cell) < 2:
        return 0
    return end - start


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origin: list[int] = []
        self.kind = "blank"  # what the last written line belongs to

    def write(self, text: str, line: int, kind: str) -> None:
        self.lines.append(text)
        self.origin.append(line)
        self.kind = kind

    def gap(self, line: int) -> None:
        if self.kind != "blank":
            self.write("", line, "blank")


def to_markdown(source: str, classify: Classifier) -> tuple[str, list[int] | None]:
    """Markdown for the parser, and the 1-based source line of each of its lines (None: unchanged)."""
    lines = _NEWLINE.split(source)  # as markdown-it counts lines
    # No Markdown headings: written in a word processor.
    pasted = not _ATX.search(source) and not _UNDERLINED.search(source)
    out = _Writer()
    changed = False
    fenced = False
    number = 0
    depth_seen = 0
    while number < len(lines):
        line, here = lines[number], number + 1
        following = lines[number + 1] if number + 1 < len(lines) else ""
        number += 1
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or _FENCE.match(line):
            out.write(line, here, "other")
            continue
        if not line.strip():
            out.write(line, here, "blank")
            continue
        if _SETEXT.match(following) and not line.startswith((" " * 4, "\t")):
            out.write(line, here, "para")  # a Markdown heading, underlined
            continue
        run = _table_run(lines, number - 1) if "\t" in line.strip() else 0
        if run:
            rows = [_cells(text) for text in lines[number - 1 : number - 1 + run]]
            width = max(len(row) for row in rows)
            out.gap(here)
            for offset, row in enumerate(rows):
                cells = [_escape(cell) for cell in row] + [""] * (width - len(row))
                out.write("| " + " | ".join(cells) + " |", here + offset, "table")
                if offset == 0:
                    out.write("|" + "---|" * width, here, "table")
            out.gap(here)
            number += run - 1
            changed = True
            continue
        numbered = _LEADING_NUMBER.match(line.lstrip(" *_"))
        following_text = next((text for text in lines[number:] if text.strip()), "") if numbered else ""
        heading = heading_of(line, classify, following_text) if len(line) - len(line.lstrip()) < 4 else None
        if heading is not None:
            _, title, body = heading
            out.gap(here)
            out.write(f"## {title}", here, "heading")
            out.write("", here, "blank")
            if body:
                out.write(body, here, "para")
            changed = True
            continue
        bullet = _BULLET.match(line)
        if bullet is not None:
            glyph = bullet[2] or bullet[3]
            level = _SUBLEVEL.get(glyph, 1) + len(bullet[1].replace("    ", "\t").expandtabs(1))
            depth = 1 if out.kind != "item" else min(level, depth_seen + 1)
            depth_seen = depth
            if out.kind != "item":
                out.gap(here)
            out.write("  " * (depth - 1) + "- " + line[bullet.end():].strip(), here, "item")
            changed = True
            continue
        if line.lstrip().startswith("|"):  # a Markdown table's rows belong together
            if out.kind != "pipe":
                out.gap(here)
            out.write(line, here, "pipe")
            continue
        text = line
        continues = line.lstrip()[:1].islower()
        if pasted and not continues:
            text = line.strip()  # an indented pasted line is not a code block
            changed |= text != line
        if not continues and (out.kind == "item" or pasted and out.kind == "para"):
            out.gap(here)  # each pasted line is a paragraph of its own, not a lazy continuation
            changed = True
        out.write(text, here, "para")
    if not changed:
        return source, None
    return "\n".join(out.lines), out.origin
