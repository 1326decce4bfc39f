"""One plan, handed in the ways people hand it in: pasted from Word, .docx, .odt, Windows text.

The files are made with the formats' own libraries (python-docx, odfpy), from a plan written in
Markdown, so a test can ask whether every form gets the verdicts of the Markdown original.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$")
_LABEL = re.compile(r"^[^\W\d][\w ]{0,30}:\s")  # "Datum: …", "Souhlas klienta: …": a line of its own
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]+)[.)]\s")


@dataclass
class Part:
    kind: str  # "heading", "paragraph", "item", "table"
    text: str = ""
    level: int = 1
    ordered: bool = False
    rows: list[list[str]] = field(default_factory=list)


def parts_of(markdown: str) -> list[Part]:
    """The plan's headings, paragraphs, list items and tables, read line by line."""
    parts: list[Part] = []
    lines = markdown.split("\n")
    open_text = False  # the last part is a paragraph or item that a plain next line continues
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        stripped = line.strip()
        if not stripped:
            open_text = False
            continue
        if _SETEXT.match(stripped) and parts and parts[-1].kind == "heading" and not open_text:
            continue
        if _SETEXT.match(following.strip()) and stripped:
            parts.append(Part("heading", stripped, level=1 if following.strip()[0] == "=" else 2))
            open_text = False
            continue
        atx = _ATX.match(stripped)
        item = _ITEM.match(line)
        if atx:
            parts.append(Part("heading", atx[2], level=len(atx[1])))
            open_text = False
        elif stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(set(cell) <= set("-: ") for cell in cells):
                continue
            if not parts or parts[-1].kind != "table":
                parts.append(Part("table"))
            parts[-1].rows.append(cells)
            open_text = False
        elif item:
            parts.append(Part("item", item[3], ordered=bool(item[2])))
            open_text = True
        elif open_text and not _LABEL.match(stripped):
            parts[-1].text += " " + stripped
        else:
            parts.append(Part("paragraph", stripped))
            open_text = True
    return parts


def pasted(parts: list[Part]) -> str:
    """What Word puts on the clipboard as plain text: no '#', '•⇥' bullets, tabbed tables, no blank lines."""
    lines: list[str] = []
    number = 0
    for part in parts:
        if part.kind == "item":
            number = number + 1 if part.ordered else 0
            lines.append(f"{number}.\t{part.text}" if part.ordered else f"•\t{part.text}")
            continue
        number = 0
        if part.kind == "table":
            lines += ["\t".join(row) for row in part.rows]
        else:
            lines.append(part.text)
    return "\n".join(lines) + "\n"


def windows_text(parts: list[Part]) -> bytes:
    """The pasted text saved by Notepad in Windows-1250 with CRLF line ends."""
    return pasted(parts).replace("\n", "\r\n").encode("cp1250")


def _typed_number(parts: list[Part], index: int) -> str:
    """'4. Cíle' for a section heading whose number the author typed by hand."""
    part = parts[index]
    if part.level == 1 or _NUMBERED.match(part.text):
        return part.text
    number = sum(1 for p in parts[: index + 1] if p.kind == "heading" and p.level > 1)
    return f"{number}. {part.text}"


def docx(parts: list[Part], *, heading_styles: bool) -> bytes:
    """A Word file: with Word's heading and list styles, or all Normal style with bold, typed headings."""
    from docx import Document

    document = Document()
    number = 0
    for index, part in enumerate(parts):
        if part.kind == "heading" and heading_styles:
            document.add_heading(part.text, level=0 if part.level == 1 else min(part.level - 1, 9))
        elif part.kind == "heading":
            document.add_paragraph().add_run(_typed_number(parts, index)).bold = True
        elif part.kind == "item" and heading_styles:
            document.add_paragraph(part.text, style="List Number" if part.ordered else "List Bullet")
        elif part.kind == "item":
            number = number + 1 if part.ordered else 0
            document.add_paragraph(f"{number}.\t{part.text}" if part.ordered else f"•\t{part.text}")
        elif part.kind == "table":
            table = document.add_table(rows=len(part.rows), cols=max(len(row) for row in part.rows))
            table.style = "Table Grid"
            for cells, row in zip(table.rows, part.rows):
                for cell, text in zip(cells.cells, row):
                    cell.text = text
        else:
            document.add_paragraph(part.text)
        if part.kind != "item":
            number = 0
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt(parts: list[Part], *, bold_headings: bool = False) -> bytes:
    """A LibreOffice Writer file with outline headings (or bold paragraphs), lists and a table."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    bold = Style(name="Tucne", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    bullets, numbers = ListStyle(name="Odrazky"), ListStyle(name="Cislovani")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
    numbers.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    document.automaticstyles.addElement(bullets)
    document.automaticstyles.addElement(numbers)
    current_list, list_ordered = None, False
    for index, part in enumerate(parts):
        if part.kind != "item":
            current_list = None
        if part.kind == "heading" and bold_headings:
            document.text.addElement(P(stylename=bold, text=_typed_number(parts, index)))
        elif part.kind == "heading":
            document.text.addElement(H(outlinelevel=part.level, text=part.text))
        elif part.kind == "item":
            if current_list is None or list_ordered != part.ordered:
                current_list, list_ordered = List(stylename=numbers if part.ordered else bullets), part.ordered
                document.text.addElement(current_list)
            entry = ListItem()
            entry.addElement(P(text=part.text))
            current_list.addElement(entry)
        elif part.kind == "table":
            width = max(len(row) for row in part.rows)
            table = Table(name=f"Tabulka{index}")
            table.addElement(TableColumn(numbercolumnsrepeated=width))
            for row in part.rows:
                element = TableRow()
                for text in row + [""] * (width - len(row)):
                    cell = TableCell()
                    cell.addElement(P(text=text))
                    element.addElement(cell)
                table.addElement(element)
            document.text.addElement(table)
        else:
            document.text.addElement(P(text=part.text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def every_form(markdown: str) -> dict[str, bytes]:
    """File name -> bytes, for each way the same plan is handed in."""
    parts = parts_of(markdown)
    return {
        "plan.md": markdown.encode("utf-8"),
        "z-wordu.txt": pasted(parts).encode("utf-8"),
        "windows.txt": windows_text(parts),
        "styly.docx": docx(parts, heading_styles=True),
        "tucne.docx": docx(parts, heading_styles=False),
        "plan.odt": odt(parts),
        "tucne.odt": odt(parts, bold_headings=True),
    }
