"""No broken internal link or anchor in the built site; moved pages leave a working redirect."""

from __future__ import annotations

import html.parser
import posixpath
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from sitebuild import redirects


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (attribute, value)
        self._skip = 0  # inside <template> or <script>: not part of the page

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "template") and not dict(attrs).get("src"):
            self._skip += 1
            return
        if self._skip:
            return
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) is not None and not (tag == "link" and attrs.get("rel") in ("canonical",)):
                self.links.append((key, attrs[key]))

    def handle_endtag(self, tag):
        if tag in ("script", "template") and self._skip:
            self._skip -= 1


@cache
def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _target_file(site: Path, page: Path, url_path: str) -> Path | None:
    """The file a local URL path (relative to page) refers to, or None if there is none."""
    base = "/" + page.parent.relative_to(site).as_posix() + "/"
    joined = posixpath.normpath(posixpath.join(base, unquote(url_path))) if not url_path.startswith("/") else url_path
    candidate = site / joined.lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


@pytest.mark.both_builds
def test_every_internal_link_and_anchor_exists(site_dir):
    broken = []
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        for attribute, value in _parse(page).links:
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            target = page if not parts.path else _target_file(site_dir, page, parts.path)
            where = f"{page.relative_to(site_dir)}: {attribute}={value}"
            if target is None:
                broken.append(f"{where} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                fragment = unquote(parts.fragment)
                if fragment not in _parse(target).ids:
                    broken.append(f"{where} (no id {fragment!r} on {target.relative_to(site_dir)})")
    assert not broken, "broken links:\n" + "\n".join(broken)


@pytest.mark.both_builds
def test_ids_are_unique_on_the_printable_manual(site_dir):
    text = (site_dir / "manual" / "tisk" / "index.html").read_text(encoding="utf-8")
    collector = _Collector()
    ids: list[str] = []
    collector.handle_starttag = lambda tag, attrs: ids.extend(v for k, v in attrs if k == "id" and v)  # type: ignore[method-assign]
    collector.feed(text)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, duplicates


def test_redirect_pages_send_readers_to_the_new_address(tmp_path):
    site = tmp_path / "site"
    (site / "casework" / "smart").mkdir(parents=True)
    (site / "casework" / "smart" / "index.html").write_text("<title>x</title>", encoding="utf-8")
    written = redirects.write_redirects({"casework/cile/": "casework/smart/"}, site)
    page = site / "casework" / "cile" / "index.html"
    assert written == [page]
    html = page.read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../smart/"' in html
    assert '<a href="../smart/">pokračujte na ni tímto odkazem</a>' in html
    assert '<html lang="cs">' in html

    with pytest.raises(redirects.RedirectError):
        redirects.write_redirects({"stare/": "neexistuje/"}, site)
    with pytest.raises(redirects.RedirectError):
        redirects.write_redirects({"casework/smart/": "casework/cile/"}, site)


@pytest.mark.both_builds
def test_redirect_file_is_valid_and_its_targets_exist(site_dir):
    for old, new in redirects.load().items():
        assert (site_dir / new.strip("/") / "index.html").exists(), new
        assert (site_dir / old.strip("/") / "index.html").exists(), old


def test_redirect_page_works_in_a_browser(page, site_url, site_dir, tmp_path):
    written = redirects.write_redirects({"test-presmerovani/": "casework/smart/"}, site_dir)
    try:
        page.goto(site_url + "/test-presmerovani/")
        page.wait_for_url("**/casework/smart/")
    finally:
        for path in written:
            path.unlink()
            path.parent.rmdir()
