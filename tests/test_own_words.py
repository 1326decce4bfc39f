"""The site is written in its own words: at most 3 % of the seeds' 12-word runs appear verbatim."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
LIMIT = 0.03


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.lower())
    return re.findall(r"\w+", "".join(ch for ch in text if not unicodedata.combining(ch)))


def runs(tokens: list[str]) -> set[str]:
    return {" ".join(tokens[i : i + 12]) for i in range(len(tokens) - 11)}


def page_text(path: Path) -> str:
    source = path.read_text(encoding="utf-8")
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", source))


def test_seed_runs_copied_verbatim_stay_under_the_limit(site_dir):
    if not any(SEEDS.glob("*.txt")):
        pytest.skip(f"the seed documents are not beside this clone ({SEEDS}); they are reference, not part of the project")
    seed_runs = set()
    for seed in SEEDS.glob("*.txt"):
        seed_runs |= runs(words(seed.read_text(encoding="utf-8", errors="replace")))
    site_runs = set()
    for page in site_dir.rglob("*.html"):
        site_runs |= runs(words(page_text(page)))
    assert seed_runs, "no seeds found"
    share = len(seed_runs & site_runs) / len(seed_runs)
    print(f"seed 12-word runs found verbatim in the built site: {share:.2%}")
    assert share <= LIMIT
