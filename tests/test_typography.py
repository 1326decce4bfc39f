"""Czech typography is applied by the build: no-break spaces, "5× týdně", "13:00" – never in code or templates."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from sitebuild.typography import Ties, count_ties, site_ties, typeset, typeset_html

NBSP = "\u00a0"
EXERCISES = Path(__file__).resolve().parents[1] / "exercises"
TARGET = 0.99


def test_one_letter_words_are_tied_to_the_next_word():
    assert typeset("Bydlí v Praze a s dcerou k ní chodí i o víkendu.") == (
        f"Bydlí v{NBSP}Praze a{NBSP}s{NBSP}dcerou k{NBSP}ní chodí i{NBSP}o{NBSP}víkendu."
    )
    assert typeset("A pak V Olomouci.") == f"A{NBSP}pak V{NBSP}Olomouci."


def test_numbers_stay_with_their_units_and_digit_groups():
    assert typeset("nájem 12 000 Kč, 15 %, 5 km") == f"nájem 12{NBSP}000{NBSP}Kč, 15{NBSP}%, 5{NBSP}km"
    assert typeset("podle § 8 zákona č. 99/2019 Sb.") == f"podle §{NBSP}8 zákona č.{NBSP}99/2019 Sb."
    assert typeset("do 30. 6. 2025") == f"do 30.{NBSP}6.{NBSP}2025"


def test_times_and_frequencies_are_written_the_czech_way():
    assert typeset("1x týdně a 5 x měsíčně") == "1× týdně a\u00a05× měsíčně"
    assert typeset("porada 9.00–11.00, oběd od 12.30") == "porada 9:00–11:00, oběd od 12:30"
    assert "3.2.1" in typeset("verze V3.2.1 (2021-03)")


def test_a_word_before_an_inline_tag_is_tied_across_it():
    html = "<p>Skupina <strong>A</strong> ukončila pilotáž a <em>v</em> lednu B</p>"
    assert typeset_html(html) == f"<p>Skupina <strong>A</strong>{NBSP}ukončila pilotáž a{NBSP}<em>v</em>{NBSP}lednu B</p>"


def test_code_templates_scripts_and_attributes_are_left_alone():
    html = (
        '<p title="v lese a v poli" data-x="5x týdně">v lese</p>'
        "<pre>a v lese</pre><code>k s v</code><textarea>Cíl: do 9.00 a v úterý</textarea>"
        '<script>const a = "v lese";</script><style>a { x: 1 }</style><!-- a v -->'
    )
    result = typeset_html(html)
    assert result == html.replace("<p title=\"v lese a v poli\" data-x=\"5x týdně\">v lese", f'<p title="v lese a v poli" data-x="5x týdně">v{NBSP}lese')


def test_typesetting_twice_changes_nothing():
    html = "<p>Pan Karel v 9.00 a 1x týdně, 1 000 Kč <strong>A</strong> b</p>"
    once = typeset_html(html)
    assert typeset_html(once) == once


def test_the_tie_count_sees_untied_words():
    assert count_ties("<p>jde o <a>v lese</a> a v Praze</p>") == Ties(tied=0, total=4)
    assert count_ties(typeset_html("<p>jde o <a>v lese</a> a v Praze</p>")) == Ties(tied=4, total=4)


def test_almost_every_one_letter_word_on_the_site_is_tied(site_dir):
    ties = site_ties(site_dir)
    print(f"one-letter words tied across all pages: {ties.tied} of {ties.total} ({ties.share:.2%})")
    assert ties.total > 1000, "the count found too few words to be measuring the site"
    assert ties.share >= TARGET


def test_search_documents_carry_the_same_typography(site_dir):
    docs = json.loads((site_dir / "search" / "pages.json").read_text(encoding="utf-8"))["docs"]
    ties = Ties()
    for doc in docs:
        count_ties(f"<p>{doc['text']}</p>", ties)
    print(f"one-letter words tied in the search documents: {ties.share:.2%}")
    assert ties.total > 1000
    assert ties.share >= TARGET


def test_exercise_templates_reach_the_trainee_with_ordinary_spaces(site_dir):
    checked = 0
    for source in sorted(EXERCISES.glob("*.toml")):
        exercise = tomllib.loads(source.read_text(encoding="utf-8"))
        page = (site_dir / "cviceni" / source.stem / "index.html").read_text(encoding="utf-8")
        for textarea in re.findall(r"<textarea[^>]*>(.*?)</textarea>", page, flags=re.S):
            assert NBSP not in textarea and "&nbsp;" not in textarea, source.stem
        block = re.search(r'<script type="application/json" class="pl-config">(.*?)</script>', page, flags=re.S)
        config = json.loads(block.group(1))
        assert config["template"].strip() == exercise["template"].strip(), source.stem
        assert NBSP not in config["template"]
        checked += 1
    assert checked >= 5
