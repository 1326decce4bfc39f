"""Every planlint rule's help link lands on a page and anchor of the built site that explains it."""

from __future__ import annotations

import re

import pytest

from planlint.feedback.catalogue import RULES, all_help_targets


@pytest.mark.both_builds
@pytest.mark.parametrize("target", sorted(all_help_targets()))
def test_help_target_exists_in_built_site(site_dir, target):
    page, anchor = target.split("#")
    html_file = site_dir / page / "index.html"
    assert html_file.exists(), f"{page} is not a page of the site"
    html = html_file.read_text(encoding="utf-8")
    assert re.search(rf'\bid="{re.escape(anchor)}"', html), f"#{anchor} missing on {page}"


def test_every_rule_has_a_help_target():
    assert all(rule.help in all_help_targets() for rule in RULES.values())
