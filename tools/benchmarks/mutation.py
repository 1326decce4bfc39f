"""Mutation check of planlint's tests: apply one deliberate bug at a time to tools/planlint and
see whether the fast planlint tests notice. Prints the kill score and every surviving mutant.

    PYTHONPATH=tools python -m benchmarks.mutation [--limit 70] [--seed 10] [--list]

Kinds of bug: a rule's severity swapped, a comparison operator flipped, a boolean negated or
"and"/"or" swapped, a sub-check switched off ("if …" -> "if False"), a lexicon entry dropped,
plus the named bugs that survived an earlier mutation run (issue 10). The work happens in a
copy of the repository under a temporary folder, so the working tree is never touched.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "tools/planlint"
CODE_FILES = ["checks.py", "smart.py", "dates.py", "steps.py", "advice.py", "text.py", "lexicon.py", "parse.py"]
CHECK_FILES = ["checks.py", "smart.py", "steps.py"]
LEXICONS = ["smart.toml", "plan.toml", "sections.toml", "dates.toml"]
TESTS = [
    "tests/test_planlint_rules.py",
    "tests/test_planlint_pins.py",
    "tests/test_planlint_feedback.py",
    "tests/test_planlint_examples.py",
    "tests/test_planlint_smart.py",
    "tests/test_manual_examples.py",
    "tests/test_exercise_files.py",
    "tests/test_planlint_lexicon.py",
]
# Tests of the built site need `./dev build`; the mutants only change the checker.
DESELECT = "not site and not archive and not pyodide and not service_worker and not content_pages and not git_ignored"
QUOTAS = {"severity": 8, "comparison": 14, "boolean": 12, "subcheck": 10, "lexicon": 10}
FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}


@dataclass(frozen=True)
class Mutant:
    kind: str
    path: str  # relative to the repository
    line: int  # 1-based
    old: str  # exact text on that line
    new: str

    def describe(self) -> str:
        return f"{self.kind}: {self.path}:{self.line} {self.old.strip()!r} -> {self.new.strip()!r}"


def _lines(path: str) -> list[str]:
    return (ROOT / path).read_text(encoding="utf-8").splitlines(keepends=True)


def severity_mutants() -> list[Mutant]:
    swap = {"ERROR": "WARNING", "WARNING": "ERROR", "INFO": "WARNING"}
    found = []
    for number, line in enumerate(_lines(f"{PACKAGE}/rules.py"), start=1):
        match = re.search(r'Rule\("[A-Z-]+", (ERROR|WARNING|INFO),', line)
        if match:
            found.append(Mutant("severity", f"{PACKAGE}/rules.py", number, match[0], match[0].replace(match[1], swap[match[1]])))
    return found


def _tokens(path: str):
    return tokenize.generate_tokens(io.StringIO((ROOT / path).read_text(encoding="utf-8")).readline)


def _replace_at(line: str, column: int, old: str, new: str) -> str:
    return line[:column] + new + line[column + len(old):]


def token_mutants() -> list[Mutant]:
    found = []
    for name in CODE_FILES:
        path = f"{PACKAGE}/{name}"
        lines = _lines(path)
        for token in _tokens(path):
            row, column = token.start
            if row > len(lines):
                continue
            line = lines[row - 1]
            if token.type == tokenize.OP and token.string in FLIPS:
                found.append(Mutant("comparison", path, row, line, _replace_at(line, column, token.string, FLIPS[token.string])))
            elif token.type == tokenize.NAME and token.string == "not" and line[column:column + 4] == "not ":
                found.append(Mutant("boolean", path, row, line, _replace_at(line, column, "not ", "")))
            elif token.type == tokenize.NAME and token.string in ("and", "or"):
                other = "or" if token.string == "and" else "and"
                found.append(Mutant("boolean", path, row, line, _replace_at(line, column, token.string, other)))
    return found


def subcheck_mutants() -> list[Mutant]:
    found = []
    for name in CHECK_FILES:
        path = f"{PACKAGE}/{name}"
        for number, line in enumerate(_lines(path), start=1):
            match = re.match(r"^(\s*)(if|elif) (.+):(\s*)$", line)
            if match and "__name__" not in line:
                found.append(Mutant("subcheck", path, number, line, f"{match[1]}{match[2]} False:{match[4]}"))
    return found


def lexicon_mutants() -> list[Mutant]:
    found = []
    for name in LEXICONS:
        path = f"{PACKAGE}/data/{name}"
        for number, line in enumerate(_lines(path), start=1):
            if line.lstrip().startswith("#") or "=" in line and "[" not in line:
                continue
            for match in re.finditer(r'"[^"]+",?\s?', line):
                found.append(Mutant("lexicon", path, number, line, line[: match.start()] + line[match.end():]))
    return found


# The bugs that survived the mutation run reported in issue 10, and the new rules' own checks,
# written out so that every run tries them: (file under tools/planlint, text, replacement).
NAMED = [
    ("rules.py", 'Rule("IP-VYHODNOCENI", WARNING,', 'Rule("IP-VYHODNOCENI", ERROR,'),
    ("rules.py", 'Rule("IP-OSOBNI-UDAJE", WARNING,', 'Rule("IP-OSOBNI-UDAJE", ERROR,'),
    ("smart.py", ".days <= short", ".days < short"),
    ("checks.py", 'if words["refusal"].search(rest) or ', "if "),
    ("dates.py", "for shift in (-1, 0, 1)", "for shift in (0, 1)"),
    ("checks.py", "elif not _has_time(text, result.date):", "elif False:"),
    ("smart.py", 'if will and _has("acceptable", "worker_subject"', 'if False and _has("acceptable", "worker_subject"'),
    ("data/sections.toml", '"sit podpory", ', ""),
    ("checks.py", "if step.kdo and len(responsible_people(step.kdo)) > 1:", "if False:"),
    ("checks.py", "        if gaps:", "        if False:"),
    # Survivors of the run of 29. 11. 2026 (evening), pinned since.
    ("smart.py", "text if len(folded) == len(text) else unnamed", "text if len(folded) != len(text) else unnamed"),
    ("parse.py", 'if block.kind == "heading" and current is not None', 'if block.kind != "heading" and current is not None'),
    ("text.py", 'if len(word) > 1 and word[-2] == "e":', 'if len(word) > 1 and word[-2] != "e":'),
    ("steps.py", "if len(w) > 2 and w not in titles.words", "if len(w) > 2 or w not in titles.words"),
    # Survivors of the run with --seed 11, pinned since.
    ("advice.py", "if len(parts) <= 1:", "if len(parts) < 1:"),
    ("advice.py", 'verb = "neříká" if len(partial) == 1', 'verb = "neříká" if len(partial) != 1'),
    ("advice.py", 'f.rule == "IP-CIL-A" and f.detail == "no_will"', 'f.rule == "IP-CIL-A" or f.detail == "no_will"'),
    ("steps.py", "return roles_count and bool(", "return roles_count or bool("),
    ("steps.py", 'if "co" not in columns and None in columns:', 'if "co" not in columns or None in columns:'),
    ("text.py", "if size > longer_than and word.endswith(endings):", "if size > longer_than or word.endswith(endings):"),
    ("smart.py", 'if _object_kind(tokens, tokens.index("o", index + 1) + 1, people=False) == _CONCRETE:', "if False:"),
    ("steps.py", 'if table["known_people"].search(lexicon.match_text(text)):', "if False:"),
    # Survivors of the run with --seed 12, pinned since.
    ("steps.py", 'if block.kind == "paragraph":', 'if block.kind != "paragraph":'),
    ("advice.py", 'item["kind"] == "steps" and item["severity"] == "error"]', 'item["kind"] == "steps" and item["severity"] != "error"]'),
    ("advice.py", 'which = "riziku" if len(partial) == 1', 'which = "riziku" if len(partial) != 1'),
    ("advice.py", 'where = "U kroku" if len(steps) == 1', 'where = "U kroku" if len(steps) != 1'),
    ("checks.py", "if len(word) > 1 or word.isdigit())", "if len(word) >= 1 or word.isdigit())"),
    ("smart.py", "and not word.endswith(_PARTICIPLES):", "and word.endswith(_PARTICIPLES):"),
    ("steps.py", "if item.deadline and not item.opens]", "if item.deadline or not item.opens]"),
    # Survivors of the run with --seed 13, pinned since.
    ("steps.py", "if len(label_words.split()) > 3:", "if len(label_words.split()) >= 3:"),
    ("checks.py", "if count >= enough:", "if count > enough:"),
    ("steps.py", "            if parts:", "            if False:"),
]


def named_mutants() -> list[Mutant]:
    chosen = []
    for name, old, new in NAMED:
        path = f"{PACKAGE}/{name}"
        for number, line in enumerate(_lines(path), start=1):
            if old in line:
                chosen.append(Mutant("named", path, number, line, line.replace(old, new, 1)))
                break
        else:
            print(f"(named mutant not found, source changed: {name}: {old!r})")
    return chosen


def choose(limit: int, seed: int) -> list[Mutant]:
    pool = severity_mutants() + token_mutants() + subcheck_mutants() + lexicon_mutants()
    rng = random.Random(seed)
    chosen = named_mutants()
    for kind, quota in QUOTAS.items():
        candidates = [m for m in pool if m.kind == kind and m not in chosen]
        chosen += rng.sample(candidates, min(quota, len(candidates)))
    return chosen[:limit]


def _copy(target: Path) -> Path:
    repo = target / "repo"
    ignore = shutil.ignore_patterns("site", "node_modules", ".venv", ".git", "__pycache__", "*.pyc", ".cache")
    for name in ("tools", "tests", "exercises", "docs", "pyproject.toml"):
        source = ROOT / name
        (shutil.copytree(source, repo / name, ignore=ignore) if source.is_dir() else shutil.copy2(source, repo / name))
    return repo


def _run_tests(repo: Path, timeout: float, show: bool = False) -> tuple[bool, float]:
    """True when the tests pass (the mutant survives); `show` prints pytest's report."""
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-k", DESELECT, *TESTS]
    env = os.environ | {"PYTHONPATH": f"{repo / 'tools'}:{repo / 'tests'}", "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.monotonic()
    try:
        done = subprocess.run(command, cwd=repo, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, time.monotonic() - start
    if show and done.returncode:
        print(done.stdout.decode(errors="replace")[-3000:])
    return done.returncode == 0, time.monotonic() - start


def run(mutants: list[Mutant], timeout: float) -> int:
    with tempfile.TemporaryDirectory(prefix="planlint-mutation-") as folder:
        repo = _copy(Path(folder))
        passed, seconds = _run_tests(repo, timeout * 3, show=True)
        if not passed:
            print("The tests fail without any mutant; fix them first.")
            return 2
        print(f"Unmutated tests pass in {seconds:.0f} s; trying {len(mutants)} mutants.")
        survivors = []
        for index, mutant in enumerate(mutants, start=1):
            path = repo / mutant.path
            original = path.read_text(encoding="utf-8")
            lines = original.splitlines(keepends=True)
            if lines[mutant.line - 1] != mutant.old and mutant.old not in lines[mutant.line - 1]:
                print(f"[{index}] skipped (source changed): {mutant.describe()}")
                continue
            lines[mutant.line - 1] = lines[mutant.line - 1].replace(mutant.old, mutant.new, 1)
            path.write_text("".join(lines), encoding="utf-8")
            try:
                survived, seconds = _run_tests(repo, timeout)
            finally:
                path.write_text(original, encoding="utf-8")
            print(f"[{index}/{len(mutants)}] {'SURVIVED' if survived else 'killed'} ({seconds:.0f} s) {mutant.describe()}", flush=True)
            if survived:
                survivors.append(mutant)
        killed = len(mutants) - len(survivors)
        print(f"\nKilled {killed} of {len(mutants)} mutants: {killed / len(mutants):.0%}.")
        for mutant in survivors:
            print(f"  survived: {mutant.describe()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--list", action="store_true", help="only list the chosen mutants")
    args = parser.parse_args(argv or [])
    mutants = choose(args.limit, args.seed)
    if args.list:
        for mutant in mutants:
            print(mutant.describe())
        return 0
    return run(mutants, args.timeout)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
