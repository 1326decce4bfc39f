"""Before MkDocs: docs/manual/tisk.md, the whole manual on one printable page (git-ignored).

The manual's pages are taken in the order of the navigation in mkdocs.yml and joined under one
title. So that the joined page stays one consistent document:

- every heading moves one level down and gets an id prefixed with its page ("role-prehled");
  the page's own title gets the page's id ("role");
- links inside the manual ("#prehled", "role.md#prehled", "role.md") point into this page;
- footnote labels get the same prefix, so two pages' "[^1]" stay apart;
- front matter is dropped; other links are left alone (tisk.md sits beside the pages it joins).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from markdown.extensions.toc import slugify

from .config import mkdocs_config
from .paths import DOCS

SECTION = "manual"
OUTPUT = DOCS / SECTION / "tisk.md"

HEADER = """\
---
title: Příručka pro obce – celá na jedné stránce
search:
  exclude: true
hide:
  - navigation
  - toc
---

# Příručka pro obce – celá na jedné stránce {#tisk}

Celá příručka na jedné stránce, připravená k tisku. Vytisknete ji z prohlížeče
(klávesy Ctrl+P nebo nabídka Tisk) a stejně ji můžete uložit jako PDF.
Aktuální podobu najdete vždy na webu Síť podpory.
{ .sp-print-intro }
"""

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_HEADING_ID = re.compile(r"\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?((?:\s+\"[^\"]*\")?)\s*\)")
_REF_DEF = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)(\S+)(.*)$")
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
_ATTR_ID = re.compile(r"(\{:?[^}\n]*?)#([A-Za-z][\w-]*)")


def manual_pages() -> list[str]:
    """Paths (relative to docs/) of the manual's pages in navigation order."""
    config = mkdocs_config()
    found: list[str] = []

    def walk(item) -> None:
        if isinstance(item, str):
            if item.startswith(SECTION + "/") and item != f"{SECTION}/tisk.md" and item not in found:
                found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(config.get("nav") or [])
    return found


def page_id(path: str) -> str:
    name = PurePosixPath(path).stem
    return "prirucka" if name == "index" else name


def strip_front_matter(text: str) -> str:
    if text.startswith("---"):
        end = re.search(r"^(---|\.\.\.)\s*$", text[3:], flags=re.MULTILINE)
        if end:
            return text[3 + end.end():].lstrip("\n")
    return text


def _retarget(target: str, prefix: str, ids: dict[str, str]) -> str:
    """A link target in a joined page: links within the manual become links into tisk.md."""
    if target.startswith("#"):
        return f"#{prefix}-{target[1:]}"
    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
        return target
    path, _, fragment = target.partition("#")
    page = ids.get(str(PurePosixPath(path))) if path else None
    if page is None:
        return target
    return f"#{page}-{fragment}" if fragment else f"#{page}"


def convert(text: str, path: str, ids: dict[str, str]) -> str:
    """One manual page, made into a part of tisk.md (see the module docstring)."""
    prefix = ids[PurePosixPath(path).name]
    out: list[str] = []
    fence: str | None = None
    for line in strip_front_matter(text).splitlines():
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            explicit = _HEADING_ID.search(title)
            if explicit:
                title = title[: explicit.start()]
            title = title.rstrip("#").rstrip()
            if level == 1:
                anchor = prefix
            else:
                anchor = f"{prefix}-{explicit.group(1) if explicit else slugify(title, '-')}"
            line = f"{'#' * min(level + 1, 6)} {title} {{#{anchor}}}"
        else:
            line = _ATTR_ID.sub(lambda m: f"{m.group(1)}#{prefix}-{m.group(2)}", line)
        line = _LINK.sub(lambda m: f"]({_retarget(m.group(1), prefix, ids)}{m.group(2)})", line)
        line = _REF_DEF.sub(lambda m: m.group(1) + _retarget(m.group(2), prefix, ids) + m.group(3), line)
        line = _FOOTNOTE.sub(lambda m: f"[^{prefix}-{m.group(1)}]", line)
        out.append(line)
    return "\n".join(out).strip() + "\n"


def write_printable_manual() -> None:
    pages = manual_pages()
    ids = {PurePosixPath(p).name: page_id(p) for p in pages}
    parts = [HEADER]
    for path in pages:
        source = DOCS / path
        if source.exists():
            parts.append(convert(source.read_text(encoding="utf-8"), path, ids))
    text = "\n".join(parts)
    if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
        OUTPUT.write_text(text, encoding="utf-8")
