"""After MkDocs: Czech typography in the built pages, so that nobody has to type it by hand.

Czech typesetting rules that a browser cannot apply on its own:

- a one-letter preposition or conjunction (k s v z o u a i) never ends a line: it is tied to
  the next word with a no-break space;
- a number stays on one line with its unit ("1 000 Kč", "15 %", "5 km"), its digit groups and
  the sign or abbreviation before it ("§ 8", "č. 99", "tel. 777");
- "5x týdně" is written "5× týdně";
- times are written with a colon ("9.00–11.00" becomes "9:00–11:00").

Only text between tags changes. Tags and their attributes are written back exactly as they
were read, and text inside <pre>, <code>, <kbd>, <samp>, <script>, <style> and <textarea> is left
alone: code must stay copyable and the exercise templates in <textarea> must reach the trainee
with ordinary spaces. The parser is the standard library's html.parser, which reads the
tag soup MkDocs and Material produce without rewriting it.

The search index (search/pages.json) is read from the pages after this step, so the text a
search result shows is the typeset text of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .paths import SITE

NBSP = "\u00a0"
SKIPPED = {"pre", "code", "kbd", "samp", "script", "style", "textarea"}
ONE_LETTER = "ksvzouaiKSVZOUAI"
# Inline elements do not end a line of text: a one-letter word before one of them still needs a tie.
INLINE = {"a", "abbr", "b", "cite", "dfn", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"}
# Ordinary whitespace only: a no-break space (also written &nbsp;) is already a tie.
_GAP = r"(?:[ \t\r\n]+)"

_PREPOSITION = re.compile(rf"(?<![^\s>(„\"'\[/–—-])([{ONE_LETTER}]){_GAP}")
_ENDS_WITH_ONE_LETTER = re.compile(rf"(?:^|(?<=[\s(„\"'\[/–—-]))[{ONE_LETTER}]$")
_LEADING_GAP = re.compile(rf"^{_GAP}")
_DIGIT_GROUP = re.compile(rf"(?<![\d.,])(\d{{1,3}}){_GAP}(?=\d{{3}}(?!\d))")
_UNIT = re.compile(
    rf"(\d){_GAP}(?=(?:Kč|EUR|€|%|‰|×|km|kg|m²|m|g|h|hod\.?|min\.?|GB|MB|kB|ks)(?![\w]))"
)
_SIGN_BEFORE_NUMBER = re.compile(rf"(?<![\w])(§|č\.|odst\.|čl\.|tel\.|str\.|s\.){_GAP}(?=\d)")
_LETTER_ITEM = re.compile(rf"(?<![\w])(písm\.){_GAP}(?=[a-z]\))")
_DATE = re.compile(rf"(?<![\d.])(\d{{1,2}}\.){_GAP}(\d{{1,2}}\.){_GAP}(?=\d{{4}}(?!\d))")
_TIMES = re.compile(rf"(?<![\d.,])(\d{{1,2}})\s?[xX×](?={_GAP}[^\W\d])")
_TIME = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
_TIME_RANGE = re.compile(rf"(?<![\d.,])({_TIME})(\s?[–-]\s?)({_TIME})(?![\d.,]\d)")
_TIME_AFTER_WORD = re.compile(rf"(?<![\w])((?:v|ve|od|do|kolem|okolo|asi|zhruba|před|po)[ {NBSP}])({_TIME})(?![\d.,]\d|\.\d)")


def _colon(time: str) -> str:
    return time.replace(".", ":")


def typeset(text: str) -> str:
    """One run of text with Czech typography applied; idempotent."""
    text = _TIME_RANGE.sub(lambda m: _colon(m.group(1)) + m.group(2) + _colon(m.group(3)), text)
    text = _TIME_AFTER_WORD.sub(lambda m: m.group(1) + _colon(m.group(2)), text)
    text = _TIMES.sub(r"\1×", text)
    text = _DATE.sub(rf"\1{NBSP}\2{NBSP}", text)
    text = _DIGIT_GROUP.sub(rf"\1{NBSP}", text)
    text = _UNIT.sub(rf"\1{NBSP}", text)
    text = _SIGN_BEFORE_NUMBER.sub(rf"\1{NBSP}", text)
    text = _LETTER_ITEM.sub(rf"\1{NBSP}", text)
    return _PREPOSITION.sub(rf"\1{NBSP}", text)


class _TextRun(HTMLParser):
    """Collects a run of text between tags with its entities still escaped, as the page has it."""

    def handle_data(self, data):
        self.text.append(data)

    def handle_entityref(self, name):
        self.text.append(f"&{name};")

    def handle_charref(self, name):
        self.text.append(f"&#{name};")


class _Rewriter(_TextRun):
    """Copies a page, passing each run of text outside the skipped elements through `typeset`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.text: list[str] = []
        self.skipping = 0
        # "<strong>A</strong> ukončila": the word before an inline tag is tied to the space after it.
        self.tie_next_gap = False

    def _flush(self, inline: bool = False) -> None:
        if self.text:
            run = "".join(self.text)
            self.text = []
            if self.skipping:
                self.out.append(run)
                self.tie_next_gap = False
                return
            if self.tie_next_gap:
                run = _LEADING_GAP.sub(NBSP, run, count=1)
            run = typeset(run)
            self.out.append(run)
            self.tie_next_gap = bool(_ENDS_WITH_ONE_LETTER.search(run))
        if not inline:
            self.tie_next_gap = False

    def handle_starttag(self, tag, attrs):
        self._flush(inline=tag in INLINE)
        self.out.append(self.get_starttag_text())
        if tag in SKIPPED:
            self.skipping += 1

    def handle_startendtag(self, tag, attrs):
        self._flush()
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self._flush(inline=tag in INLINE)
        self.out.append(f"</{tag}>")
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1


    def handle_comment(self, data):
        self._flush()
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self._flush()
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self._flush()
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self._flush()
        self.out.append(f"<![{data}]>")

    def result(self) -> str:
        self.close()
        self._flush()
        return "".join(self.out)


def typeset_html(html: str) -> str:
    rewriter = _Rewriter()
    rewriter.feed(html)
    return rewriter.result()


@dataclass
class Ties:
    """One-letter prepositions and conjunctions followed by a space: how many are tied."""

    tied: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.tied / self.total if self.total else 1.0


_ONE_LETTER_WORD = re.compile(rf"(?<![^\s>(„\"'\[/–—-])[{ONE_LETTER}](?=(\s|&nbsp;|&#160;|&#xa0;))", re.I)


class _Counter(_TextRun):
    """Counts tied and untied one-letter words in running text, across inline elements."""

    def __init__(self, ties: Ties) -> None:
        super().__init__(convert_charrefs=False)
        self.ties = ties
        self.skipping = 0
        self.text: list[str] = []

    def _flush(self) -> None:
        run, self.text = "".join(self.text), []
        if self.skipping:
            return
        for match in _ONE_LETTER_WORD.finditer(run):
            if not run[match.end():].strip():
                continue  # the last word of a block: nothing follows to tie it to
            self.ties.total += 1
            self.ties.tied += match.group(1) != " " and match.group(1) not in "\t\r\n"

    def handle_starttag(self, tag, attrs):
        if tag not in INLINE:
            self._flush()
        self.skipping += tag in SKIPPED

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self._flush()
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1



def count_ties(html: str, ties: Ties | None = None) -> Ties:
    ties = ties or Ties()
    counter = _Counter(ties)
    counter.feed(html)
    counter.close()
    counter._flush()
    return ties


def site_ties(site: Path = SITE) -> Ties:
    ties = Ties()
    for page in sorted(site.rglob("*.html")):
        count_ties(page.read_text(encoding="utf-8"), ties)
    return ties


def build_step(site: Path = SITE) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        typeset_page = typeset_html(html)
        if typeset_page != html:
            page.write_text(typeset_page, encoding="utf-8")
