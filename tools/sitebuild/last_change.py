"""After MkDocs: each page's footer says when the page last changed, from git history.

The footer template (overrides/partials/copyright.html) leaves an empty
<p class="sp-last-change" data-sp-last-change="<source>"> in every page; this step writes the date
of the last commit that touched the page's source into it, or removes it when there is no
history to ask (a copy of the site without .git, or git missing). No MkDocs plugin: the step
works on the built HTML, so it stays when the site moves to another generator.
"""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

from .exercise_pages import czech_date
from .paths import DOCS, EXERCISES, ROOT, SITE

PLACEHOLDER = re.compile(r'<p class="sp-last-change" data-sp-last-change="([^"]*)"></p>')
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Pages generated before MkDocs (git-ignored) change when what they are made from changes.
_GENERATORS = ROOT / "tools" / "sitebuild"


def sources(page: str) -> list[Path]:
    """The files a page is made from (page: its path under docs/, e.g. "cviceni/pan-karel.md")."""
    if page == "manual/tisk.md":
        return [DOCS / "manual", _GENERATORS / "printable.py"]
    if page.startswith("cviceni/"):
        name = page.removeprefix("cviceni/").removesuffix(".md")
        own = [EXERCISES / f"{name}.toml"] if (EXERCISES / f"{name}.toml").exists() else [EXERCISES]
        return [*own, _GENERATORS / "exercise_pages.py"]
    return [DOCS / page]


@functools.cache
def _git_date(*paths: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    date = done.stdout.strip()
    return date if done.returncode == 0 and ISO_DATE.match(date) else None


def last_change(page: str) -> str | None:
    """ISO date of the last commit touching the page's sources, or None without git history."""
    return _git_date(*(str(p.relative_to(ROOT)) for p in sources(page)))


def fill(html: str, date_of=last_change) -> str:
    def replace(match: re.Match) -> str:
        date = date_of(match.group(1))
        if not date:
            return ""
        return f'<p class="sp-last-change">Poslední změna stránky: <time datetime="{date}">{czech_date(date)}</time></p>'

    return PLACEHOLDER.sub(replace, html)


def write_last_changes(site: Path = SITE) -> None:
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if "data-sp-last-change" in html:
            path.write_text(fill(html), encoding="utf-8")
