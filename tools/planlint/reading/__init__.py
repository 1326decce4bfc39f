"""Reading: the bytes of any accepted file (Markdown, pasted text, .txt in a Czech encoding, .docx, .odt) in,
one plan structure out — the plan's text as the trainee sees it and its blocks (headings, paragraphs, items, rows) with source lines."""

from .blocks import Block, Classifier, blocks_of
from .files import decode_text, read_bytes
from .limits import MAX_BYTES, MAX_DOCUMENT_BYTES, MAX_LINES, InputError, refuse_too_many_lines

__all__ = [
    "Block", "Classifier", "InputError", "MAX_BYTES", "MAX_DOCUMENT_BYTES", "MAX_LINES", "blocks_of", "decode_text",
    "read_bytes", "refuse_too_many_lines",
]
