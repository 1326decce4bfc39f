"""mkdocs.yml as plain data, for build steps that need a setting from it (nav, site_url)."""

from __future__ import annotations

import yaml

from .paths import MKDOCS_CONFIG


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml whatever tags (!ENV, !!python/name) it uses: their values are not needed."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load(MKDOCS_CONFIG.read_text(encoding="utf-8"), Loader=_Loader) or {}
