"""Czech search: typed without diacritics, in any inflected form, through the real search box."""

from __future__ import annotations

import json
import re

import pytest
from sitepages import ROOT, fold, search, search_queries

WORKER = ROOT / "docs" / "assets" / "javascripts" / "search" / "worker.js"

# Each line: forms of one word (with and without diacritics) that must share a stem.
PARADIGMS = [
    "konference konferenci konferencí konferencích konferencemi konferencím",
    "případová případové případovou případových pripadovou",
    "plán plánu plánem plány plánech planu",
    "individuální individuálního individuálním individuálnímu individualnich",
    "koordinátorka koordinátorky koordinátorce koordinátorkou koordinátor koordinátora koordinátorem",
    "obec obce obci obcí obcím obcemi obcích",
    "stůl stolu stoly stolech stul",
    "kulatý kulatého kulatém kulatých kulaty",
    "termínovaný termínovanost termínované terminovane",
    "měřitelný měřitelnost měřitelné meritelnost",
    "specifický specifická specifického specificky",
    "rodinná rodinných rodinné rodinnou rodinnych",
    "práce prací práci prace",
    "management managementu",
    "cíl cíle cílů cílem cílech cil",
    "matka matce matky",
    "článek článku",
    "dítě dítěte dítětem",
    "pracovnice pracovník pracovníci pracovníkem",
]
# Pairs that must stay apart.
DISTINCT = [("case", "čas"), ("plán", "plat"), ("obec", "obal")]


@pytest.fixture
def engine(page, site_url):
    page.goto(site_url + "/")
    page.add_script_tag(path=str(WORKER))
    return page


@pytest.mark.parametrize("query,pattern", search_queries())
def test_sample_query_finds_the_right_page_in_top_three(page, site_url, query, pattern):
    page.goto(site_url + "/")
    titles = search(page, query)
    top = [fold(t) for t in titles[:3]]
    assert any(re.search(pattern, t) for t in top), f"{query!r}: top 3 were {titles[:3]}"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("konferenci", "konferenc"),
        ("facilitator", "konferenc"),
        ("terminovane", "smart"),
        ("meritelnost", "smart"),
        ("Případová konference", "pripadova konference"),
        ("mapovani prirozenych zdroju", "mapovani"),
        ("prohlaseni o pristupnosti", None),
    ],
)
def test_more_queries(page, site_url, query, expected):
    page.goto(site_url + "/")
    titles = search(page, query)
    if expected is None:  # pages kept out of search still must not break it
        return
    assert any(expected in fold(t) for t in titles[:3]), f"{query!r}: top 3 were {titles[:3]}"


def test_page_title_ranks_above_mentions(page, site_url):
    page.goto(site_url + "/")
    assert fold(search(page, "rodinna konference")[0]) == "rodinna konference"
    assert fold(search(page, "individualni plan")[0]) == "individualni plan"


def test_results_mark_the_matched_words(page, site_url):
    page.goto(site_url + "/")
    search(page, "pripadovou konferenci")
    marked = page.eval_on_selector_all(".md-search-result__item mark", "els => els.map(e => e.textContent)")
    assert any(fold(m).startswith("konferenc") for m in marked), marked


def test_inflected_forms_share_a_stem(engine):
    stems = engine.evaluate(
        "lines => lines.map(line => line.split(' ').map(w => sitSearch.stem(sitSearch.fold(w))))", PARADIGMS
    )
    for line, result in zip(PARADIGMS, stems):
        assert len(set(result)) == 1, f"{line}: {result}"
    apart = engine.evaluate(
        "pairs => pairs.map(p => p.map(w => sitSearch.stem(sitSearch.fold(w))))", [list(p) for p in DISTINCT]
    )
    for pair, result in zip(DISTINCT, apart):
        assert result[0] != result[1], f"{pair}: {result}"


def test_query_and_index_go_through_the_same_analysis(engine):
    """The worker analyses queries and documents with one function: a document found by a
    word is found by every inflected form of it, with or without diacritics."""
    found = engine.evaluate(
        """lines => lines.map(line => {
            const words = line.split(' ');
            const index = new sitSearch.Index([{location: 'a/', title: 'Stránka', text: words[0]},
                                               {location: 'b/', title: 'Jiná', text: 'nic společného'}]);
            return words.map(w => index.search(w).items.map(g => g[0].location.split('#')[0]));
        })""",
        PARADIGMS,
    )
    for line, results in zip(PARADIGMS, found):
        for word, locations in zip(line.split(), results):
            assert locations[:1] == ["a/"], f"{word!r} (from {line!r}) found {locations}"


def test_query_text_is_never_html(engine):
    result = engine.evaluate(
        """() => new sitSearch.Index([{location: 'a/', title: 'Plán &amp; cíle', text: 'Plán &lt;b&gt;'}])
              .search('<img src=x onerror=alert(1)> plán')"""
    )
    rendered = json.dumps(result, ensure_ascii=False)
    assert "<img" not in rendered
    assert "<mark>Plán</mark>" in rendered


def test_index_is_fetched_only_when_searching(page, site_url, site_dir):
    material = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material["docs"] == []
    docs = json.loads((site_dir / "search" / "pages.json").read_text(encoding="utf-8"))["docs"]
    locations = {d["location"] for d in docs}
    assert "casework/smart/" in locations
    assert not any(loc.startswith("manual/tisk/") for loc in locations), "the printable manual must not be searched"
    assert not any("<" in d["text"] for d in docs)

    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(site_url + "/casework/smart/")
    page.wait_for_load_state("networkidle")
    assert not any(u.endswith("/search/pages.json") for u in requested)
    search(page, "plan")
    assert any(u.endswith("/search/pages.json") for u in requested)
