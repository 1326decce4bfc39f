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
# A pasted table longer than any plan's is read as a table up to here (a table row costs the
# Markdown parser far more than a line of text).
MAX_TABLE_ROWS = 1000
_LEADING_NUMBER = re.compile(r"^(\d{1,2})\s*[.)]")
_TABBED_NUMBER = re.compile(r"^\d{1,2}[.)]\t")
# Numbered and lettered lines typed by hand ("1. …", "2) …", "a) …", "a)rodič …"), items in pasted text.
_TYPED_ITEM = re.compile(r"^([ \t]*)(?:([0-9]{1,2})[.)][ \t]+|([a-z])\)[ \t]*)(?=\S)")


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


_NOTE = re.compile(r"\*[^*\s][^*]*\*|_[^_\s][^_]*_")
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")
_NUMBERED_LABEL = re.compile(r"^(\w{2,20}\s+\d{1,2})\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9])")


def heading_of(line: str, classify: Classifier, following: str = "") -> tuple[str, str, str] | None:
    """(section id, heading, body on the same line) when a plain line is a section heading.

    `classify` names the section a heading's text names ("" for a noun phrase that names none,
    None for words that are no heading), and how many words it has."""
    raw = line.strip()
    if not raw or len(raw) > 400 or raw[0] in "#|>-+" or _NOTE.fullmatch(raw):
        return None  # a line in italics throughout is a form's instruction, never its heading
    bare = _unmarked(raw).strip()
    number = _NUMBER.match(bare)
    rest = bare[number.end():] if number else bare
    if not rest or not (rest[0].isupper() or rest[0].isdigit()):
        return None
    label, colon, body = rest.partition(":")
    if not colon:
        # "CÍL 1 Do 10. října …": a numbered label and its body on one line.
        numbered = _NUMBERED_LABEL.match(rest)
        if numbered and classify(numbered[1])[0]:
            label, body = numbered[1], rest[numbered.end():]
    body = _unmarked(body).strip()
    count = len(_WORD.findall(_PARENTHESIS.sub(" ", label)))
    if not 0 < count <= 8 or len(label) > 160:
        return None
    # Headings do not end like sentences; goals and notes do ("1. Zlepšit situaci rodiny.").
    if not body and label.rstrip(" *_").endswith(_SENTENCE_END):
        return None
    if body and count > 6:
        return None
    if following and rest != bare and _opens_a_list(bare, following, classify):
        return None
    section, _ = classify(label)
    if not section:
        return None
    if body:
        heading = raw[: len(raw) - len(body)].rstrip() if raw.endswith(body) else raw[: raw.index(label) + len(label) + 1]
        return section, heading, body
    return section, raw, ""


def _heading_shaped(line: str, following: str, classify: Classifier, strict: bool) -> bool:
    """A short line of its own that names something other than a plan's section ("Poslání služby",
    "INDIKÁTORY NAPLNĚNÍ"): no number, no date, no verb, no final stop, and sentences or a list after it.
    `strict` (among goals or steps, whose lines are often short noun phrases too): only when in
    capitals, bold or ending with a colon."""
    raw = line.strip()
    bare = _unmarked(raw).strip()
    if not bare or not bare[0].isupper() or _NUMBER.match(bare) or any(ch.isdigit() for ch in bare):
        return False
    words = _WORD.findall(bare)
    if not 0 < len(words) <= 6 or bare.endswith(_SENTENCE_END):
        return False
    marked = bare.isupper() or raw.startswith("**") or bare.endswith(":")
    if strict and not marked:
        return False
    if classify(bare.rstrip(":"))[0] != "":
        return False
    after = following.strip()
    return bool(after) and (bool(_BULLET.match(following)) or "\t" in after or len(_WORD.findall(after)) >= 5 or after.endswith(_SENTENCE_END))


def _cells(line: str, separator: str = "\t") -> list[str]:
    return [cell.strip() for cell in line.strip().split(separator)]


def _rows(lines: list[str], start: int, belongs) -> list[int]:
    """The lines from `start` that `belongs` takes for one table; a single blank line between two rows
    does not end it (a word processor's document puts one between its paragraphs)."""
    rows, index = [], start
    while index < len(lines) and belongs(lines[index]):
        rows.append(index)
        index += 1
        if index + 1 < len(lines) and not lines[index].strip() and belongs(lines[index + 1]):
            index += 1
    return rows


def _table_run(lines: list[str], start: int) -> list[int]:
    """The lines from `start` that form a tab-separated table (none when they do not)."""
    rows = _rows(lines, start, lambda line: "\t" in line.strip() and not _BULLET.match(line))
    header = _cells(lines[start]) if rows else []
    if len(rows) < 2 or sum(1 for cell in header if cell) < 2:
        return []
    return rows


def _csv_run(lines: list[str], start: int) -> list[int]:
    """The lines from `start` that form a semicolon-separated table, as Czech Excel saves CSV: the
    same number of ";" on every line, and a first line of short column names (not "Co: …; Kdo: …")."""
    width = lines[start].count(";")
    header = _cells(lines[start], ";")
    if not width or ":" in lines[start] or not all(0 < len(cell.split()) <= 4 for cell in header):
        return []
    rows = _rows(lines, start, lambda line: bool(line.strip()) and line.count(";") == width)
    return rows if len(rows) >= 2 else []


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origin: list[int] = []
        self.kind = "blank"  # what the last written line belongs to
        self.last = "blank"  # what the last line that is not blank belongs to

    def write(self, text: str, line: int, kind: str) -> None:
        self.lines.append(text)
        self.origin.append(line)
        self.kind = kind
        if kind != "blank":
            self.last = kind

    def gap(self, line: int) -> None:
        if self.kind != "blank":
            self.write("", line, "blank")


def _raw_level(indent: str, glyph: str) -> int:
    """How deep a pasted item sits: its indentation first (a tab is four spaces), then its glyph."""
    columns = len(indent.replace("\t", "    "))
    return columns * 10 + (_SUBLEVEL.get(glyph, 2 if glyph.isalpha() and glyph != "o" else 1))


class _Lists:
    """The depth of each pasted item: items indented alike are one list, deeper ones nest."""

    def __init__(self) -> None:
        self.levels: list[int] = []

    def depth(self, raw: int, continues: bool) -> int:
        if not continues:
            self.levels = []
        while self.levels and self.levels[-1] > raw:
            self.levels.pop()
        if not self.levels or self.levels[-1] < raw:
            self.levels.append(raw)
        return min(len(self.levels), 6)


def _next_index(lines: list[str], start: int) -> int:
    return next((index for index in range(start, len(lines)) if lines[index].strip()), len(lines))


def _next_text(lines: list[str], start: int) -> str:
    index = _next_index(lines, start)
    return lines[index] if index < len(lines) else ""


def to_markdown(source: str, classify: Classifier) -> tuple[str, list[int] | None]:
    """Markdown for the parser, and the 1-based source line of each of its lines (None: unchanged)."""
    lines = _NEWLINE.split(source)  # as markdown-it counts lines
    # No Markdown headings: written in a word processor.
    pasted = not _ATX.search(source) and not _UNDERLINED.search(source)
    out = _Writer()
    lists = _Lists()
    changed = False
    fenced = False
    number = 0
    list_number = 0  # the number of the last numbered item, while its list goes on
    section: str | None = None  # the section the last heading opened
    after_heading = False
    after_label = False  # the last line was a form's "Label: value" line
    first = True
    while number < len(lines):
        line, here = lines[number], number + 1
        following = lines[number + 1] if number + 1 < len(lines) else ""
        number += 1
        if _FENCE.match(line):
            fenced = not fenced
        atx = _ATX.match(line)
        if atx and not fenced:
            section = classify(line[atx.end():].strip())[0] or None
        if fenced or _FENCE.match(line):
            out.write(line, here, "other")
            continue
        if not line.strip():
            out.write(line, here, "blank")
            continue
        is_first, first = first, False
        if _SETEXT.match(following) and not line.startswith((" " * 4, "\t")):
            out.write(line, here, "para")  # a Markdown heading, underlined
            continue
        run = _table_run(lines, number - 1) if "\t" in line.strip() else []
        separator = "\t"
        if not run and pasted and ";" in line:
            run, separator = _csv_run(lines, number - 1), ";"
        if run:
            table, rest = run[:MAX_TABLE_ROWS], run[MAX_TABLE_ROWS:]
            rows = [_cells(lines[index], separator) for index in table]
            width = max(len(row) for row in rows)
            out.gap(here)
            for index, row in zip(table, rows):
                cells = [_escape(cell) for cell in row] + [""] * (width - len(row))
                out.write("| " + " | ".join(cells) + " |", index + 1, "table")
                if index == table[0]:
                    out.write("|" + "---|" * width, here, "table")
            out.gap(here)
            # Rows past any plan's length stay as lines of text: kept, but not parsed as a table row each.
            for index in rest:
                out.write(lines[index].strip(), index + 1, "para")
                out.gap(index + 1)
            number = run[-1] + 1
            changed, after_heading, list_number = True, False, 0
            continue
        numbered = _LEADING_NUMBER.match(line.lstrip(" *_"))
        following_text = _next_text(lines, number) if numbered or pasted else ""
        # "3.⇥Komunikace s dítětem" after "2.⇥…" is the list's next item; "5. Kroky" typed after
        # "4.⇥…" is the next section, numbered by hand.
        continues_list = (
            bool(numbered) and out.last == "item" and int(numbered[1]) == list_number + 1
            and _TABBED_NUMBER.match(line.lstrip(" *_")) is not None
        )
        heading = None
        if len(line) - len(line.lstrip()) < 4 and not continues_list:
            heading = heading_of(line, classify, following_text if numbered else "")
        evaluation_label = heading is not None and heading[0] == "vyhodnoceni" and ":" in line and after_label
        if heading is not None and section == "kroky" and (heading[2] and heading[0] == section or evaluation_label):
            # "Úkol: …" among the steps, "Hodnocení: splněno" under a task: the task's lines, not a section.
            heading = None
        if heading is not None and heading[2] and section == "klient" and heading[0] == "osoby":
            heading = None  # "Kontakt: 777 000 111" among the client's details
        # A first line followed by a heading is the document's title ("Základní informace" over
        # "POSLÁNÍ"), not a section: when it names one by its key noun, only before a marked heading.
        title = False
        if is_first and pasted:
            after_following = _next_text(lines, _next_index(lines, number) + 1)
            named = heading is not None and classify(_unmarked(line.strip()).rstrip(":"))[1] > 0
            title = _heading_shaped(following_text, after_following, classify, named)
        if heading is not None and not title:
            section, title_text, body = heading
            out.gap(here)
            out.write(f"## {title_text}", here, "heading")
            out.write("", here, "blank")
            after_heading, after_label, list_number = not body, False, 0
            if body:
                out.write(body, here, "para")
            changed = True
            continue
        if pasted and not title and _heading_shaped(line, following_text, classify, section in ("cile", "kroky")):
            out.gap(here)
            out.write(("### " if after_heading else "## ") + line.strip(), here, "heading")
            out.write("", here, "blank")
            if not after_heading:
                section = None
            after_label, list_number, changed = False, 0, True
            continue
        bullet = _BULLET.match(line)
        typed = _TYPED_ITEM.match(line) if bullet is None else None
        if typed is not None and typed[3] and typed[3] != "a" and out.last != "item":
            typed = None  # "b) …" opens no list; "a) …" does
        if bullet is not None or typed is not None:
            match = bullet or typed
            glyph = (bullet[2] or bullet[3]) if bullet else (typed[3] or "1")
            if glyph[0].isdigit():
                glyph = "1"
            ordinal = _LEADING_NUMBER.match(line.lstrip())
            list_number = int(ordinal[1]) if ordinal else list_number
            depth = lists.depth(_raw_level(match[1], glyph), out.last == "item")
            if out.kind != "item":
                out.gap(here)
            out.write("  " * (depth - 1) + "- " + line[match.end():].strip(), here, "item")
            after_heading, after_label, changed = False, False, True
            continue
        after_heading = False
        list_number = 0
        if line.lstrip().startswith("|"):  # a Markdown table's rows belong together
            if out.kind != "pipe":
                out.gap(here)
            out.write(line, here, "pipe")
            continue
        text = line
        continues = line.lstrip()[:1].islower()
        label, colon, value = line.partition(":")
        after_label = bool(colon and value.strip()) and label.strip()[:1].isalpha() and 0 < len(_WORD.findall(label)) <= 3
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
