"""A trimmed copy of Pyodide's standard library: only what the checker imports.

Pyodide's python_stdlib.zip is 2.5 MB, most of it modules no plan check ever touches
(asyncio's servers, email, sqlite3, …). list_imports.mjs runs the checker in Pyodide's own
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

# Packages and modules kept whole, whatever the listing says: codecs are looked up by name at
# run time (a .txt plan in windows-1250), the rest is what a document reader or an error
# message may import lazily. A few hundred kilobytes buy safety against a missed lazy import.
SAFETY_MARGIN = (
    "encodings/", "importlib/", "json/", "re/", "collections/", "xml/", "html/", "zipfile/", "zipfile.py",
    "email/", "tomllib/", "pathlib/", "string/", "csv.py", "codecs.py", "locale.py", "datetime.py",
    "_pydatetime.py", "_strptime.py", "calendar.py", "textwrap.py", "difflib.py", "unicodedata.py",
    "traceback.py", "linecache.py", "tokenize.py", "token.py", "base64.py", "quopri.py", "shutil.py",
    "fnmatch.py", "tempfile.py", "random.py", "bisect.py", "heapq.py", "struct.py", "gzip.py",
    "_compression.py", "compression/", "io.py", "_pyio.py", "typing.py", "dataclasses.py", "copy.py",
    "pprint.py", "warnings.py", "weakref.py", "_weakrefset.py", "contextlib.py", "functools.py",
    "operator.py", "keyword.py", "reprlib.py", "enum.py", "types.py", "inspect.py", "dis.py",
    "opcode.py", "_opcode_metadata.py", "ast.py", "annotationlib.py", "stat.py", "glob.py", "uuid.py",
    "hashlib.py", "hmac.py", "secrets.py", "numbers.py", "fractions.py", "decimal.py", "_pydecimal.py",
    "statistics.py", "gettext.py", "argparse.py", "logging/", "mimetypes.py", "urllib/", "ipaddress.py",
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
