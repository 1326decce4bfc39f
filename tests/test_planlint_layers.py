"""planlint's three layers, read from its imports: reading → judging → feedback, with api/cli on top.

A newcomer who changes one rule should find it in one layer; these tests keep the layout honest."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tools" / "planlint"
LAYERS = {"reading": 0, "judging": 1, "feedback": 2}
TOP = {"api", "cli", "__init__", "__main__"}
CZECH_LETTER = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
TWO_WORDS = re.compile(r"[^\W\d_]{2,}[ ,]+[^\W\d_]{2,}")


def _modules() -> dict[str, Path]:
    """Dotted name inside the package ('judging.smart', 'api') -> file."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The package's own modules that `name` imports (absolute, dotted inside the package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("planlint"):
                target = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                candidate = ".".join([*target, alias.name])
                found.add(candidate if candidate in _modules() else ".".join(target))
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".", 1)[1] for alias in node.names if alias.name.startswith("planlint.")}
    return {module for module in found if module}


def _layer(module: str) -> int | None:
    return LAYERS.get(module.split(".")[0])


def test_the_three_layers_are_packages_whose_docstring_says_what_goes_in_and_out():
    for layer in LAYERS:
        init = PACKAGE / layer / "__init__.py"
        assert init.exists(), f"planlint/{layer}/ is not a package"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and 1 <= len(doc.splitlines()) <= 2, f"{layer}: a docstring of one or two lines"
        assert " in" in doc and " out" in doc, f"{layer}: the docstring says what goes in and what comes out"


def test_no_module_imports_a_layer_above_its_own():
    wrong = []
    for name, path in _modules().items():
        own = _layer(name)
        for target in _imports(name, path):
            if name.split(".")[0] in TOP:
                continue
            target_layer = _layer(target)
            if own is None and target_layer is not None:
                wrong.append(f"{name} (beside the layers) imports {target}")
            elif own is not None and target_layer is not None and target_layer > own:
                wrong.append(f"{name} imports {target}, a layer above it")
            elif target.split(".")[0] in TOP:
                wrong.append(f"{name} imports {target}, which sits on top")
    assert not wrong, "\n".join(wrong)


def test_the_imports_have_no_circle():
    graph = {name: {t for t in _imports(name, path) if t in _modules()} for name, path in _modules().items()}
    # A package's __init__ re-exports its modules; only module-to-module edges can make a real circle.
    packages = {name for name, path in _modules().items() if path.name == "__init__.py"}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in graph[node] - packages:
            if state.get(target) == 1:
                pytest.fail("import circle: " + " → ".join([*trail, node, target]))
            if target not in state:
                visit(target, [*trail, node])
        state[node] = 2

    for node in graph:
        if node not in state and node not in packages:
            visit(node, [])


def test_judging_holds_no_czech_sentence():
    sentences = []
    for name, path in _modules().items():
        if _layer(name) != LAYERS["judging"]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node) is not None
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if CZECH_LETTER.search(node.value) and TWO_WORDS.search(node.value):
                    sentences.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    assert not sentences, "Czech wording belongs in feedback/ or data/:\n" + "\n".join(sentences)


def test_at_most_three_modules_stand_beside_the_layers():
    beside = [p.stem for p in PACKAGE.glob("*.py") if p.stem not in TOP]
    assert len(beside) <= 3, beside


def test_the_layer_check_sees_an_upward_import(tmp_path, monkeypatch):
    """The check itself must be able to fail: a reading module that imports judging is caught."""
    fake = tmp_path / "planlint"
    for layer in LAYERS:
        (fake / layer).mkdir(parents=True)
        (fake / layer / "__init__.py").write_text('"""Layer: x in, y out."""\n', encoding="utf-8")
    (fake / "reading" / "bad.py").write_text("from ..judging import smart\n", encoding="utf-8")
    (fake / "judging" / "smart.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    with pytest.raises(AssertionError, match="reading.bad imports judging.smart"):
        test_no_module_imports_a_layer_above_its_own()
