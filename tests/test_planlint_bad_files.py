"""Files that are no plan, or a trap, give exit 2 with one Czech sentence: no hang, bounded memory."""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from plan_files import docx, odt, parts_of

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "tests/data/shared-examples/plans/dobry-plan.md").read_text(encoding="utf-8")
MEMORY_LIMIT = 1_000_000_000  # address space of the checking process; a 50 MB cap leaves room
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lololololololololol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + "]>"
)


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check(path: Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    return subprocess.run([sys.executable, "-m", "planlint", "check", str(path)], capture_output=True, env=env,
                          timeout=60, preexec_fn=_limit_memory)


def assert_refused(done, *words):
    assert done.returncode == 2, done.stderr
    message = done.stderr.decode("utf-8")
    assert "Traceback" not in message and done.stdout == b""
    assert message.count("\n") == 1 and any(ch in message for ch in "ěščřžýáíéůú"), message
    for word in words:
        assert word in message, message


def _replace_member(data: bytes, member: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == member else source.read(info.filename))
    return buffer.getvalue()


def _with_laughs(xml: bytes) -> bytes:
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    root_end = body.index(b">") + 1
    return LAUGHS.encode() + body[:root_end] + b"&lol9;" + body[root_end:]


@pytest.fixture(scope="module")
def word_file() -> bytes:
    return docx(parts_of(PLAN), heading_styles=True)


@pytest.fixture(scope="module")
def writer_file() -> bytes:
    return odt(parts_of(PLAN))


def test_a_good_docx_passes_through_the_command(tmp_path, word_file):
    path = tmp_path / "plan.docx"
    path.write_bytes(word_file)
    done = check(path)
    assert done.returncode == 0, done.stderr
    assert "chyby 0" in done.stdout.decode()


def test_zero_byte_docx(tmp_path):
    path = tmp_path / "prazdny.docx"
    path.write_bytes(b"")
    assert_refused(check(path), "prázdný")


def test_renamed_zip(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("fotky/dovolena.txt", "nic")
    path = tmp_path / "plan.docx"
    path.write_bytes(buffer.getvalue())
    assert_refused(check(path), ".docx")


def test_renamed_text_and_corrupt_zip(tmp_path, word_file):
    renamed = tmp_path / "plan.docx"
    renamed.write_text("Toto je jen text.", encoding="utf-8")
    assert_refused(check(renamed), ".docx")
    corrupt = tmp_path / "poskozeny.docx"
    corrupt.write_bytes(word_file[: len(word_file) // 2])
    assert_refused(check(corrupt), "poškozený")
    flipped = bytearray(word_file)
    start = word_file.index(b"word/document.xml") + 40
    flipped[start : start + 200] = bytes(200)
    (tmp_path / "prevraceny.docx").write_bytes(bytes(flipped))
    assert_refused(check(tmp_path / "prevraceny.docx"), "poškozený")


def _bomb(size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * 1_000_000
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def _lie_about_size(data: bytes, member: bytes, size: int) -> bytes:
    """The member's headers declare `size` bytes, whatever it really inflates to."""
    data = bytearray(data)
    local = data.index(b"PK\x03\x04" + data[4:8])  # the first local header
    central = data.index(b"PK\x01\x02")
    for offset in range(local, len(data)):
        if data[offset : offset + 4] == b"PK\x03\x04" and data[offset + 30 : offset + 30 + len(member)] == member:
            struct.pack_into("<I", data, offset + 22, size)
        if offset >= central and data[offset : offset + 4] == b"PK\x01\x02" and data[offset + 46 : offset + 46 + len(member)] == member:
            struct.pack_into("<I", data, offset + 24, size)
    return bytes(data)


def test_zip_bomb(tmp_path):
    bomb = _bomb(60_000_000)
    assert len(bomb) < 1_000_000
    path = tmp_path / "bomba.docx"
    path.write_bytes(bomb)
    assert_refused(check(path), "10 MB")


def test_zip_bomb_whose_headers_lie(tmp_path):
    source = io.BytesIO()
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * 60_000_000)
    path = tmp_path / "lez.docx"
    path.write_bytes(_lie_about_size(source.getvalue(), b"word/document.xml", 1000))
    assert_refused(check(path))


def test_entity_expansion_in_docx_and_odt(tmp_path, word_file, writer_file):
    for name, data, member in (("plan.docx", word_file, "word/document.xml"), ("plan.odt", writer_file, "content.xml")):
        xml = zipfile.ZipFile(io.BytesIO(data)).read(member)
        path = tmp_path / name
        path.write_bytes(_replace_member(data, member, _with_laughs(xml)))
        assert_refused(check(path), "XML")


@pytest.mark.parametrize("name, data, advice", [
    ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "jako .docx"),
    ("plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "jako .docx"),
    ("plan.rtf", b"{\\rtf1\\ansi Pl\\'e1n}", "RTF"),
    ("plan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ("sken.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "obrázek"),
    ("plan.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "obrázek"),
], ids=["doc", "doc-renamed-docx", "rtf", "pdf", "jpg", "png"])
def test_formats_we_cannot_read_say_what_to_do(tmp_path, name, data, advice):
    path = tmp_path / name
    path.write_bytes(data)
    assert_refused(check(path), advice)


# Each bound of the reading layer, reached alone by a file made for it.

def test_a_document_of_too_many_parts(tmp_path, word_file):
    from planlint.reading.office import MAX_MEMBERS

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for member in zipfile.ZipFile(io.BytesIO(word_file)).infolist():
            archive.writestr(member, zipfile.ZipFile(io.BytesIO(word_file)).read(member))
        for number in range(MAX_MEMBERS):
            archive.writestr(f"media/{number}.bin", b"")
    path = tmp_path / "mnoho-casti.docx"
    path.write_bytes(buffer.getvalue())
    assert_refused(check(path), "poškozený")


def test_a_document_file_over_twenty_megabytes(tmp_path, word_file):
    from planlint.reading import MAX_DOCUMENT_BYTES

    path = tmp_path / "velky.docx"
    path.write_bytes(word_file + b"\0" * (MAX_DOCUMENT_BYTES + 1 - len(word_file)))
    assert_refused(check(path), "20 MB")


def test_a_document_whose_text_is_over_the_text_limit(tmp_path):
    from planlint.reading import MAX_BYTES

    text = "Pan Karel chce do 30. 4. 2025 podepsat dohodu o splátkách. " * (MAX_BYTES // 50)
    path = tmp_path / "dlouhy.docx"
    path.write_bytes(docx(parts_of(f"# Plán\n\n## Cíle\n\n{text}\n"), heading_styles=True))
    assert_refused(check(path), "200 kB")
