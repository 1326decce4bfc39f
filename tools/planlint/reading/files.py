"""From a file's bytes to the plan's text as the trainee sees it in the editor.

One code path for the command line, the exercise page and the trainer page: text in any
common Czech encoding, .docx (Word) and .odt (LibreOffice Writer). Anything else, or a file
that cannot be used, raises InputError with one Czech sentence that says what to do.
"""

from __future__ import annotations

import codecs

from .limits import MAX_BYTES, MAX_DOCUMENT_BYTES, InputError, refuse_too_many_lines

# Letters of Czech (and Slovak) text; the decoding that yields more of them is the right one.
_CZECH = set("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")
# What Windows-1250 and ISO-8859-2 make of each other's š ť ž Š Ť Ž: never in a Czech plan.
_FOREIGN = set("ąĄľĽşŞźŹ¦©«®»¹¾") | {chr(c) for c in range(0x80, 0xA0)}

_SAVE_AS_DOCX = "Ve Wordu nebo LibreOffice ho otevřete, uložte jako .docx nebo .odt (Soubor → Uložit jako) a nahrajte znovu."
# (magic bytes, kind) of files people mistake for a plan.
_FOREIGN_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"{\\rtf", "rtf"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
)
_EXTENSION_KINDS = {
    ".doc": "doc", ".rtf": "rtf", ".pdf": "pdf", ".xls": "doc", ".xlsx": "doc", ".odp": "doc", ".ods": "doc",
    ".pptx": "doc", ".ppt": "doc", ".pages": "doc",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image", ".tif": "image", ".tiff": "image",
    ".bmp": "image", ".webp": "image", ".heic": "image",
}


def _extension(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "." + base.rsplit(".", 1)[-1] if "." in base else ""


def _foreign_kind(data: bytes, extension: str) -> str | None:
    for magic, kind in _FOREIGN_FORMATS:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    return _EXTENSION_KINDS.get(extension)


def _refuse_foreign(kind: str, name: str, extension: str) -> None:
    if kind == "doc" and extension in (".doc", ".docx", ""):
        raise InputError(
            f"Soubor „{name}“ je ve starém formátu Wordu (.doc), který neumíme přečíst. "
            "Ve Wordu ho uložte jako .docx (Soubor → Uložit jako) a nahrajte znovu."
        )
    if kind == "doc":
        raise InputError(f"Soubor „{name}“ není dokument s plánem, který umíme přečíst. {_SAVE_AS_DOCX}")
    if kind == "rtf":
        raise InputError(f"Soubor „{name}“ je ve formátu RTF, který neumíme přečíst. {_SAVE_AS_DOCX}")
    if kind == "pdf":
        raise InputError(
            f"Z PDF („{name}“) plán nepřečteme. Nahrajte původní dokument (.docx nebo .odt), "
            "nebo text plánu zkopírujte do editoru."
        )
    raise InputError(
        f"„{name}“ je obrázek, z něj plán nepřečteme. Nahrajte dokument (.docx, .odt) nebo text (.txt), "
        "případně plán do editoru opište."
    )


def _score(text: str) -> int:
    return sum(ch in _CZECH for ch in text) - 5 * sum(ch in _FOREIGN for ch in text)


def decode_text(data: bytes, name: str) -> str:
    """Text in UTF-8 (±BOM), UTF-16 with BOM, Windows-1250 or ISO-8859-2, with \\n line ends."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise InputError(
                f"Soubor „{name}“ není textový (obsahuje binární data). Uložte plán jako text (.md nebo .txt)."
            )
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        candidates = [data.decode("iso-8859-2")]
        try:
            candidates.insert(0, data.decode("cp1250"))  # on a tie, Windows' own encoding wins
        except UnicodeDecodeError:
            pass
        text = max(candidates, key=_score)
        if _score(text) < 0:
            raise InputError(
                f"Soubor „{name}“ není v žádném kódování českého textu, které známe. "
                "Uložte ho jako text v kódování UTF-8 (např. v Poznámkovém bloku: Uložit jako → Kódování UTF-8)."
            ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")


def _document_text(data: bytes, name: str, extension: str) -> str:
    from . import office  # only for documents: keeps the text path's import light

    return office.document_text(data, name, extension)


def read_bytes(data: bytes, name: str = "plan.md") -> str:
    """The plan's text from a file's bytes; InputError with one Czech sentence when it cannot be used."""
    data = bytes(data)
    extension = _extension(name)
    kind = _foreign_kind(data, extension)
    if kind is not None:
        _refuse_foreign(kind, name, extension)
    if extension in (".docx", ".odt") or data.startswith(b"PK\x03\x04"):
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(f"Soubor „{name}“ je větší než 20 MB. Uložte plán bez obrázků a nahrajte ho znovu.")
        text = _document_text(data, name, extension)
    else:
        if len(data) > MAX_BYTES:
            raise InputError(
                f"Soubor „{name}“ je větší než 200 kB. Tak dlouhý plán nikdo nepíše – je to správný soubor?"
            )
        text = decode_text(data, name)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"Text plánu v „{name}“ je delší než 200 kB. Tak dlouhý plán nikdo nepíše – je to správný soubor?")
    refuse_too_many_lines(text, name)
    return text
