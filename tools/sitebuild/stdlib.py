"""A trimmed copy of Pyodide's standard library: only what the checker imports.

Pyodide's python_stdlib.zip is 2.5 MB, most of it modules no plan check ever touches
(email, sqlite3, CJK codecs, …). list_imports.mjs runs the checker in Pyodide's own
Python and names every standard-library file it imports, statically or at run time; the site
ships those plus SAFETY_MARGIN (whole packages the reading layer or Python itself may reach for
lazily, such as text encodings for .txt files in cp1250). The memory snapshot is made with this
same zip, because Python keeps the zip's table of contents in memory.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path, PurePosixPath

from .paths import ROOT

# Kept whatever the listing says: codecs are looked up by name at run time (a .txt plan saved
# in windows-1250 or by an old DOS editor), and a document reader or an error message may import
# these lazily. About 150 kB buy safety against an import the listing could not see.
SAFETY_MARGIN = (
    *(f"encodings/{name}.py" for name in (
        "utf_8", "utf_8_sig", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "cp1250", "cp1252", "cp852",
        "iso8859_2", "iso8859_1", "mac_latin2", "latin_1", "ascii", "charmap", "aliases", "__init__",
    )),
    "xml/", "html/", "zipfile/", "json/", "tomllib/", "string/", "csv.py", "codecs.py", "locale.py",
    "_strptime.py", "calendar.py", "datetime.py", "_pydatetime.py", "difflib.py", "textwrap.py", "base64.py",
    "traceback.py", "linecache.py", "tokenize.py", "token.py", "io.py", "shutil.py", "tempfile.py",
)


def used_files(archive: Path, lib_dir: str) -> set[str]:
    listing = subprocess.run(
        ["node", str(Path(__file__).with_name("list_imports.mjs")), str(archive), lib_dir],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    return set(json.loads(listing))


def _kept(name: str, used: set[str]) -> bool:
    if name in used or name.startswith(SAFETY_MARGIN):
        return True
    # Bytecode and data next to a used module, e.g. a package's __init__ in a kept folder.
    return name.endswith("/") and any(u.startswith(name) for u in used)


def trimmed(full: bytes, used: set[str]) -> bytes:
    """The stdlib zip with only the kept members, in their original order and form."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(full)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if _kept(info.filename, used):
                target.writestr(info, source.read(info), compress_type=info.compress_type)
    return buffer.getvalue()
