"""After the site generator: the Czech search's own index, read from the built pages.

The site's search (box, results, worker: docs/assets/javascripts/search/) does not use any
theme's search index. This step reads every built page's HTML, so it works the same whatever
built the site (MkDocs + Material or Zensical), and writes search/pages.json:

- one document per page (location "casework/smart/", its h1, the text before the first
  heading) and one per section (location "casework/smart/#cile", the heading, the text up to
  the next heading);
- text is plain, with entities kept escaped, so it stays safe to show as HTML;
- only the page's first <article> (or, without one, its <main>) is read: menus, footers
  and permalinks are left out;
- groups of words searched as one (tools/sitebuild/data/search-synonyms.toml) go along;
- a page's front matter can keep it out (`search: exclude: true`) or weigh it
  (`search: boost: 0.5`), the same keys Material's own search reads.

Stemming happens in the browser only (index and query alike), so there is one implementation.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import yaml

from .paths import DOCS, SITE

INDEX_PATH = "search/pages.json"
SYNONYMS = Path(__file__).with_name("data") / "search-synonyms.toml"
HEADINGS = {"h1", "h2", "h3", "h4"}
# Elements whose text is not content: code, controls, the plan widget's print copy.
SKIPPED_TAGS = {"script", "style", "template", "textarea", "button", "select", "svg", "dialog", "noscript", "nav"}
# Classes of elements added around the content: permalinks, the manual's print link, file dates.
SKIPPED_CLASSES = {"headerlink", "sp-print-link", "md-source-file", "pl-print-plan", "sp-search-page"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # not \s: the no-break spaces of typography.py stay


class _PageText(HTMLParser):
    """Splits a page's article into (heading level, anchor, heading text, body text) parts."""

    def __init__(self, container: str) -> None:
        super().__init__(convert_charrefs=False)
        self.wanted = container  # the element whose text is read: its first occurrence
        self.container: str | None = None  # set once it is met
        self.depth = 0  # open elements inside the container
        self.done = False
        self.skip_depth: int | None = None
        self.heading: list | None = None  # [level, anchor, text parts] while inside a heading
        self.parts: list[list] = [[0, "", [], []]]  # [level, anchor, heading parts, text parts]

    def handle_starttag(self, tag, attrs, empty=False):
        if self.done:
            return
        if self.container is None:
            if tag == self.wanted:
                self.container, self.depth = tag, 0
            return
        empty = empty or tag in VOID_TAGS
        if not empty:
            self.depth += 1
        if self.skip_depth is not None:
            return
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag in SKIPPED_TAGS or classes & SKIPPED_CLASSES or "hidden" in attrs:
            if not empty:
                self.skip_depth = self.depth
            return
        if tag in HEADINGS:
            self.heading = [int(tag[1]), attrs.get("id") or "", []]
        elif tag in ("p", "li", "td", "th", "dt", "dd", "br", "div", "pre", "blockquote", "summary"):
            self._add(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, empty=True)

    def handle_endtag(self, tag):
        if self.done or self.container is None or tag in VOID_TAGS:
            return
        if self.depth == 0:
            if tag == self.container:
                self.done = True
            return
        if self.skip_depth == self.depth:
            self.skip_depth = None
        elif self.skip_depth is None and self.heading is not None and tag in HEADINGS:
            level, anchor, text = self.heading
            self.heading = None
            self.parts.append([level, anchor, text, []])
        self.depth -= 1

    def handle_data(self, data):
        self._add(html.escape(data, quote=False))

    def handle_entityref(self, name):
        self._add(f"&{name};")

    def handle_charref(self, name):
        self._add(f"&#{name};")

    def _add(self, text: str) -> None:
        if self.container is None or self.done or self.skip_depth is not None:
            return
        (self.heading[2] if self.heading is not None else self.parts[-1][3]).append(text)


def _clean(parts: list[str]) -> str:
    return _SPACE.sub(" ", "".join(parts)).strip()


def page_documents(location: str, page_html: str) -> list[dict]:
    """The page and its sections as index documents; [] for a page without an article."""
    for container in ("article", "main"):
        parser = _PageText(container)
        parser.feed(page_html)
        if parser.container is not None:
            break
    else:
        return []
    intro, *sections = parser.parts
    title = ""
    if sections and sections[0][0] == 1:
        title = _clean(sections[0][2])
        intro[3] += [" "] + sections.pop(0)[3]
    if not title:
        match = re.search(r"<title>(.*?)</title>", page_html, re.S)
        title = match.group(1).split(" - ")[0].strip() if match else location
    docs = [{"location": location, "title": title, "text": _clean(intro[3])}]
    for _level, anchor, heading, text in sections:
        if anchor:
            docs.append({"location": f"{location}#{anchor}", "title": _clean(heading), "text": _clean(text)})
        else:  # a heading nobody can link to: its text stays with the section before
            docs[-1]["text"] = _clean([docs[-1]["text"], " ", *heading, " ", *text])
    return docs


def _front_matter(location: str, docs_dir: Path) -> dict:
    stem = location.rstrip("/") or "index"
    for source in (docs_dir / f"{stem}.md", docs_dir / stem / "index.md"):
        if source.is_file():
            text = source.read_text(encoding="utf-8")
            if text.startswith("---"):
                end = text.find("\n---", 3)
                if end > 0:
                    return yaml.safe_load(text[3:end]) or {}
            return {}
    return {}


def _page_locations(site: Path) -> list[str]:
    locations = []
    for path in site.rglob("index.html"):
        rel = path.parent.relative_to(site).as_posix()
        locations.append("" if rel == "." else rel + "/")
    return sorted(locations)


def build_index(site: Path, docs_dir: Path = DOCS) -> list[dict]:
    docs = []
    for location in _page_locations(site):
        search = _front_matter(location, docs_dir).get("search") or {}
        if search.get("exclude"):
            continue
        page_docs = page_documents(location, (site / location / "index.html").read_text(encoding="utf-8"))
        boost = search.get("boost")
        if page_docs and isinstance(boost, (int, float)) and boost != 1:
            page_docs[0]["boost"] = boost
        docs += page_docs
    return docs


def synonym_groups(path: Path = SYNONYMS) -> list[list[str]]:
    groups = tomllib.loads(path.read_text(encoding="utf-8")).get("groups", [])
    return [[str(word) for word in group] for group in groups if len(group) > 1]


def write_index(site: Path = SITE) -> Path:
    target = site / INDEX_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"docs": build_index(site), "synonyms": synonym_groups()}
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target
