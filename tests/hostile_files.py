"""Hostile office files, each built to reach one bound of the reading layer (tests and benchmarks share them)."""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    b"</Relationships>"
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document: bytes, styles: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
        if styles is not None:
            archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def _body(inner: bytes) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + _W + b"><w:body>" + inner + b"</w:body></w:document>"


def _paragraph(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def expanding_docx() -> bytes:
    """~30 kB that inflates to ~50 MB of XML (one paragraph repeated): stops at the XML cap."""
    return _docx(_body(_paragraph("Cíle") + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 2_000_000))


def unclosed_styles_docx() -> bytes:
    """~2 kB whose styles.xml repeats a style tag that is never closed (a scan that looks for its end
    each time is quadratic); stray end tags keep the nesting flat, so only the style scan is reached."""
    styles = b'<?xml version="1.0"?><w:styles ' + _W + b">" + b'<w:style w:styleId="x"></w:name>' * 200_000 + b"</w:styles>"
    return _docx(_body(_paragraph("Cíle")), styles)


def deep_docx(depth: int = 5000) -> bytes:
    """Elements nested thousands deep: a recursive walk would end Python (and Pyodide in the browser)."""
    return _docx(_body(b"<w:p>" + b"<w:r>" * depth + b"<w:t>x</w:t>" + b"</w:r>" * depth + b"</w:p>"))


def nested_tables_odt(depth: int = 60, width: int = 3) -> bytes:
    """Tables nested in tables' cells in a LibreOffice file."""
    cell_open = b"<table:table-row>" + b"<table:table-cell><text:p>x</text:p></table:table-cell>" * (width - 1) + b"<table:table-cell>"
    cell_close = b"</table:table-cell></table:table-row>"
    inner = b"<text:p>Kroky</text:p>"
    tables = b"<table:table>" + cell_open
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
        + tables * depth + inner + (cell_close + b"</table:table>") * depth
        + b"</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


HOSTILE = {
    "expanding.docx": expanding_docx,
    "unclosed-styles.docx": unclosed_styles_docx,
    "deep.docx": deep_docx,
    "nested-tables.odt": nested_tables_odt,
    "deeply-nested-tables.odt": lambda: nested_tables_odt(depth=400),
}
