"""LibreOffice Writer (.odt): content.xml (with the styles of styles.xml) becomes layout chunks.

Headings are text:h or paragraphs whose style is a heading style; a paragraph is bold when its
style (or every piece of its text) is; lists and tables keep their shape.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .layout import Chunk

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
# Empty cells may be "repeated" a thousand times to fill a row; a plan's table is narrower.
_MAX_REPEAT = 20


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _SPAN, _A, _S, _TAB, _BR = (_q(n) for n in (
    "text:p", "text:h", "text:span", "text:a", "text:s", "text:tab", "text:line-break"))
_LIST, _ITEM, _LIST_HEADER, _SECTION = (_q(n) for n in ("text:list", "text:list-item", "text:list-header", "text:section"))
_TABLE, _ROW, _CELL, _HEADER_ROWS, _ROWS, _ROW_GROUP = (_q(n) for n in (
    "table:table", "table:table-row", "table:table-cell", "table:table-header-rows", "table:table-rows",
    "table:table-row-group"))
_STYLE_NAME, _TEXT_STYLE, _PARENT = _q("text:style-name"), _q("style:name"), _q("style:parent-style-name")
_SKIPPED = {_q(n) for n in ("text:note", "text:tracked-changes", "office:annotation", "text:bookmark-ref")}


class _Styles:
    """Named styles of both parts: which are bold, which are headings, which lists are numbered."""

    def __init__(self, roots: list[ET.Element]) -> None:
        self.parent: dict[str, str] = {}
        self.bold: dict[str, bool] = {}
        self.italic: dict[str, bool] = {}
        self.outline: dict[str, int] = {}
        self.numbered: set[str] = set()
        for root in roots:
            for style in root.iter(_q("style:style")):
                name = style.get(_TEXT_STYLE, "")
                if style.get(_PARENT):
                    self.parent[name] = style.get(_PARENT)
                props = style.find(_q("style:text-properties"))
                if props is not None and props.get(_q("fo:font-weight")):
                    self.bold[name] = props.get(_q("fo:font-weight")) in ("bold", "600", "700", "800", "900")
                if props is not None and props.get(_q("fo:font-style")):
                    self.italic[name] = props.get(_q("fo:font-style")) in ("italic", "oblique")
                level = style.get(_q("style:default-outline-level"))
                if level and level.isdigit():
                    self.outline[name] = int(level)
                elif name.startswith("Heading_20_") and name[11:].isdigit():
                    self.outline[name] = int(name[11:])
            for list_style in root.iter(_q("text:list-style")):
                first = next(iter(list_style), None)
                if first is not None and first.tag == _q("text:list-level-style-number"):
                    self.numbered.add(list_style.get(_TEXT_STYLE, ""))

    def _lookup(self, table: dict, name: str | None):
        seen = 0
        while name and seen < 20:
            if name in table:
                return table[name]
            name, seen = self.parent.get(name), seen + 1
        return None

    def is_bold(self, name: str | None, inherited: bool = False) -> bool:
        found = self._lookup(self.bold, name)
        return inherited if found is None else found

    def is_italic(self, name: str | None, inherited: bool = False) -> bool:
        found = self._lookup(self.italic, name)
        return inherited if found is None else found

    def heading_level(self, name: str | None) -> int | None:
        return self._lookup(self.outline, name)


class _Reader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.chunks: list[Chunk] = []

    def text_of(self, element: ET.Element, bold: bool, pieces: list[tuple[str, bool]], lookup=None) -> None:
        """Collect (text, bold) pieces of a paragraph's inline content (or (text, italic) with that lookup)."""
        lookup = lookup or self.styles.is_bold
        if element.text:
            pieces.append((element.text, bold))
        for child in element:
            if child.tag == _S:
                pieces.append((" " * min(int(child.get(_q("text:c"), "1") or 1), 10), bold))
            elif child.tag == _TAB:
                pieces.append(("\t", bold))
            elif child.tag == _BR:
                pieces.append(("\n", bold))
            elif child.tag not in _SKIPPED:
                inner = lookup(child.get(_STYLE_NAME), bold) if child.tag == _SPAN else bold
                self.text_of(child, inner, pieces, lookup)
            if child.tail:
                pieces.append((child.tail, bold))

    def paragraph(self, element: ET.Element) -> tuple[str, bool]:
        text, bold = self._styled(element, self.styles.is_bold)
        return text, bold

    def _styled(self, element: ET.Element, lookup) -> tuple[str, bool]:
        """The paragraph's text, and whether the style `lookup` tells holds for all of it."""
        pieces: list[tuple[str, bool]] = []
        self.text_of(element, lookup(element.get(_STYLE_NAME)), pieces, lookup)
        text = "".join(piece for piece, _ in pieces)
        return text, bool(text.strip()) and all(flag for piece, flag in pieces if piece.strip())

    def block(self, element: ET.Element) -> None:
        tag = element.tag
        if tag in (_P, _H):
            text, bold = self.paragraph(element)
            style = element.get(_STYLE_NAME)
            level = self.styles.heading_level(style)
            if tag == _H:
                level = int(element.get(_q("text:outline-level"), "") or level or 1)
            if level:
                self.chunks.append(Chunk("heading", text, level=level))
            else:
                italic = self._styled(element, self.styles.is_italic)[1]
                self.chunks.append(Chunk("paragraph", text, bold=bold, italic=italic))
        elif tag == _LIST:
            self.list_(element, 1, element.get(_STYLE_NAME))
        elif tag == _TABLE:
            self.table(element)
        elif tag == _SECTION:
            for child in element:
                self.block(child)

    def list_(self, element: ET.Element, depth: int, style: str | None) -> None:
        style = element.get(_STYLE_NAME) or style
        for item in element:
            if item.tag not in (_ITEM, _LIST_HEADER):
                continue
            for child in item:
                if child.tag == _LIST:
                    self.list_(child, depth + 1, style)
                elif child.tag in (_P, _H):
                    text, _ = self.paragraph(child)
                    self.chunks.append(Chunk("item", text, level=depth, ordered=style in self.styles.numbered))
                else:
                    self.block(child)

    def table(self, element: ET.Element) -> None:
        rows: list[list[str]] = []
        for row in _rows(element):
            cells = []
            for cell in row:
                if cell.tag != _CELL:
                    continue
                text = " ".join(self.paragraph(p)[0] for p in cell.iter() if p.tag in (_P, _H))
                repeat = int(cell.get(_q("table:number-columns-repeated"), "1") or 1)
                cells.extend([text] * min(repeat, _MAX_REPEAT))
            rows.append(cells)
        self.chunks.append(Chunk("table", rows=rows))


def _rows(table: ET.Element) -> list[ET.Element]:
    """The table's own rows (also inside header and row groups), not those of tables nested in its cells."""
    # In document order (the header rows first), without recursion.
    rows, pending = [], [iter(table)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif child.tag == _ROW:
            rows.append(child)
        elif child.tag in (_HEADER_ROWS, _ROWS, _ROW_GROUP):
            pending.append(iter(child))
    return rows


def blocks(parts: dict[str, bytes], name: str) -> list[Chunk]:
    """The document's chunks from its vetted XML parts."""
    content = ET.fromstring(parts["content.xml"])
    roots = [content]
    if "styles.xml" in parts:
        roots.insert(0, ET.fromstring(parts["styles.xml"]))
    reader = _Reader(_Styles(roots))
    body = content.find("office:body/office:text", _NS)
    if body is None:
        return []
    for child in body:
        reader.block(child)
    return reader.chunks
