"""Blocks → a Word document (.docx) with python-docx: Word's own heading styles and real tables,
so the form reads as headings in Word's navigation pane and in screen readers."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from .blocks import Block

EMPTY_ROW_HEIGHT = Cm(1.0)  # room to write by hand in a printed table


def _czech(document) -> None:
    """Mark the text as Czech, so Word checks spelling and hyphenates in Czech."""
    properties = document.styles["Normal"].element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "cs-CZ")
    properties.append(language)
    document.core_properties.language = "cs-CZ"


def _a4(document) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(18)


def _add_runs(paragraph, block: Block) -> None:
    for run in block.runs:
        added = paragraph.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _table(document, block: Block) -> None:
    header, *body = block.rows
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    _repeat_as_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].add_run(text).bold = True
    for values in body:
        row = table.add_row()
        if not any(values):
            row.height = EMPTY_ROW_HEIGHT
        for cell, text in zip(row.cells, values):
            cell.paragraphs[0].add_run(text)
    document.add_paragraph()


def write(blocks: list[Block], title: str, path: Path) -> None:
    document = Document()
    _czech(document)
    _a4(document)
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = title
    document.core_properties.author = "Síť podpory"
    for block in blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=block.level)
        elif block.kind == "table":
            _table(document, block)
        elif block.kind == "bullet":
            _add_runs(document.add_paragraph(style="List Bullet"), block)
        elif block.kind == "number":
            paragraph = document.add_paragraph(f"{block.level}. ")
            paragraph.paragraph_format.left_indent = Cm(0.6)
            _add_runs(paragraph, block)
        else:
            _add_runs(document.add_paragraph(), block)
    document.save(path)
