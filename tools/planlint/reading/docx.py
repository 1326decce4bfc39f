"""Word (.docx): mammoth turns the document into plain HTML, which becomes layout chunks.

mammoth (pure Python, also runs under Pyodide) knows Word's styles, numbering and tables; its
HTML has h1–h6, p, strong, ul/ol/li and table/tr/td, which is all the plan's structure.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser

from .layout import Chunk

# Word's own title style and the Czech names of heading styles people create by hand.
_STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Název'] => h1:fresh
p[style-name='Subtitle'] => h2:fresh
"""
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


class _Chunks(HTMLParser):
    """mammoth's HTML -> chunks; text outside a block (rare) becomes a paragraph of its own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[Chunk] = []
        self._block: Chunk | None = None  # the paragraph, heading or item being read
        self._plain = False  # text outside <strong> seen in the current block
        self._roman = False  # text outside <em> seen in the current block
        self._strong = 0
        self._em = 0
        self._lists: list[bool] = []  # one entry per open list: ordered?
        self._table: Chunk | None = None
        self._tables = 0

    def _start(self, chunk: Chunk) -> None:
        self._finish()
        self._block, self._plain, self._roman = chunk, False, False

    def _finish(self) -> None:
        block = self._block
        if block is None:
            return
        self._block = None
        if self._table is not None and self._table.rows:
            cells = self._table.rows[-1]
            cells[-1] = f"{cells[-1]} {block.text}".strip() if cells else block.text
            return
        if block.kind == "paragraph" and not self._plain and block.text.strip():
            block.bold = True
        if block.kind == "paragraph" and not self._roman and block.text.strip():
            block.italic = True
        if block.text.strip():
            self.chunks.append(block)

    def handle_starttag(self, tag, attrs):
        if tag in _HEADINGS and self._table is None:
            self._start(Chunk("heading", level=_HEADINGS[tag]))
        elif tag in ("p",) + tuple(_HEADINGS):
            if self._lists and self._block is not None and self._block.kind == "item" and not self._block.text:
                return  # <li><p>…: the paragraph is the item itself
            self._start(Chunk("paragraph"))
        elif tag in ("ul", "ol"):
            self._finish()
            self._lists.append(tag == "ol")
        elif tag == "li":
            self._start(Chunk("item", level=len(self._lists), ordered=bool(self._lists and self._lists[-1])))
        elif tag == "table":
            self._finish()
            self._tables += 1
            if self._tables == 1:
                self._table = Chunk("table")
        elif tag == "tr" and self._table is not None and self._tables == 1:
            self._table.rows.append([])
        elif tag in ("td", "th") and self._table is not None and self._tables == 1 and self._table.rows:
            self._finish()
            self._table.rows[-1].append("")
        elif tag == "strong":
            self._strong += 1
        elif tag == "em":
            self._em += 1
        elif tag == "br" and self._block is not None:
            self._block.text += "\n"

    def handle_endtag(self, tag):
        if tag in ("p", "li") or tag in _HEADINGS:
            self._finish()
        elif tag in ("ul", "ol") and self._lists:
            self._finish()
            self._lists.pop()
        elif tag == "table":
            self._finish()
            self._tables -= 1
            if self._tables == 0 and self._table is not None:
                self.chunks.append(self._table)
                self._table = None
        elif tag == "strong":
            self._strong = max(0, self._strong - 1)
        elif tag == "em":
            self._em = max(0, self._em - 1)

    def handle_data(self, data):
        if self._block is None:
            if self._table is not None and self._table.rows and self._table.rows[-1]:
                self._table.rows[-1][-1] += data
                return
            if not data.strip():
                return
            self._start(Chunk("paragraph"))
        if data.strip() and not self._strong:
            self._plain = True
        if data.strip() and not self._em:
            self._roman = True
        self._block.text += data

    def close(self):
        super().close()
        self._finish()
        if self._table is not None:
            self.chunks.append(self._table)


def _no_image(image):
    return {}


_STYLE_REFERENCE = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink)\s+w:val="([^"]*)"')
_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')
_BASED_ON = re.compile(rb'<w:(?:basedOn|link)\s+w:val="([^"]*)"')
_DEFAULT = re.compile(rb'^<w:style\b[^>]*w:default="(?:1|true)"')
_STYLE_START = re.compile(rb"<w:style\b")
_LATENT_START = re.compile(rb"<w:latentStyles\b")
# The parts mammoth reads; settings, themes, fonts, pictures and the like say nothing about the plan.
_MAMMOTH_PARTS = re.compile(
    r"\[Content_Types\].xml|_rels/\.rels|word/(?:_rels/)?(?:document|styles|numbering|footnotes|endnotes|comments)\.xml(?:\.rels)?"
)


def _elements(part: bytes, start: re.Pattern, end: bytes) -> list[tuple[int, int]]:
    """(start, end) of each element that `start` opens: up to its own "/>" or the next `end`.

    One pass with find() from each start, never past the next start: a part with thousands of
    unclosed "<w:style>" tags costs linear time, where a regex with ".*?</w:style>" costs quadratic."""
    starts = [match.start() for match in start.finditer(part)] + [len(part)]
    spans = []
    for here, following in zip(starts, starts[1:]):
        close = part.find(b">", here, following)
        if close < 0:
            continue
        if part[close - 1 : close] == b"/":
            spans.append((here, close + 1))
            continue
        finish = part.find(end, close, following)
        if finish >= 0:
            spans.append((here, finish + len(end)))
    return spans


def _without(part: bytes, spans: list[tuple[int, int]]) -> bytes:
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(part[last:start])
        last = end
    return b"".join(pieces) + part[last:]


def _used_styles(styles: bytes, used: set[bytes]) -> bytes:
    """styles.xml with only the styles the document uses (and those they are based on).

    Word keeps hundreds of styles and "latent" styles in every file; mammoth's DOM parser would
    spend most of its time on them (seconds under Pyodide), while only the used ones matter.
    The part is already vetted, and w:style elements never nest, so a scan finds them.
    """
    styles = _without(styles, _elements(styles, _LATENT_START, b"</w:latentStyles>"))
    spans = _elements(styles, _STYLE_START, b"</w:style>")
    blocks = {}
    for start, end in spans:
        found = _STYLE_ID.search(styles, start, end)
        if found:
            blocks[found[1]] = styles[start:end]
    keep, todo = set(), [name for name in used if name in blocks]
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            todo += [base for base in _BASED_ON.findall(blocks[name]) if base in blocks]

    def unwanted(span: tuple[int, int]) -> bool:
        element = styles[span[0] : span[1]]
        found = _STYLE_ID.search(element)
        return bool(found) and found[1] not in keep and not _DEFAULT.match(element)

    return _without(styles, [span for span in spans if unwanted(span)])


def _for_mammoth(parts: dict[str, bytes]) -> dict[str, bytes]:
    chosen = {name: data for name, data in parts.items() if _MAMMOTH_PARTS.fullmatch(name)}
    if "word/styles.xml" in chosen:
        used = set()
        for name in ("word/document.xml", "word/numbering.xml"):
            used.update(_STYLE_REFERENCE.findall(parts.get(name, b"")))
        chosen["word/styles.xml"] = _used_styles(chosen["word/styles.xml"], used)
    return chosen


def html_chunks(html: str) -> list[Chunk]:
    parser = _Chunks()
    parser.feed(html)
    parser.close()
    return parser.chunks


def blocks(parts: dict[str, bytes], name: str) -> list[Chunk]:
    """The document's chunks; `parts` are its vetted XML parts (pictures are left out)."""
    import mammoth

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as vetted:
        for member, data in _for_mammoth(parts).items():
            vetted.writestr(member, data)
    buffer.seek(0)
    result = mammoth.convert_to_html(
        buffer, style_map=_STYLE_MAP, convert_image=mammoth.images.img_element(_no_image)
    )
    return html_chunks(result.value)
