"""Word (.docx) and LibreOffice (.odt) files: their XML, read with bounds, becomes light Markdown.

A document is a zip of XML parts. Before any XML parser sees a part, the part is inflated with a
running cap (a zip bomb stops at the cap, whatever its header declares) and refused when it
declares a DOCTYPE or an entity (no entity expansion, in our parser or in mammoth's minidom).
Only the XML parts reach the converters; pictures are never inflated.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from .limits import MAX_BYTES, InputError
from .layout import Chunk, to_markdown

MAX_MEMBERS = 2000
# The XML a document may expand to, in proportion to the text limit: Word wraps every run of text
# in its own elements and keeps styles, numbering and settings beside it, so a full 200 kB plan
# takes a few MB of XML (a one-page plan: ~50 kB of text-free styles plus ~20 bytes of markup per
# letter of a run). Fifty times the text limit (10 MB) leaves room for that and stops a small zip
# that expands to 50 MB before any parser (ours, mammoth's DOM) spends seconds on it.
MAX_INFLATED = 50 * MAX_BYTES
# How deep elements may nest: a real document's XML is 10–30 levels deep (a table in a table in a
# list is ~40); the converters walk it recursively, and in the browser a deep walk ends Pyodide.
MAX_DEPTH = 200
_TAG = re.compile(rb"<(/?)[A-Za-z_][^<>]*?(/?)>")  # stops at the next "<": linear
_CHUNK = 1 << 16
_XML_SUFFIXES = (".xml", ".rels")
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _damaged(name: str) -> InputError:
    return InputError(
        f"Soubor „{name}“ je poškozený nebo to není dokument Word (.docx) ani LibreOffice (.odt). "
        "Otevřete ho ve Wordu nebo LibreOffice, uložte znovu a nahrajte."
    )


def _too_big(name: str) -> InputError:
    return InputError(
        f"Soubor „{name}“ se po rozbalení nevejde do {MAX_INFLATED // 1_000_000} MB, takový plán číst nebudeme. "
        "Uložte plán znovu bez obrázků a příloh."
    )


def _too_deep(name: str) -> InputError:
    return InputError(
        f"Soubor „{name}“ má uvnitř příliš hluboko vnořené části (např. tabulky v tabulkách), takový plán "
        "číst nebudeme. Zkopírujte text plánu do nového dokumentu, uložte ho a nahrajte znovu."
    )


def _check_depth(part: bytes, name: str) -> None:
    """Refuse a part whose elements nest deeper than MAX_DEPTH, in one pass over its tags, before any
    parser builds (or a converter recursively walks) its tree."""
    depth = 0
    for tag in _TAG.finditer(part):
        if tag[1]:
            depth -= 1
        elif not tag[2]:
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(name)


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str) -> bytes:
    """One member's bytes, never more than `budget`: the header's declared size is not trusted."""
    parts, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                raise _too_big(name)
            parts.append(chunk)
    return b"".join(parts)


def _vetted(part: bytes, name: str) -> bytes:
    head = part.lower()
    if b"\x00" in part or b"<!doctype" in head or b"<!entity" in head:
        raise InputError(
            f"Soubor „{name}“ obsahuje nebezpečnou konstrukci XML (definice entit), proto ho nečteme. "
            "Otevřete ho ve Wordu nebo LibreOffice a uložte znovu."
        )
    return part


def xml_parts(data: bytes, name: str) -> dict[str, bytes]:
    """Every XML part of the document (and its mimetype), checked and inflated within the bounds."""
    if not data:
        raise InputError(f"Soubor „{name}“ je prázdný (0 bajtů). Uložte plán znovu a nahrajte ho.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _damaged(name)
        wanted = [i for i in infos if i.filename.endswith(_XML_SUFFIXES) or i.filename == "mimetype"]
        if sum(i.file_size for i in wanted) > MAX_INFLATED:
            raise _too_big(name)
        parts, budget = {}, MAX_INFLATED
        for info in wanted:
            part = _inflate(archive, info, budget, name)
            budget -= len(part)
            parts[info.filename] = part if info.filename == "mimetype" else _vetted(part, name)
            if info.filename != "mimetype":
                _check_depth(part, name)
        return parts
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError) as error:
        if isinstance(error, InputError):
            raise
        raise _damaged(name) from None
    except RuntimeError:  # an encrypted member
        raise InputError(
            f"Soubor „{name}“ je chráněný heslem. Uložte ho ve Wordu nebo LibreOffice bez hesla a nahrajte znovu."
        ) from None


def _blocks(parts: dict[str, bytes], name: str) -> list[Chunk]:
    if parts.get("mimetype", b"").strip() == _ODT_MIMETYPE or "content.xml" in parts and "word/document.xml" not in parts:
        from . import odt

        return odt.blocks(parts, name)
    if "word/document.xml" in parts:
        from . import docx

        return docx.blocks(parts, name)
    raise _damaged(name)


def document_text(data: bytes, name: str, extension: str) -> str:
    """The plan's text (Markdown) from a .docx or .odt file's bytes."""
    parts = xml_parts(data, name)
    try:
        blocks = _blocks(parts, name)
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - a malformed part in any converter means a damaged file
        raise _damaged(name) from None
    text = to_markdown(blocks)
    if not text.strip():
        raise InputError(f"V souboru „{name}“ není žádný text. Je to opravdu dokument s plánem?")
    return text
