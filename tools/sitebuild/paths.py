"""Where things are, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SITE = ROOT / "site"
EXERCISES = ROOT / "exercises"
NODE_MODULES = ROOT / "node_modules"
MKDOCS_CONFIG = ROOT / "mkdocs.yml"
