"""Blocks → an OpenDocument text (.odt) with odfpy: LibreOffice's heading styles (outline levels)
and real tables, the same document as the Word file."""

from __future__ import annotations

from pathlib import Path

from odf import dc
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    ListLevelProperties,
    PageLayout,
    PageLayoutProperties,
    MasterPage,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TextProperties,
)
from odf.table import Table, TableColumn, TableHeaderRows, TableRow, TableCell
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, Span

from .blocks import Block

HEADING_SIZES = {1: "18pt", 2: "14pt", 3: "12pt"}


class _Styles:
    """The few named and automatic styles a form needs, added to one document."""

    def __init__(self, document: OpenDocumentText) -> None:
        default = DefaultStyle(family="paragraph")
        default.addElement(TextProperties(language="cs", country="CZ", fontsize="11pt"))
        document.styles.addElement(default)

        layout = PageLayout(name="A4")
        layout.addElement(PageLayoutProperties(
            pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm",
            marginleft="2cm", marginright="2cm", printorientation="portrait",
        ))
        document.automaticstyles.addElement(layout)
        document.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))

        self.body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
        self.body.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.2cm"))
        document.styles.addElement(self.body)

        self.headings = {}
        for level, size in HEADING_SIZES.items():
            style = Style(
                name=f"Heading_20_{level}", displayname=f"Heading {level}", family="paragraph",
                parentstylename=self.body, nextstylename=self.body, defaultoutlinelevel=str(level),
            )
            style.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
            style.addElement(TextProperties(fontsize=size, fontweight="bold"))
            document.styles.addElement(style)
            self.headings[level] = style

        self.bold = Style(name="Strong_20_Emphasis", displayname="Strong Emphasis", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.italic = Style(name="Emphasis", family="text")
        self.italic.addElement(TextProperties(fontstyle="italic"))
        self.bold_italic = Style(name="Strong_20_Emphasis_20_Italic", displayname="Strong Emphasis Italic", family="text")
        self.bold_italic.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
        for style in (self.bold, self.italic, self.bold_italic):
            document.styles.addElement(style)

        self.bullets = ListStyle(name="List_20_Bullet", displayname="List Bullet")
        level = ListLevelStyleBullet(level=1, bulletchar="•")
        level.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
        self.bullets.addElement(level)
        document.styles.addElement(self.bullets)

        self.table = Style(name="Form_20_table", family="table")
        self.table.addElement(TableProperties(width="17cm", align="left"))
        document.automaticstyles.addElement(self.table)
        self.cell = Style(name="Form_20_cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        document.automaticstyles.addElement(self.cell)
        self.empty_row = Style(name="Form_20_empty_20_row", family="table-row")
        self.empty_row.addElement(TableRowProperties(minrowheight="1cm"))
        document.automaticstyles.addElement(self.empty_row)
        self.columns: dict[int, Style] = {}
        self._document = document

    def column(self, count: int) -> Style:
        if count not in self.columns:
            style = Style(name=f"Form_20_column_20_{count}", family="table-column")
            style.addElement(TableColumnProperties(columnwidth=f"{17 / count:.2f}cm"))
            self._document.automaticstyles.addElement(style)
            self.columns[count] = style
        return self.columns[count]

    def span(self, bold: bool, italic: bool) -> Style | None:
        return {(True, False): self.bold, (False, True): self.italic, (True, True): self.bold_italic}.get((bold, italic))


def _paragraph(block: Block, styles: _Styles, element=None):
    element = element or P(stylename=styles.body)
    for run in block.runs:
        style = styles.span(run.bold, run.italic)
        element.addElement(Span(stylename=style, text=run.text) if style else Span(text=run.text))
    return element


def _cell(text: str, styles: _Styles, bold: bool = False) -> TableCell:
    cell = TableCell(stylename=styles.cell, valuetype="string")
    paragraph = P(stylename=styles.body)
    if text:
        paragraph.addElement(Span(stylename=styles.bold, text=text) if bold else Span(text=text))
    cell.addElement(paragraph)
    return cell


def _table(block: Block, styles: _Styles, number: int) -> Table:
    header, *body = block.rows
    table = Table(name=f"Tabulka{number}", stylename=styles.table)
    table.addElement(TableColumn(numbercolumnsrepeated=len(header), stylename=styles.column(len(header))))
    header_rows = TableHeaderRows()
    row = TableRow()
    for text in header:
        row.addElement(_cell(text, styles, bold=True))
    header_rows.addElement(row)
    table.addElement(header_rows)
    for values in body:
        row = TableRow(stylename=styles.empty_row) if not any(values) else TableRow()
        for text in values:
            row.addElement(_cell(text, styles))
        table.addElement(row)
    return table


def write(blocks: list[Block], title: str, path: Path) -> None:
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Language(text="cs-CZ"))
    styles = _Styles(document)
    current_list = None
    tables = 0
    for block in blocks:
        if block.kind != "bullet":
            current_list = None
        if block.kind == "heading":
            level = min(block.level, max(HEADING_SIZES))
            heading = H(outlinelevel=block.level, stylename=styles.headings[level])
            document.text.addElement(_paragraph(block, styles, heading))
        elif block.kind == "table":
            tables += 1
            document.text.addElement(_table(block, styles, tables))
            document.text.addElement(P(stylename=styles.body))
        elif block.kind == "bullet":
            if current_list is None:
                current_list = List(stylename=styles.bullets)
                document.text.addElement(current_list)
            item = ListItem()
            item.addElement(_paragraph(block, styles))
            current_list.addElement(item)
        elif block.kind == "number":
            paragraph = P(stylename=styles.body, text=f"{block.level}. ")
            document.text.addElement(_paragraph(block, styles, paragraph))
        else:
            document.text.addElement(_paragraph(block, styles))
    document.save(str(path))
