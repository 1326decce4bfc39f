"""Where things are, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SITE = ROOT / "site"  # production: MkDocs + Material
SITE_ZENSICAL = ROOT / "site-zensical"  # the same pages built by Zensical (git-ignored)
EXERCISES = ROOT / "exercises"
NODE_MODULES = ROOT / "node_modules"
MKDOCS_CONFIG = ROOT / "mkdocs.yml"
ZENSICAL_CONFIG = ROOT / "mkdocs-zensical.yml"  # mkdocs.yml with site_dir: site-zensical
