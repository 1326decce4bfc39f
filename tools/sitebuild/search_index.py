"""After MkDocs: move the search documents out of Material's index, for the Czech search worker.

Material's page script fetches search/search_index.json on every page load and hands it to the
search worker. The site's worker (docs/assets/javascripts/search/worker.js) folds diacritics and
stems Czech words itself, and fetches its documents from search/pages.json on the first query.
So this step

- writes search/pages.json: every document (page or section) as location, title and plain text
  (tags removed, entities kept, so the text stays safe to show as HTML);
- leaves in search/search_index.json only Material's "config" and no documents, so that a page
  load does not carry the whole index.

Stemming happens in the browser only (index and query alike), so there is one implementation.
"""

from __future__ import annotations

import json
import re

from .paths import SITE

MATERIAL_INDEX = SITE / "search" / "search_index.json"
PAGES_INDEX = SITE / "search" / "pages.json"

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain(html: str) -> str:
    """Text of an HTML fragment with tags removed; entities stay as they are (escaped text)."""
    return _SPACE.sub(" ", _TAG.sub(" ", html)).strip()


def split_index() -> None:
    data = json.loads(MATERIAL_INDEX.read_text(encoding="utf-8"))
    docs = [
        {"location": doc["location"], "title": plain(doc.get("title", "")), "text": plain(doc.get("text", ""))}
        for doc in data.get("docs", [])
    ]
    if not docs and PAGES_INDEX.exists():
        return  # already split (a second run over the same site/)
    PAGES_INDEX.write_text(json.dumps({"docs": docs}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    data["docs"] = []
    MATERIAL_INDEX.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
